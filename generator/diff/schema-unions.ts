// oneOf/anyOf compared variant by variant. Discriminated unions pair variants by their tag value (a
// tag whose schema stays the same under a new value is a renamed value); others pair by schema name,
// then by structural equivalence, then by a JSON type only one variant on each side has.
import type { SchemaIndex } from "../ir/lookup.ts";
import type { Discriminator, Schema } from "../ir/model.ts";
import { report, type CompareState, type InstancePath } from "./schema-findings.ts";
import { jsonTypeOf, objectView, typeLabel, unwrapNullable, type UnionView } from "./schema-shape.ts";

export function compareUnions(state: CompareState, b: UnionView, r: UnionView, path: InstancePath): void {
  const before = b.discriminator;
  const after = r.discriminator;
  if (before && after && before.propertyName !== after.propertyName) {
    report(state, "discriminator-changed", path, `discriminator property ${before.propertyName} -> ${after.propertyName}`, b.origin, r.origin);
  } else if (before && !after) {
    report(state, "discriminator-removed", path, `discriminator ${before.propertyName} removed`, b.origin, r.origin);
  } else if (!before && after) {
    report(state, "discriminator-added", path, `discriminator ${after.propertyName} added`, b.origin, r.origin);
  }
  if (before && after && before.propertyName === after.propertyName && before.mapping.length > 0 && after.mapping.length > 0) {
    compareTagged(state, before, after, b, r, path);
  } else {
    compareUntagged(state, b, r, path);
  }
}

function refTo(index: SchemaIndex, name: string): Schema {
  return { kind: "ref", name, docs: {}, origin: index.named(name).origin };
}

function compareTagged(state: CompareState, before: Discriminator, after: Discriminator, b: UnionView, r: UnionView, path: InstancePath): void {
  const property = after.propertyName;
  const label = (value: string): string => `[${property}=${value}]`;
  const revisionByValue = new Map(after.mapping.map((entry) => [entry.value, entry.schema]));
  const baseValues = new Set(before.mapping.map((entry) => entry.value));
  const added = after.mapping.filter((entry) => !baseValues.has(entry.value));
  for (const entry of before.mapping) {
    const revisionSchema = revisionByValue.get(entry.value);
    const baseRef = refTo(state.base, entry.schema);
    if (revisionSchema !== undefined) {
      state.compare(baseRef, refTo(state.revision, revisionSchema), [...path, label(entry.value)]);
      continue;
    }
    const renamedAt = added.findIndex((candidate) => candidate.schema === entry.schema);
    const renamed = renamedAt === -1 ? undefined : added.splice(renamedAt, 1)[0];
    if (renamed) {
      const detail = `${property} value ${JSON.stringify(entry.value)} renamed ${JSON.stringify(renamed.value)}`;
      report(state, "discriminator-value-changed", [...path, label(renamed.value)], detail, baseRef, refTo(state.revision, renamed.schema));
    } else {
      report(state, "variant-removed", [...path, label(entry.value)], "variant removed", baseRef, r.origin);
    }
  }
  for (const entry of added) report(state, "variant-added", [...path, label(entry.value)], "variant added", b.origin, refTo(state.revision, entry.schema));
}

function compareUntagged(state: CompareState, b: UnionView, r: UnionView, path: InstancePath): void {
  const baseLeft = [...b.variants];
  const revisionLeft = [...r.variants];
  const pairs: [Schema, Schema][] = [];
  const take = (matches: (x: Schema, y: Schema) => boolean): void => {
    for (const x of [...baseLeft]) {
      const found = revisionLeft.findIndex((y) => matches(x, y));
      if (found === -1) continue;
      pairs.push([x, revisionLeft[found] as Schema]);
      baseLeft.splice(baseLeft.indexOf(x), 1);
      revisionLeft.splice(found, 1);
    }
  };
  take((x, y) => x.kind === "ref" && y.kind === "ref" && x.name === y.name);
  take((x, y) => state.equivalent(x, y));
  const typeOf = (index: SchemaIndex, schema: Schema): string => jsonTypeOf(unwrapNullable(index, schema).schema);
  take((x, y) => {
    const type = typeOf(state.base, x);
    const unique = (list: Schema[], index: SchemaIndex): boolean => list.filter((other) => typeOf(index, other) === type).length === 1;
    return typeOf(state.revision, y) === type && unique(baseLeft, state.base) && unique(revisionLeft, state.revision);
  });
  take((x, y) => {
    const best = bestOverlap(state, x, revisionLeft);
    return best !== undefined && best === y;
  });
  // A union collapsed into one schema (or one schema split into a union): every variant left that
  // shares enough fields with that schema is compared with it.
  const collapse = (variants: Schema[], one: Schema | undefined, baseSide: boolean): void => {
    if (!one) return;
    for (const variant of [...variants]) {
      const [x, y] = baseSide ? [variant, one] : [one, variant];
      if (overlap(state, x, y) < 0.5) continue;
      pairs.push([x, y]);
      variants.splice(variants.indexOf(variant), 1);
    }
  };
  if (r.variants.length === 1) collapse(baseLeft, r.variants[0], true);
  if (b.variants.length === 1) collapse(revisionLeft, b.variants[0], false);
  const single = b.variants.length === 1 && r.variants.length === 1;
  const labelled = (x: Schema, y: Schema): string =>
    b.variants.length > r.variants.length ? variantLabel(state.base, x) : variantLabel(state.revision, y);
  for (const [x, y] of pairs) state.compare(x, y, single ? path : [...path, `[${labelled(x, y)}]`]);
  for (const x of baseLeft) report(state, "variant-removed", [...path, `[${variantLabel(state.base, x)}]`], "variant removed", x, r.origin);
  for (const y of revisionLeft) report(state, "variant-added", [...path, `[${variantLabel(state.revision, y)}]`], "variant added", b.origin, y);
}

/** Shared property names over the smaller set of names: how alike two object variants are (0 when not objects). */
function overlap(state: CompareState, x: Schema, y: Schema): number {
  const names = (index: SchemaIndex, schema: Schema): string[] | undefined => {
    const target = unwrapNullable(index, schema).schema;
    if (target.kind !== "object" && target.kind !== "intersection") return undefined;
    return [...objectView(index, target).properties.values()].filter((property) => index.resolve(property.schema).kind !== "never").map((property) => property.name);
  };
  const before = names(state.base, x);
  const after = names(state.revision, y);
  if (!before || !after || before.length === 0 || after.length === 0) return 0;
  const shared = before.filter((name) => after.includes(name)).length;
  return shared / Math.min(before.length, after.length);
}

/** The candidate sharing the most fields with `x`, if it shares at least half of the smaller set. */
function bestOverlap(state: CompareState, x: Schema, candidates: readonly Schema[]): Schema | undefined {
  let best: Schema | undefined;
  let score = 0.5;
  for (const candidate of candidates) {
    const value = overlap(state, x, candidate);
    if (value >= score && (best === undefined || value > score)) {
      best = candidate;
      score = value;
    }
  }
  return best;
}

function variantLabel(index: SchemaIndex, schema: Schema): string {
  if (schema.kind === "ref") return schema.name;
  return typeLabel(unwrapNullable(index, schema).schema);
}
