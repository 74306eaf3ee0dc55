// fast-check arbitraries for the projected (draft 4) schemas, leaning valid: types, enums, nullable,
// required and optional members, additionalProperties maps, array limits, discriminated switches (a
// branch and one of its tags), allOf/oneOf/anyOf; scalars in leaf-arbitraries.ts. Recursion is
// capped: past `optionalDepth` optional members, map entries and extra items are left out; past
// `hardDepth` a reference yields null.
import fc from "fast-check";
import type { Json, JsonObject } from "../../support/spec.ts";
import { integerArbitrary, numberArbitrary, stringArbitrary, type Arb, type PatternSource } from "./leaf-arbitraries.ts";
import { isObject } from "./raw-document.ts";
import { createExactMatchDemand, createSatisfiability, isAmbiguousUnion } from "./satisfiable.ts";

export type { Arb } from "./leaf-arbitraries.ts";

export interface ArbitraryOptions {
  readonly optionalDepth: number;
  readonly hardDepth: number;
  /** The document's string examples by pattern (see PatternSource). */
  readonly patternExamples: ReadonlyMap<string, readonly string[]>;
}

export interface SchemaArbitraries {
  /** A value that mostly satisfies `schema`. */
  valid(schema: JsonObject, depth: number): Arb;
  /** The definition a `$ref` names, or the schema itself. */
  resolve(schema: JsonObject): JsonObject;
  /** The schema's declared types, `null` included when nullable. */
  typesOf(schema: JsonObject): readonly string[];
  /** Whether some value satisfies the schema (see satisfiable.ts). */
  satisfiable(schema: JsonObject): boolean;
  /** Whether every value must match exactly one of overlapping object branches (see satisfiable.ts). */
  demandsExactMatch(schema: JsonObject): boolean;
  readonly options: ArbitraryOptions;
  readonly patternFallbacks: ReadonlySet<string>;
}

const definitionRef = /^#\/definitions\/(.+)$/;
const absent = Symbol("absent");
const none: ReadonlySet<string> = new Set();

export function createSchemaArbitraries(definition: (key: string) => JsonObject, options: ArbitraryOptions): SchemaArbitraries {
  const memo = new Map<JsonObject, Map<string, Arb>>();
  const patterns: PatternSource = { fallbacks: new Set(), examples: options.patternExamples, memo: new Map() };

  const resolve = (schema: JsonObject): JsonObject => {
    let current = schema;
    for (let hops = 0; typeof current.$ref === "string"; hops++) {
      const key = definitionRef.exec(current.$ref)?.[1];
      if (key === undefined || hops > 50) throw new Error(`unresolvable ${current.$ref}`);
      current = definition(decodeURIComponent(key));
    }
    return current;
  };
  const typesOf = (schema: JsonObject): string[] => {
    const declared = Array.isArray(schema.type) ? (schema.type as string[]) : typeof schema.type === "string" ? [schema.type] : [];
    return schema.nullable === true && declared.length > 0 && !declared.includes("null") ? [...declared, "null"] : declared;
  };
  const satisfiable = createSatisfiability(resolve, typesOf);
  const demandsExactMatch = createExactMatchDemand(resolve, typesOf);
  const ambiguousUnion = (schema: JsonObject): boolean => isAmbiguousUnion(schema, resolve, typesOf);

  const declaredMemo = new Map<JsonObject, Set<string>>();
  /** The members a schema declares, through references and allOf. */
  const declaredKeys = (schema: JsonObject): Set<string> => {
    const target = resolve(schema);
    const known = declaredMemo.get(target);
    if (known) return known;
    const keys = new Set(Object.keys((target.properties ?? {}) as JsonObject));
    declaredMemo.set(target, keys);
    for (const part of (target.allOf ?? []) as JsonObject[]) for (const key of declaredKeys(part)) keys.add(key);
    return keys;
  };

  /**
   * `forced`: members an enclosing schema requires (`required` beside an allOf whose parts declare
   * them); a part that declares one must produce it.
   */
  const valid = (schema: JsonObject, depth: number, forced: ReadonlySet<string> = none): Arb => {
    const capped = Math.min(depth, options.hardDepth + 1);
    const key = `${capped}|${[...forced].sort().join(",")}`;
    let byKey = memo.get(schema);
    if (!byKey) memo.set(schema, (byKey = new Map()));
    const known = byKey.get(key);
    if (known) return known;
    // Terminates: every reference goes one level deeper, and past hardDepth a reference is null.
    const built = build(schema, capped, forced);
    byKey.set(key, built);
    return built;
  };

  const build = (schema: JsonObject, depth: number, forced: ReadonlySet<string>): Arb => {
    if (typeof schema.$ref === "string") return depth > options.hardDepth ? fc.constant(null) : valid(resolve(schema), depth + 1, forced);
    if (isObject(schema.discriminator)) return orNull(schema, discriminated(schema, depth, forced));
    if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as Json[]));
    if ([schema.allOf, schema.oneOf, schema.anyOf].some(Array.isArray)) return orNull(schema, composition(schema, depth, forced));
    const concrete = typesOf(schema).filter((type) => type !== "null");
    if (concrete.length === 0) return orNull(schema, isObject(schema.properties) ? object(schema, depth, forced) : anyJson(depth));
    return orNull(schema, fc.oneof(...concrete.map((type) => typed(type, schema, depth, forced))));
  };

  const orNull = (schema: JsonObject, arb: Arb): Arb => (schema.nullable === true ? fc.oneof({ weight: 6, arbitrary: arb }, { weight: 1, arbitrary: fc.constant(null) }) : arb);

  const typed = (type: string, schema: JsonObject, depth: number, forced: ReadonlySet<string>): Arb => {
    switch (type) {
      case "string":
        return stringArbitrary(schema, patterns);
      case "integer":
        return integerArbitrary(schema);
      case "number":
        return numberArbitrary(schema);
      case "boolean":
        return fc.boolean();
      case "array":
        return array(schema, depth);
      case "object":
        return object(schema, depth, forced);
      default:
        return fc.constant(null);
    }
  };

  /** The own keywords, every allOf part and one oneOf/anyOf branch, merged. */
  const composition = (schema: JsonObject, depth: number, forced: ReadonlySet<string>): Arb => {
    const { allOf, oneOf, anyOf, nullable: _nullable, ...own } = schema;
    const entries = (allOf ?? []) as JsonObject[];
    const branches = satisfiableFirst([...((oneOf ?? []) as JsonObject[]), ...((anyOf ?? []) as JsonObject[])]);
    const required = new Set([...forced, ...((own.required ?? []) as string[])]);
    const declaredElsewhere = new Set([...entries, ...branches].flatMap((entry) => [...declaredKeys(entry)]));
    const ownDeclared = new Set(Object.keys((own.properties ?? {}) as JsonObject));
    // The own part produces what it declares, and what nobody declares; the parts the rest.
    const ownRequired = [...required].filter((name) => ownDeclared.has(name) || !declaredElsewhere.has(name));
    const forcedIn = (entry: JsonObject): ReadonlySet<string> => new Set([...required].filter((name) => declaredKeys(entry).has(name)));
    const parts: fc.Arbitrary<[Json, JsonObject]>[] = [];
    const part = (arb: Arb, of: JsonObject) => arb.map((value): [Json, JsonObject] => [value, of]);
    if (Object.keys(own).length > 0) {
      const ownSchema = { ...own, required: ownRequired };
      parts.push(part(build(ownSchema, depth, none), ownSchema));
    }
    for (const entry of entries) parts.push(part(valid(entry, depth, forcedIn(entry)), entry));
    if (branches.length > 0) parts.push(fc.oneof(...branches.map((branch) => part(valid(branch, depth, forcedIn(branch)), branch))));
    return fc.tuple(...parts).map((pairs) => mergeParts(pairs.map(([value]) => value), pairs.map(([, of]) => of)));
  };

  /**
   * Parts merged member by member. A later part that declares a member but left it out may constrain
   * it differently (a child narrowing its parent's enum), so an earlier value for it goes, unless
   * some part requires it.
   */
  const mergeParts = (values: readonly Json[], schemas: readonly JsonObject[]): Json => {
    if (!values.every(isObject)) return values.find((value) => !isObject(value)) ?? null;
    const required = new Set(schemas.flatMap((schema) => (resolve(schema).required ?? []) as string[]));
    const merged: JsonObject = {};
    values.forEach((value, index) => {
      for (const key of declaredKeys(schemas[index] as JsonObject)) if (!(key in value) && !required.has(key)) delete merged[key];
      Object.assign(merged, value);
    });
    return merged;
  };

  /** The branches something satisfies, or all of them when none is. */
  const satisfiableFirst = (branches: readonly JsonObject[], schemaOf: (branch: JsonObject) => JsonObject = (branch) => branch): JsonObject[] => {
    const open = branches.filter((branch) => satisfiable(schemaOf(branch)));
    return open.length > 0 ? open : [...branches];
  };

  /** A branch, its child's value and one of the tags mapped to it, merged with the parent's own part. */
  const discriminated = (schema: JsonObject, depth: number, forced: ReadonlySet<string>): Arb => {
    const tag = (schema.discriminator as JsonObject).propertyName as string;
    const ownSchemas = (schema.allOf ?? []) as JsonObject[];
    const own = ownSchemas.map((part) => valid(part, depth, forced));
    const childOf = (branch: JsonObject): JsonObject => (branch.allOf as JsonObject[])[0] as JsonObject;
    const branches = satisfiableFirst(schema.oneOf as JsonObject[], childOf).map((branch) => {
      const tags = ((branch.properties as JsonObject)[tag] as JsonObject).enum as string[];
      return fc.tuple(fc.tuple(...own), valid(childOf(branch), depth, forced), fc.constantFrom(...tags)).map(([ownValues, value, chosen]) => {
        const merged = mergeParts([...ownValues, value], [...ownSchemas, childOf(branch)]);
        return isObject(merged) ? { ...merged, [tag]: chosen } : merged;
      });
    });
    return fc.oneof(...branches);
  };

  const object = (schema: JsonObject, depth: number, forced: ReadonlySet<string>): Arb => {
    const properties = (schema.properties ?? {}) as Record<string, JsonObject>;
    const required = new Set([...((schema.required ?? []) as string[]), ...[...forced].filter((name) => name in properties)]);
    const shallow = depth <= options.optionalDepth;
    const members: Record<string, fc.Arbitrary<Json | typeof absent>> = {};
    for (const [name, property] of Object.entries(properties)) {
      if (required.has(name)) members[name] = valid(property, depth + 1);
      else if (shallow && satisfiable(property)) {
        // A oneOf of overlapping objects rarely matches exactly once: such members are mostly left out.
        const absentWeight = ambiguousUnion(property) ? 4 : 1;
        members[name] = fc.oneof({ weight: 1, arbitrary: valid(property, depth + 1) }, { weight: absentWeight, arbitrary: fc.constant(absent) });
      }
    }
    for (const name of required) if (!(name in members)) members[name] = anyJson(depth + 1);
    const declared = fc.record(members).map((record) => Object.fromEntries(Object.entries(record).filter(([, value]) => value !== absent)) as JsonObject);
    const additional = schema.additionalProperties;
    const extraKey = fc.string({ minLength: 1, maxLength: 6, unit: "grapheme-ascii" }).filter((key) => !(key in properties) && key !== "__proto__");
    let extras: fc.Arbitrary<JsonObject> = fc.constant({});
    if (isObject(additional)) {
      extras = fc.dictionary(extraKey, valid(additional, depth + 1), { maxKeys: shallow && satisfiable(additional) ? 2 : 0 }) as fc.Arbitrary<JsonObject>;
    } else if (additional !== false && shallow) {
      extras = fc.option(fc.dictionary(extraKey, anyJson(depth + 1), { maxKeys: 1 }), { nil: {}, freq: 4 }) as fc.Arbitrary<JsonObject>;
    }
    return fc.tuple(extras, declared).map(([extra, own]) => ({ ...extra, ...own }));
  };

  const array = (schema: JsonObject, depth: number): Arb => {
    const items = isObject(schema.items) ? valid(schema.items, depth + 1) : anyJson(depth + 1);
    const minLength = typeof schema.minItems === "number" ? schema.minItems : 0;
    const room = depth <= options.optionalDepth ? 3 : 0;
    const maxLength = Math.max(minLength, Math.min(typeof schema.maxItems === "number" ? schema.maxItems : Infinity, minLength + room));
    const list = fc.array(items, { minLength, maxLength });
    const unique = schema.uniqueItems === true ? list.map(withoutDuplicates) : list;
    // Items that must match exactly one overlapping branch rarely do: such lists are mostly empty.
    const hard = isObject(schema.items) && (ambiguousUnion(schema.items) || !satisfiable(schema.items));
    return hard && minLength === 0 ? fc.oneof({ weight: 3, arbitrary: fc.constant<Json>([]) }, { weight: 1, arbitrary: unique }) : unique;
  };

  return { valid: (schema, depth) => valid(schema, depth), resolve, typesOf, satisfiable, demandsExactMatch, options, patternFallbacks: patterns.fallbacks };
}

function anyJson(depth: number): Arb {
  return fc.jsonValue({ maxDepth: Math.max(0, 2 - depth) }) as Arb;
}

/** Objects merged member by member, left to right; otherwise the first value that is not an object. */
export function mergeAll(values: readonly Json[]): Json {
  if (values.length > 0 && values.every(isObject)) return Object.assign({}, ...values) as JsonObject;
  return values.find((value) => !isObject(value)) ?? null;
}

function withoutDuplicates(items: Json[]): Json[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = JSON.stringify(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
