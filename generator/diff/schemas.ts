// Structural comparison of two IR schemas, each read through its own model's named schemas. Refs are
// followed (so a moved, renamed or inlined schema compares equal), cycles are cut, and what differs is
// returned as direction-neutral findings.
import type { SchemaIndex } from "../ir/lookup.ts";
import type { Schema } from "../ir/model.ts";
import { compareObjects } from "./schema-objects.ts";
import { report, type CompareState, type Finding, type InstancePath } from "./schema-findings.ts";
import { compareUnions } from "./schema-unions.ts";
import {
  boundChange,
  boundDetail,
  categoryOf,
  formatChange,
  jsonEqual,
  jsonTypeOf,
  lowerBound,
  typeLabel,
  unionView,
  unwrapNullable,
  upperBound,
  valuesOf,
} from "./schema-shape.ts";

export function compareSchemas(base: SchemaIndex, revision: SchemaIndex, baseSchema: Schema, revisionSchema: Schema): Finding[] {
  const state = createState(base, revision, new Map());
  state.compare(baseSchema, revisionSchema, []);
  return state.findings;
}

function createState(base: SchemaIndex, revision: SchemaIndex, ids: Map<Schema, number>, stack: Set<string> = new Set()): CompareState {
  const state: CompareState = {
    base,
    revision,
    findings: [],
    stack,
    ids,
    compare: (b, r, path) => compareAt(state, b, r, path),
    // The dry run starts from the pairs already being compared: meeting one again assumes it equal,
    // which is what ends the recursion of a recursive union whose variants were renamed.
    equivalent: (b, r) => {
      const dryRun = createState(base, revision, ids, new Set(state.stack));
      dryRun.compare(b, r, []);
      return dryRun.findings.length === 0;
    },
  };
  return state;
}

function identity(state: CompareState, schema: Schema): number {
  let id = state.ids.get(schema);
  if (id === undefined) {
    id = state.ids.size + 1;
    state.ids.set(schema, id);
  }
  return id;
}

function compareAt(state: CompareState, base: Schema, revision: Schema, path: InstancePath): void {
  const b = state.base.resolve(base);
  const r = state.revision.resolve(revision);
  const key = `${identity(state, b)}:${identity(state, r)}`;
  if (state.stack.has(key)) return;
  state.stack.add(key);
  try {
    const baseDefault = base.docs.default !== undefined ? base.docs.default : b.docs.default;
    const revisionDefault = revision.docs.default !== undefined ? revision.docs.default : r.docs.default;
    if (!jsonEqual(baseDefault, revisionDefault)) {
      report(state, "default-changed", path, `default ${JSON.stringify(baseDefault) ?? "none"} -> ${JSON.stringify(revisionDefault) ?? "none"}`, b, r);
    }
    const ub = unwrapNullable(state.base, b);
    const ur = unwrapNullable(state.revision, r);
    if (ub.nullable && !ur.nullable) report(state, "nullable-removed", path, "null is no longer allowed", b, r);
    if (!ub.nullable && ur.nullable) report(state, "nullable-added", path, "null is now allowed", b, r);
    compareShapes(state, ub.schema, ur.schema, path);
  } finally {
    state.stack.delete(key);
  }
}

function compareShapes(state: CompareState, b: Schema, r: Schema, path: InstancePath): void {
  const from = categoryOf(b);
  const to = categoryOf(r);
  if (from === "never" || to === "never") return;
  if (from === "union" || to === "union") return compareUnions(state, unionView(b), unionView(r), path);
  if (from === "unknown" && to === "unknown") return;
  if (from === "unknown") return report(state, "type-narrowed", path, `type narrowed from any value to ${typeLabel(r)}`, b, r);
  if (to === "unknown") return report(state, "type-widened", path, `type widened from ${typeLabel(b)} to any value`, b, r);
  if (from === "values" || to === "values") return compareValues(state, b, r, path);
  if (from !== to) return report(state, "type-changed", path, `type changed from ${typeLabel(b)} to ${typeLabel(r)}`, b, r);
  if (b.kind === "number" && r.kind === "number" && b.integer !== r.integer) {
    const kind = b.integer ? "type-widened" : "type-narrowed";
    report(state, kind, path, `type ${kind === "type-widened" ? "widened" : "narrowed"} from ${b.integer ? "integer" : "number"} to ${r.integer ? "integer" : "number"}`, b, r);
  }
  if ((b.kind === "string" && r.kind === "string") || (b.kind === "number" && r.kind === "number")) {
    compareFormat(state, b.format, r.format, b, r, path);
  }
  if (b.kind === "string" && r.kind === "string") comparePattern(state, b.pattern, r.pattern, b, r, path);
  compareBounds(state, b, r, path);
  if (b.kind === "array" && r.kind === "array") state.compare(b.items, r.items, [...path, "[]"]);
  if (from === "object") compareObjects(state, b, r, path);
}

function compareValues(state: CompareState, b: Schema, r: Schema, path: InstancePath): void {
  const before = valuesOf(b);
  const after = valuesOf(r);
  if (before && after) {
    for (const value of before) {
      if (!after.some((other) => jsonEqual(other, value))) report(state, "enum-value-removed", path, `enum value ${JSON.stringify(value)} removed`, b, r);
    }
    for (const value of after) {
      if (!before.some((other) => jsonEqual(other, value))) report(state, "enum-value-added", path, `enum value ${JSON.stringify(value)} added`, b, r);
    }
    return;
  }
  if (before && jsonTypeOf(b) === jsonTypeOf(r)) return report(state, "enum-dropped", path, `no longer restricted to ${JSON.stringify(before)}`, b, r);
  if (after && jsonTypeOf(b) === jsonTypeOf(r)) return report(state, "became-enum", path, `now restricted to ${JSON.stringify(after)}`, b, r);
  report(state, "type-changed", path, `type changed from ${typeLabel(b)} to ${typeLabel(r)}`, b, r);
}

function compareFormat(state: CompareState, before: string | undefined, after: string | undefined, b: Schema, r: Schema, path: InstancePath): void {
  const change = formatChange(before, after);
  if (change === "same") return;
  const detail = before === undefined ? `format ${after} added` : after === undefined ? `format ${before} removed` : `format ${before} -> ${after}`;
  const kind = change === "wider" ? "format-widened" : change === "narrower" ? "format-narrowed" : "format-changed";
  report(state, kind, path, detail, b, r);
}

function comparePattern(state: CompareState, before: string | undefined, after: string | undefined, b: Schema, r: Schema, path: InstancePath): void {
  if (before === after) return;
  if (before === undefined) return report(state, "pattern-added", path, `pattern \`${after}\` added`, b, r);
  if (after === undefined) return report(state, "pattern-removed", path, `pattern \`${before}\` removed`, b, r);
  report(state, "pattern-changed", path, `pattern \`${before}\` -> \`${after}\``, b, r);
}

export function compareBounds(state: CompareState, b: Schema, r: Schema, path: InstancePath): void {
  const lower = [lowerBound(b), lowerBound(r)] as const;
  const upper = [upperBound(b), upperBound(r)] as const;
  const lowerChange = boundChange(lower[0], lower[1], "lower");
  if (lowerChange !== "same") {
    report(state, lowerChange === "tighter" ? "min-raised" : "min-lowered", path, boundDetail(lower[0], lower[1]), b, r);
  }
  const upperChange = boundChange(upper[0], upper[1], "upper");
  if (upperChange !== "same") {
    report(state, upperChange === "tighter" ? "max-lowered" : "max-raised", path, boundDetail(upper[0], upper[1]), b, r);
  }
}
