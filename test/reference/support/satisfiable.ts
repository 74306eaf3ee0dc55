// Structural questions about a projected schema that decide what the valid-leaning arbitraries can
// aim for. The document has schemas nothing satisfies (e.g. `type: object` beside a oneOf of string
// enums), and oneOfs whose object branches all accept each other's values (only a value that breaks
// every other branch passes, which a generator does not find by chance). The arbitraries leave both
// out where they may (optional members, union branches, empty arrays), and the test expects an
// accepted sample from every guard that requires neither.
import type { Json, JsonObject } from "../../support/spec.ts";
import { isObject } from "./raw-document.ts";

export function createSatisfiability(resolve: (schema: JsonObject) => JsonObject, typesOf: (schema: JsonObject) => readonly string[]): (schema: JsonObject) => boolean {
  const memo = new Map<JsonObject, boolean>();
  const visiting = new Set<JsonObject>();

  const satisfiable = (schema: JsonObject): boolean => {
    const target = resolve(schema);
    const known = memo.get(target);
    if (known !== undefined) return known;
    if (visiting.has(target)) return true; // a cycle: assume it closes
    visiting.add(target);
    const result = check(target);
    visiting.delete(target);
    memo.set(target, result);
    return result;
  };

  const check = (schema: JsonObject): boolean => {
    const types = typesOf(schema);
    const admits = (value: Json): boolean => types.length === 0 || types.includes(jsonType(value)) || (jsonType(value) === "integer" && types.includes("number"));
    if (Array.isArray(schema.enum) && !schema.enum.some(admits)) return false;
    if (!((schema.allOf ?? []) as JsonObject[]).every(satisfiable)) return false;
    for (const keyword of ["oneOf", "anyOf"] as const) {
      const branches = schema[keyword] as JsonObject[] | undefined;
      if (branches && !branches.some((branch) => satisfiable(branch) && compatible(types, typesOf(resolve(branch)), resolve(branch)))) return false;
    }
    if (types.includes("null")) return true;
    if (types.length === 1 && types[0] === "object") {
      const properties = (schema.properties ?? {}) as Record<string, JsonObject>;
      for (const name of (schema.required ?? []) as string[]) if (properties[name] && !satisfiable(properties[name])) return false;
    }
    if (types.length === 1 && types[0] === "array" && typeof schema.minItems === "number" && schema.minItems > 0 && isObject(schema.items)) {
      return satisfiable(schema.items);
    }
    return true;
  };

  /** Whether a branch can hold a value of one of the parent's types (an enum-only branch by its values). */
  const compatible = (parent: readonly string[], branch: readonly string[], schema: JsonObject): boolean => {
    if (parent.length === 0) return true;
    const branchTypes = branch.length > 0 ? branch : Array.isArray(schema.enum) ? schema.enum.map(jsonType) : [];
    return branchTypes.length === 0 || branchTypes.some((type) => parent.includes(type) || (type === "integer" && parent.includes("number")));
  };

  return satisfiable;
}

function jsonType(value: Json): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

/** A oneOf (no discriminator) of more than one object branch: values of one branch usually match the others. */
export function isAmbiguousUnion(schema: JsonObject, resolve: (schema: JsonObject) => JsonObject, typesOf: (schema: JsonObject) => readonly string[]): boolean {
  const target = resolve(schema);
  const branches = (target.oneOf ?? []) as JsonObject[];
  return !isObject(target.discriminator) && branches.filter((branch) => typesOf(resolve(branch)).includes("object")).length > 1;
}

/** Whether every value of the schema has to contain an ambiguous union's exact match: at the top, in a required member, a non-empty array, an allOf part or every branch. */
export function createExactMatchDemand(resolve: (schema: JsonObject) => JsonObject, typesOf: (schema: JsonObject) => readonly string[]): (schema: JsonObject) => boolean {
  const memo = new Map<JsonObject, boolean>();
  const demands = (schema: JsonObject): boolean => {
    const target = resolve(schema);
    const known = memo.get(target);
    if (known !== undefined) return known;
    memo.set(target, false); // a cycle adds no demand
    const properties = (target.properties ?? {}) as Record<string, JsonObject>;
    const branches = [...((target.oneOf ?? []) as JsonObject[]), ...((target.anyOf ?? []) as JsonObject[])];
    const result =
      isAmbiguousUnion(target, resolve, typesOf) ||
      ((target.allOf ?? []) as JsonObject[]).some(demands) ||
      (branches.length > 0 && branches.every(demands)) ||
      ((target.required ?? []) as string[]).some((name) => properties[name] !== undefined && demands(properties[name])) ||
      (typeof target.minItems === "number" && target.minItems > 0 && isObject(target.items) && demands(target.items));
    memo.set(target, result);
    return result;
  };
  return demands;
}
