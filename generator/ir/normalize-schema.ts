// Turns one raw (validated) schema into the IR. Named schemas become refs; everything else is inlined.
// OpenAPI 3.0 (`nullable`, boolean `exclusiveMinimum`) and 3.1 (type lists, `const`) fold into one model.
import { appendPointer } from "../load/pointer.ts";
import { isRefObject, resolveRef, type Location } from "../load/refs.ts";
import { isAllOfEntry } from "../validate/schemas.ts";
import type { ArraySchema, Literal, NumberSchema, ObjectSchema, Property, Schema, SchemaDocs, StringSchema } from "./model.ts";
import type { NormalizeContext } from "./normalize-context.ts";

type Raw = Record<string, unknown>;

/**
 * `base` normalizes only a discriminated parent's own fields (what its children inherit through
 * allOf), leaving out its union of children.
 */
export function normalizeSchema(context: NormalizeContext, location: Location, node: unknown, role: "schema" | "base" = "schema"): Schema {
  const origin = { file: location.document.displayPath, pointer: location.pointer };
  if (node === true || (typeof node === "object" && node !== null && Object.keys(node).every(isAnnotationOnly))) {
    return { kind: "unknown", docs: docsOf(node), origin };
  }
  if (node === false) return { kind: "never", docs: {}, origin };
  // A nullable parent's null belongs to the parent (see inheritance below), not to the fields its
  // children inherit: a child is never null because its parent may be.
  const raw = role === "base" ? withoutNullable(node as Raw) : (node as Raw);
  if (isRefObject(raw)) {
    const target = resolveRef(context.specSet, location.document, raw.$ref);
    if (!target) throw new Error(`unvalidated $ref ${raw.$ref} at ${origin.file}#${origin.pointer}`);
    if (isAllOfEntry(location.pointer) && isDiscriminated(target.node)) {
      // A child extending its discriminated parent inherits the parent's own fields, not its union.
      return { kind: "ref", name: context.baseNameOf(target), docs: docsOf(raw), origin };
    }
    const name = context.nameOfSchemaAt(target);
    if (name !== undefined) return { kind: "ref", name, docs: docsOf(raw), origin };
    return normalizeSchema(context, target, target.node);
  }
  const child = (...tokens: (string | number)[]): Location => ({
    document: location.document,
    pointer: appendPointer(location.pointer, ...tokens),
  });
  const docs = docsOf(raw);
  const parts: Schema[] = [];

  const valuePart = literalOrEnum(raw, origin);
  if (valuePart) {
    parts.push(valuePart);
  } else {
    const typed = typedParts(context, raw, child, origin);
    if (typed.length === 1) parts.push(typed[0] as Schema);
    else if (typed.length > 1) parts.push({ kind: "union", variants: typed, exclusive: false, docs: {}, origin });
  }
  if (Array.isArray(raw.allOf)) {
    raw.allOf.forEach((part, index) => parts.push(normalizeSchema(context, child("allOf", index), part)));
  }
  if (role === "base") return combine(parts, docs, origin, raw, valuePart);
  const inheritedUnion = inheritanceUnion(context, location, raw, origin);
  if (inheritedUnion) {
    // `nullable: true` on the parent lets the whole value be null, whichever child it would be.
    if (raw.nullable !== true) return { ...inheritedUnion, docs };
    return { kind: "union", variants: [inheritedUnion, { kind: "null", docs: {}, origin }], exclusive: false, docs, origin };
  }
  for (const keyword of ["oneOf", "anyOf"] as const) {
    const list = raw[keyword];
    if (!Array.isArray(list)) continue;
    const variants = list.map((variant, index) => normalizeSchema(context, child(keyword, index), variant));
    const discriminator = context.discriminatorOf(location, raw, keyword);
    parts.push({
      kind: "union",
      variants,
      exclusive: keyword === "oneOf",
      ...(discriminator ? { discriminator } : {}),
      docs: {},
      origin: { file: origin.file, pointer: appendPointer(origin.pointer, keyword) },
    });
  }

  return combine(parts, docs, origin, raw, valuePart);
}

function combine(parts: Schema[], docs: SchemaDocs, origin: Schema["origin"], raw: Raw, valuePart: Schema | undefined): Schema {
  const single = parts.length === 1 ? parts[0] : undefined;
  const combined: Schema =
    parts.length === 0
      ? { kind: "unknown", docs, origin }
      : single
        ? { ...single, docs: { ...single.docs, ...docs }, origin }
        : { kind: "intersection", parts, docs, origin };
  // OpenAPI 3.0's `nullable: true` beside allOf/oneOf (and no type) makes the whole composition nullable.
  const untyped = raw.type === undefined && !valuePart;
  if (raw.nullable === true && untyped && combined.kind !== "unknown") {
    return { kind: "union", variants: [{ ...combined, docs: {} }, { kind: "null", docs: {}, origin }], exclusive: false, docs, origin };
  }
  return combined;
}

function withoutNullable(raw: Raw): Raw {
  if (raw.nullable !== true) return raw;
  const { nullable: _nullable, ...rest } = raw;
  return rest;
}

function isDiscriminated(node: unknown): boolean {
  return node !== null && typeof node === "object" && (node as Raw).discriminator !== undefined;
}

/**
 * A discriminated parent whose children extend it (allOf) reads as the union of those children: its
 * own fields live on in the `Base` schema each child inherits. Without that, the parent would contain
 * its children and each child the parent. Applies when every variant extends the parent.
 */
function inheritanceUnion(context: NormalizeContext, location: Location, raw: Raw, origin: Schema["origin"]): Schema | undefined {
  if (!isDiscriminated(raw)) return undefined;
  const keyword = Array.isArray(raw.oneOf) ? "oneOf" : Array.isArray(raw.anyOf) ? "anyOf" : undefined;
  const discriminator = context.discriminatorOf(location, raw, keyword);
  if (!discriminator || discriminator.mapping.length === 0) return undefined;
  const parent = context.nameOfSchemaAt(location);
  const extendsParent = (variant: string): boolean => {
    const child = context.namedSchema(variant);
    const allOf = child && Array.isArray((child.location.node as Raw).allOf) ? ((child.location.node as Raw).allOf as unknown[]) : [];
    return allOf.some((part) => {
      if (!isRefObject(part)) return false;
      const target = resolveRef(context.specSet, child?.location.document ?? location.document, part.$ref);
      return target !== undefined && context.nameOfSchemaAt(target) === parent;
    });
  };
  if (keyword && !discriminator.mapping.every(({ schema }) => extendsParent(schema))) return undefined;
  const variantNames = [...new Set(discriminator.mapping.map(({ schema }) => schema))];
  const variants: Schema[] = variantNames.map((name) => ({ kind: "ref", name, docs: {}, origin }));
  return { kind: "union", variants, exclusive: true, discriminator, docs: {}, origin };
}

function isAnnotationOnly(key: string): boolean {
  return key.startsWith("x-") || ["title", "description", "example", "examples", "default", "deprecated", "readOnly", "writeOnly", "externalDocs", "$comment"].includes(key);
}

function literalOrEnum(raw: Raw, origin: Schema["origin"]): Schema | undefined {
  const nullable = raw.nullable === true || (Array.isArray(raw.type) && raw.type.includes("null"));
  if (raw.const !== undefined) return { kind: "literal", value: raw.const as Literal, docs: {}, origin };
  if (!Array.isArray(raw.enum)) return undefined;
  const values = [...(raw.enum as Literal[])];
  if (nullable && raw.nullable === true && !values.includes(null)) values.push(null);
  if (values.length === 1) return { kind: "literal", value: values[0] as Literal, docs: {}, origin };
  return { kind: "enum", values, docs: {}, origin };
}

function typedParts(
  context: NormalizeContext,
  raw: Raw,
  child: (...tokens: (string | number)[]) => Location,
  origin: Schema["origin"],
): Schema[] {
  const declared = Array.isArray(raw.type) ? (raw.type as string[]) : typeof raw.type === "string" ? [raw.type] : [];
  const types = declared.length > 0 ? declared : inferredTypes(raw);
  const parts = types.map((type) => typedPart(context, type, raw, child, origin));
  if (raw.nullable === true && !types.includes("null") && types.length > 0) {
    parts.push({ kind: "null", docs: {}, origin });
  }
  return parts;
}

function inferredTypes(raw: Raw): string[] {
  if (raw.properties !== undefined || raw.required !== undefined || raw.additionalProperties !== undefined) return ["object"];
  if (raw.items !== undefined) return ["array"];
  return [];
}

function typedPart(
  context: NormalizeContext,
  type: string,
  raw: Raw,
  child: (...tokens: (string | number)[]) => Location,
  origin: Schema["origin"],
): Schema {
  const docs: SchemaDocs = {};
  switch (type) {
    case "null":
      return { kind: "null", docs, origin };
    case "boolean":
      return { kind: "boolean", docs, origin };
    case "string": {
      const schema: StringSchema = {
        kind: "string",
        docs,
        origin,
        ...pick(raw, "format", "string"),
        ...pick(raw, "pattern", "string"),
        ...pick(raw, "minLength", "number"),
        ...pick(raw, "maxLength", "number"),
      };
      return schema;
    }
    case "number":
    case "integer": {
      const schema: NumberSchema = {
        kind: "number",
        integer: type === "integer",
        docs,
        origin,
        ...pick(raw, "format", "string"),
        ...pick(raw, "multipleOf", "number"),
        ...bounds(raw),
      };
      return schema;
    }
    case "array": {
      const items = raw.items === undefined ? ({ kind: "unknown", docs: {}, origin } as const) : normalizeSchema(context, child("items"), raw.items);
      const schema: ArraySchema = {
        kind: "array",
        items,
        docs,
        origin,
        ...pick(raw, "minItems", "number"),
        ...pick(raw, "maxItems", "number"),
        ...(raw.uniqueItems === true ? { uniqueItems: true } : {}),
      };
      return schema;
    }
    case "object":
      return objectPart(context, raw, child, origin);
    default:
      throw new Error(`unvalidated type ${type} at ${origin.file}#${origin.pointer}`);
  }
}

function objectPart(
  context: NormalizeContext,
  raw: Raw,
  child: (...tokens: (string | number)[]) => Location,
  origin: Schema["origin"],
): ObjectSchema {
  const required = new Set(Array.isArray(raw.required) ? (raw.required as string[]) : []);
  const declared = (raw.properties ?? {}) as Record<string, unknown>;
  const properties: Property[] = Object.entries(declared).map(([name, schema]) => ({
    name,
    schema: normalizeSchema(context, child("properties", name), schema),
    required: required.has(name),
  }));
  // A name that is required but not declared may hold any value, yet must be present.
  for (const name of required) {
    if (!Object.hasOwn(declared, name)) {
      properties.push({ name, schema: { kind: "unknown", docs: {}, origin }, required: true });
    }
  }
  const additional = raw.additionalProperties;
  const additionalProperties =
    additional === undefined || additional === true
      ? true
      : additional === false
        ? false
        : normalizeSchema(context, child("additionalProperties"), additional);
  return {
    kind: "object",
    properties,
    additionalProperties,
    docs: {},
    origin,
    ...pick(raw, "minProperties", "number"),
    ...pick(raw, "maxProperties", "number"),
  };
}

/** Numeric bounds, with OpenAPI 3.0's boolean exclusive flags turned into 3.1's numeric ones. */
function bounds(raw: Raw): Pick<NumberSchema, "minimum" | "maximum" | "exclusiveMinimum" | "exclusiveMaximum"> {
  const result: { minimum?: number; maximum?: number; exclusiveMinimum?: number; exclusiveMaximum?: number } = {};
  const minimum = typeof raw.minimum === "number" ? raw.minimum : undefined;
  const maximum = typeof raw.maximum === "number" ? raw.maximum : undefined;
  if (raw.exclusiveMinimum === true && minimum !== undefined) result.exclusiveMinimum = minimum;
  else if (minimum !== undefined) result.minimum = minimum;
  if (raw.exclusiveMaximum === true && maximum !== undefined) result.exclusiveMaximum = maximum;
  else if (maximum !== undefined) result.maximum = maximum;
  if (typeof raw.exclusiveMinimum === "number") result.exclusiveMinimum = raw.exclusiveMinimum;
  if (typeof raw.exclusiveMaximum === "number") result.exclusiveMaximum = raw.exclusiveMaximum;
  return result;
}

function pick<K extends string, T extends "string" | "number">(
  raw: Raw,
  key: K,
  type: T,
): { [P in K]?: T extends "string" ? string : number } {
  const value = raw[key];
  return (typeof value === type ? { [key]: value } : {}) as { [P in K]?: T extends "string" ? string : number };
}

export function docsOf(node: unknown): SchemaDocs {
  if (node === null || typeof node !== "object") return {};
  const raw = node as Raw;
  const docs: {
    title?: string;
    description?: string;
    examples?: unknown[];
    default?: unknown;
    deprecated?: boolean;
    readOnly?: boolean;
    writeOnly?: boolean;
  } = {};
  if (typeof raw.title === "string") docs.title = raw.title;
  if (typeof raw.description === "string") docs.description = raw.description;
  if (Array.isArray(raw.examples)) docs.examples = raw.examples;
  else if (raw.example !== undefined) docs.examples = [raw.example];
  if (raw.default !== undefined) docs.default = raw.default;
  if (raw.deprecated === true) docs.deprecated = true;
  if (raw.readOnly === true) docs.readOnly = true;
  if (raw.writeOnly === true) docs.writeOnly = true;
  return docs;
}
