// Values that break a schema in one place, at any depth: a dropped required member, a wrong type, a
// number out of range or not an integer, a string too short, too long, off its pattern or its
// format, a value outside an enum, an unknown or missing discriminator tag, a stray member where
// additionalProperties is false, null where null is not allowed, too many or too few or repeated
// items. Built from a valid value, so everything around the break is plausible. Most results are
// invalid; Ajv decides which. One mutation keeps a value valid on purpose: a member the view hides
// (readOnly in a request, writeOnly in a response) added with a value of the wrong type, which both
// sides must ignore.
import fc from "fast-check";
import type { Json, JsonObject } from "../../support/spec.ts";
import { isObject } from "./raw-document.ts";
import { mergeAll, type Arb, type SchemaArbitraries } from "./schema-arbitrary.ts";

const unknownTag = "NOT_A_MAPPED_TAG";

/** One of each JSON type, to stand where another type is expected. */
const samplesByType: Record<string, Json> = { null: null, boolean: true, integer: 7, number: 0.5, string: "text", array: [], object: {} };

export function createMutations(arbs: SchemaArbitraries, hiddenMembers: (schema: JsonObject) => readonly string[]): (schema: JsonObject, depth: number) => Arb {
  const memo = new Map<JsonObject, Map<number, Arb>>();

  const broken = (schema: JsonObject, depth: number): Arb => {
    // Past hardDepth only the type is broken, so a recursive schema ends here.
    if (depth > arbs.options.hardDepth) return wrongType(arbs.resolve(schema));
    let byDepth = memo.get(schema);
    if (!byDepth) memo.set(schema, (byDepth = new Map()));
    const known = byDepth.get(depth);
    if (known) return known;
    const built = build(schema, depth);
    byDepth.set(depth, built);
    return built;
  };

  const build = (schema: JsonObject, depth: number): Arb => {
    if (typeof schema.$ref === "string") return broken(arbs.resolve(schema), depth + 1);
    const valid = arbs.valid(schema, depth);
    const options: Arb[] = [wrongType(schema)];
    if (!arbs.typesOf(schema).includes("null") && !(Array.isArray(schema.enum) && schema.enum.includes(null))) options.push(fc.constant(null));
    if (isObject(schema.discriminator)) return fc.oneof(...options, ...discriminatorBreaks(schema, depth));
    if (Array.isArray(schema.enum)) options.push(outsideEnum(schema.enum as Json[]));
    for (const part of (schema.allOf ?? []) as JsonObject[]) options.push(fc.tuple(valid, broken(part, depth)).map(([whole, bad]) => mergeAll([whole, bad])));
    for (const member of [...((schema.oneOf ?? []) as JsonObject[]), ...((schema.anyOf ?? []) as JsonObject[])]) options.push(broken(member, depth));
    const types = arbs.typesOf(schema);
    if (types.includes("string")) options.push(...stringBreaks(schema, valid));
    if (types.includes("integer") || types.includes("number")) options.push(...numberBreaks(schema, types.includes("integer")));
    if (types.includes("array")) options.push(...arrayBreaks(schema, valid, depth));
    if (types.includes("object") || isObject(schema.properties)) options.push(...objectBreaks(schema, valid, depth));
    return fc.oneof(...options);
  };

  const wrongType = (schema: JsonObject): Arb => {
    const types = isObject(schema.discriminator) ? ["object"] : arbs.typesOf(schema);
    const allowed = (type: string): boolean => types.includes(type) || (type === "integer" && types.includes("number"));
    const wrong = Object.entries(samplesByType).filter(([type]) => types.length > 0 && !allowed(type) && type !== "null");
    return wrong.length > 0 ? fc.constantFrom(...wrong.map(([, value]) => value)) : fc.constant({ unexpected: [1, "two"] });
  };

  const discriminatorBreaks = (schema: JsonObject, depth: number): Arb[] => {
    const tag = (schema.discriminator as JsonObject).propertyName as string;
    const valid = asObjects(arbs.valid(schema, depth));
    const branches = (schema.oneOf as JsonObject[]).map((branch) => {
      const tags = ((branch.properties as JsonObject)[tag] as JsonObject).enum as string[];
      const child = (branch.allOf as JsonObject[])[0] as JsonObject;
      return fc.tuple(broken(child, depth), fc.constantFrom(...tags)).map(([value, chosen]) => (isObject(value) ? { ...value, [tag]: chosen } : value));
    });
    // The parent's own keywords, where they sit beside the switch.
    const own = ((schema.allOf ?? []) as JsonObject[]).map((part) => fc.tuple(valid, broken(part, depth)).map(([whole, bad]) => mergeAll([whole, bad])));
    return [
      valid.map((value) => ({ ...value, [tag]: unknownTag })),
      valid.map((value) => ({ ...value, [tag]: 1 })),
      valid.map((value) => withoutKey(value, tag)),
      ...branches,
      ...own,
    ];
  };

  const objectBreaks = (schema: JsonObject, valid: Arb, depth: number): Arb[] => {
    const objects = asObjects(valid);
    const properties = Object.entries((schema.properties ?? {}) as Record<string, JsonObject>);
    const required = (schema.required ?? []) as string[];
    const breaks: Arb[] = [];
    if (required.length > 0) breaks.push(fc.tuple(objects, fc.constantFrom(...required)).map(([value, key]) => withoutKey(value, key)));
    if (properties.length > 0) {
      const member = fc.constantFrom(...properties).chain(([key, property]) => fc.tuple(objects, broken(property, depth + 1)).map(([value, bad]) => ({ ...value, [key]: bad })));
      breaks.push(member, member);
    }
    const additional = schema.additionalProperties;
    if (additional === false) breaks.push(objects.map((value) => ({ ...value, strayMember: true })));
    const hidden = hiddenMembers(schema);
    if (hidden.length > 0) breaks.push(fc.tuple(objects, fc.constantFrom(...hidden)).map(([value, key]) => ({ ...value, [key]: { hiddenInThisView: [1, "two"] } })));
    if (isObject(additional)) breaks.push(fc.tuple(objects, broken(additional, depth + 1)).map(([value, bad]) => ({ ...value, strayMember: bad })));
    return breaks;
  };

  const arrayBreaks = (schema: JsonObject, valid: Arb, depth: number): Arb[] => {
    const arrays = valid.map((value) => (Array.isArray(value) ? value : []));
    const item = isObject(schema.items) ? arbs.valid(schema.items, depth + 1) : fc.constant<Json>(0);
    const breaks: Arb[] = [];
    if (isObject(schema.items)) {
      breaks.push(fc.tuple(arrays, broken(schema.items, depth + 1), fc.nat()).map(([items, bad, at]) => spliceIn(items, bad, at)));
    }
    if (typeof schema.maxItems === "number") {
      const max = schema.maxItems;
      breaks.push(fc.tuple(arrays, item).map(([items, extra]) => Array.from({ length: max + 1 }, (_, index) => items[index] ?? extra)));
    }
    if (typeof schema.minItems === "number" && schema.minItems > 0) breaks.push(arrays.map((items) => items.slice(0, (schema.minItems as number) - 1)));
    if (schema.uniqueItems === true) breaks.push(fc.tuple(arrays, item).map(([items, repeated]) => [...items, repeated, repeated]));
    return breaks;
  };

  return broken;
}

function stringBreaks(schema: JsonObject, valid: Arb): Arb[] {
  // Coerced, never filtered: a schema nothing satisfies may yield no string at all.
  const strings = valid.map((value) => (typeof value === "string" ? value : "text"));
  const breaks: Arb[] = [];
  if (typeof schema.minLength === "number" && schema.minLength > 0) breaks.push(strings.map((text) => [...text].slice(0, (schema.minLength as number) - 1).join("")));
  if (typeof schema.maxLength === "number") breaks.push(fc.constant("x".repeat((schema.maxLength as number) + 1)));
  if (typeof schema.pattern === "string") breaks.push(strings.chain((text) => fc.constantFrom(`${text} `, ` ${text}`, `${text}\n`, "", "#%!")));
  if (typeof schema.format === "string") breaks.push(fc.constantFrom("not a date", "2024-02-30T00:00:00Z", "24:00:00", "1234", "user@", "no scheme", "g0000000-0000-0000-0000-000000000000"));
  return breaks;
}

function numberBreaks(schema: JsonObject, integer: boolean): Arb[] {
  const breaks: Arb[] = [];
  if (typeof schema.minimum === "number") breaks.push(fc.constantFrom(schema.minimum - 1, schema.exclusiveMinimum === true ? schema.minimum : schema.minimum - 0.5));
  if (typeof schema.maximum === "number") breaks.push(fc.constantFrom(schema.maximum + 1, schema.exclusiveMaximum === true ? schema.maximum : schema.maximum + 0.5));
  if (integer) breaks.push(fc.constantFrom(1.5, -0.25, 1e-7));
  if (schema.format === "int32") breaks.push(fc.constantFrom(2 ** 31, -(2 ** 31) - 1));
  if (typeof schema.multipleOf === "number") breaks.push(fc.constant(schema.multipleOf * 1.5));
  return breaks;
}

function outsideEnum(values: readonly Json[]): Arb {
  const strings = values.filter((value): value is string => typeof value === "string");
  const candidates: Json[] = [...strings.map((value) => value.toLowerCase()), ...strings.map((value) => `${value}_`), "", 0, "NOT_IN_ENUM"].filter(
    (candidate) => !values.includes(candidate),
  );
  return fc.constantFrom(...candidates);
}

function withoutKey(value: JsonObject, key: string): JsonObject {
  const { [key]: _dropped, ...rest } = value;
  return rest;
}

function spliceIn(items: readonly Json[], bad: Json, at: number): Json[] {
  if (items.length === 0) return [bad];
  const copy = [...items];
  copy[at % copy.length] = bad;
  return copy;
}

/** Objects as they come; anything else (a schema nothing satisfies yields anything) as an empty object. */
function asObjects(arb: Arb): fc.Arbitrary<JsonObject> {
  return arb.map((value) => (isObject(value) ? value : {}));
}
