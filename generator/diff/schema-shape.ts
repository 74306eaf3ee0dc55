// Read-only views of IR schemas that the structural comparison needs: nullability split off, the
// merged properties of an object or allOf, a coarse category, bounds and format widening.
import type { SchemaIndex } from "../ir/lookup.ts";
import type { Discriminator, Literal, Origin, Schema } from "../ir/model.ts";

/** A resolved schema with `null` split off (`type: [string, "null"]`, a null variant, `enum: [.., null]`). */
export interface Unwrapped {
  readonly schema: Schema;
  readonly nullable: boolean;
}

export function unwrapNullable(index: SchemaIndex, schema: Schema): Unwrapped {
  const current = index.resolve(schema);
  if (current.kind === "literal" && current.value === null) return { schema: { kind: "null", docs: current.docs, origin: current.origin }, nullable: false };
  if (current.kind === "enum" && current.values.includes(null)) {
    const values = current.values.filter((value) => value !== null);
    const rest: Schema =
      values.length === 1 ? { kind: "literal", value: values[0] as Literal, docs: current.docs, origin: current.origin } : { ...current, values };
    return { schema: rest, nullable: true };
  }
  if (current.kind !== "union") return { schema: current, nullable: false };
  const nonNull = current.variants.filter((variant) => index.resolve(variant).kind !== "null");
  if (nonNull.length === current.variants.length) return { schema: current, nullable: false };
  if (nonNull.length === 1) {
    const inner = unwrapNullable(index, nonNull[0] as Schema);
    return { schema: inner.schema, nullable: true };
  }
  return { schema: { ...current, variants: nonNull }, nullable: true };
}

export type Category = "string" | "number" | "boolean" | "null" | "object" | "array" | "values" | "union" | "unknown" | "never";

export function categoryOf(schema: Schema): Category {
  switch (schema.kind) {
    case "enum":
    case "literal":
      return "values";
    case "intersection":
    case "object":
      return "object";
    case "ref":
      return "unknown";
    default:
      return schema.kind;
  }
}

/** The enum values of a schema (a literal is an enum of one), or undefined. */
export function valuesOf(schema: Schema): readonly Literal[] | undefined {
  if (schema.kind === "enum") return schema.values;
  if (schema.kind === "literal") return [schema.value];
  return undefined;
}

/** What kind of JSON value a schema describes, enums included: for matching variants and enums to types. */
export function jsonTypeOf(schema: Schema): string {
  const values = valuesOf(schema);
  if (values) {
    const types = new Set(values.map((value) => (value === null ? "null" : typeof value)));
    return types.size === 1 ? [...types][0] ?? "mixed" : "mixed";
  }
  return categoryOf(schema);
}

export function typeLabel(schema: Schema): string {
  switch (schema.kind) {
    case "string":
      return schema.format ? `string (${schema.format})` : "string";
    case "number":
      return `${schema.integer ? "integer" : "number"}${schema.format ? ` (${schema.format})` : ""}`;
    case "enum":
      return `enum ${JSON.stringify(schema.values)}`;
    case "literal":
      return `const ${JSON.stringify(schema.value)}`;
    case "union":
      return schema.exclusive ? "oneOf" : "anyOf";
    case "intersection":
      return "object";
    case "unknown":
      return "any value";
    case "ref":
      return schema.name;
    default:
      return schema.kind;
  }
}

/** `BsonTimestamp`, `array of RestoreJobComponent`, `string (date-time) | null`: what a property holds. */
export function describeSchema(index: SchemaIndex, schema: Schema, depth = 0): string {
  if (schema.kind === "ref") return schema.name;
  const { schema: inner, nullable } = unwrapNullable(index, schema);
  const text = inner.kind === "array" && depth < 3 ? `array of ${describeSchema(index, inner.items, depth + 1)}` : typeLabel(inner);
  return nullable ? `${text} | null` : text;
}

export interface ViewProperty {
  readonly name: string;
  readonly schema: Schema;
  readonly required: boolean;
}

/** An object, or an allOf of objects (through refs), seen as one object. */
export interface ObjectView {
  readonly properties: ReadonlyMap<string, ViewProperty>;
  /** `false`: undeclared properties are rejected; `true`: anything; a schema: their type. */
  readonly additional: Schema | boolean;
  /** oneOf/anyOf parts of an allOf, in order. */
  readonly unions: readonly Schema[];
  readonly minProperties?: number;
  readonly maxProperties?: number;
  readonly origin: Origin;
}

/** Later parts win for a property's schema (the narrower, in a variant); any part can make it required. */
export function objectView(index: SchemaIndex, schema: Schema): ObjectView {
  const properties = new Map<string, ViewProperty>();
  const unions: Schema[] = [];
  let additional: Schema | boolean = true;
  let minProperties: number | undefined;
  let maxProperties: number | undefined;
  const seen = new Set<Schema>();
  const visit = (current: Schema): void => {
    const target = index.resolve(current);
    if (seen.has(target)) return;
    seen.add(target);
    if (target.kind === "intersection") target.parts.forEach(visit);
    else if (target.kind === "union") unions.push(target);
    else if (target.kind === "object") {
      for (const property of target.properties) {
        const earlier = properties.get(property.name);
        properties.set(property.name, { name: property.name, schema: property.schema, required: property.required || earlier?.required === true });
      }
      if (target.additionalProperties === false) additional = false;
      else if (target.additionalProperties !== true && additional === true) additional = target.additionalProperties;
      minProperties = target.minProperties ?? minProperties;
      maxProperties = target.maxProperties ?? maxProperties;
    }
  };
  visit(schema);
  return {
    properties,
    additional,
    unions,
    ...(minProperties !== undefined ? { minProperties } : {}),
    ...(maxProperties !== undefined ? { maxProperties } : {}),
    origin: index.resolve(schema).origin,
  };
}

export interface UnionView {
  readonly variants: readonly Schema[];
  readonly discriminator?: Discriminator;
  readonly origin: Origin;
}

/** A union as its variants; any other schema as a union of itself. */
export function unionView(schema: Schema): UnionView {
  if (schema.kind === "union") {
    return { variants: schema.variants, ...(schema.discriminator ? { discriminator: schema.discriminator } : {}), origin: schema.origin };
  }
  return { variants: [schema], origin: schema.origin };
}

export interface Bound {
  readonly value: number;
  readonly exclusive: boolean;
  readonly keyword: string;
}

export function lowerBound(schema: Schema): Bound | undefined {
  switch (schema.kind) {
    case "string":
      return schema.minLength === undefined ? undefined : { value: schema.minLength, exclusive: false, keyword: "minLength" };
    case "array":
      return schema.minItems === undefined ? undefined : { value: schema.minItems, exclusive: false, keyword: "minItems" };
    case "number": {
      const inclusive = schema.minimum === undefined ? undefined : { value: schema.minimum, exclusive: false, keyword: "minimum" };
      const exclusive = schema.exclusiveMinimum === undefined ? undefined : { value: schema.exclusiveMinimum, exclusive: true, keyword: "exclusiveMinimum" };
      if (!inclusive || !exclusive) return inclusive ?? exclusive;
      return exclusive.value >= inclusive.value ? exclusive : inclusive;
    }
    default:
      return undefined;
  }
}

export function upperBound(schema: Schema): Bound | undefined {
  switch (schema.kind) {
    case "string":
      return schema.maxLength === undefined ? undefined : { value: schema.maxLength, exclusive: false, keyword: "maxLength" };
    case "array":
      return schema.maxItems === undefined ? undefined : { value: schema.maxItems, exclusive: false, keyword: "maxItems" };
    case "number": {
      const inclusive = schema.maximum === undefined ? undefined : { value: schema.maximum, exclusive: false, keyword: "maximum" };
      const exclusive = schema.exclusiveMaximum === undefined ? undefined : { value: schema.exclusiveMaximum, exclusive: true, keyword: "exclusiveMaximum" };
      if (!inclusive || !exclusive) return inclusive ?? exclusive;
      return exclusive.value <= inclusive.value ? exclusive : inclusive;
    }
    default:
      return undefined;
  }
}

/** How the revision's bound relates to the base's: `tighter` accepts fewer values. */
export function boundChange(base: Bound | undefined, revision: Bound | undefined, side: "lower" | "upper"): "tighter" | "looser" | "same" {
  if (!base && !revision) return "same";
  if (!base) return "tighter";
  if (!revision) return "looser";
  const raised = side === "lower" ? revision.value > base.value : revision.value < base.value;
  const lowered = side === "lower" ? revision.value < base.value : revision.value > base.value;
  if (raised) return "tighter";
  if (lowered) return "looser";
  if (revision.exclusive === base.exclusive) return "same";
  return revision.exclusive ? "tighter" : "looser";
}

/** `maxLength 24 added`, `maximum 500 -> 100`, `minimum 1 removed`. */
export function boundDetail(base: Bound | undefined, revision: Bound | undefined): string {
  const text = (bound: Bound): string => `${bound.keyword} ${bound.value}`;
  if (!base && revision) return `${text(revision)} added`;
  if (base && !revision) return `${text(base)} removed`;
  if (base && revision) return base.keyword === revision.keyword ? `${base.keyword} ${base.value} -> ${revision.value}` : `${text(base)} -> ${text(revision)}`;
  return "unchanged";
}

const formatChains: readonly (readonly string[])[] = [
  ["int32", "int64"],
  ["float", "double"],
];

/** How the revision's format relates to the base's: `wider` accepts more values. */
export function formatChange(base: string | undefined, revision: string | undefined): "same" | "wider" | "narrower" | "different" {
  if (base === revision) return "same";
  if (revision === undefined) return "wider";
  if (base === undefined) return "narrower";
  for (const chain of formatChains) {
    const from = chain.indexOf(base);
    const to = chain.indexOf(revision);
    if (from !== -1 && to !== -1) return to > from ? "wider" : "narrower";
  }
  return "different";
}

/** Deep equality of JSON values, member order ignored. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, member]) => `${JSON.stringify(key)}:${canonicalJson(member)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "undefined";
}
