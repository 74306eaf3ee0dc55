// Checks every schema reachable from the API documents: refs resolve, keywords are ones we implement,
// values are well-formed, and discriminators name a property that every variant declares and requires.
import { appendPointer } from "../load/pointer.ts";
import { isRefObject, locationKey, resolveRef, type Location } from "../load/refs.ts";
import {
  annotationFormats,
  annotationKeywords,
  checkedFormats,
  schemaListKeywords,
  schemaTypes,
  supportedKeywords,
  unsupportedKeywords,
} from "../load/schema-keywords.ts";
import { regExpFlags } from "../load/patterns.ts";
import { isPlainObject, type ValidationContext } from "./context.ts";
import { checkDiscriminator } from "./discriminators.ts";

/** Whether a schema location is an entry of an `allOf` list. */
export function isAllOfEntry(pointer: string): boolean {
  return /\/allOf\/\d+$/.test(pointer);
}

export interface SchemaVisitor {
  /** Validates the schema at `location` (and everything it reaches), once per location. */
  visit(location: Location, node: unknown): void;
  /** Reports schemas that contain themselves through `$ref`/`allOf`/`oneOf`/`anyOf` alone. */
  reportCompositionCycles(): void;
}

interface CompositionEdge {
  readonly to: string;
  readonly at: Location;
}

export function createSchemaVisitor(context: ValidationContext): SchemaVisitor {
  const visited = new Map<string, Location>();
  // Recursion through properties or items is fine (a tree type); recursion through composition alone
  // describes an infinite type. These edges are checked for cycles once every schema has been seen.
  const compositionEdges = new Map<string, CompositionEdge[]>();
  const addEdge = (from: Location, to: Location, at: Location): void => {
    const key = locationKey(from);
    compositionEdges.set(key, [...(compositionEdges.get(key) ?? []), { to: locationKey(to), at }]);
  };

  const visit = (location: Location, node: unknown): void => {
    const key = locationKey(location);
    if (visited.has(key)) return;
    visited.set(key, location);
    checkSchema(location, node);
  };

  const child = (location: Location, node: unknown, ...tokens: (string | number)[]): void => {
    visit({ document: location.document, pointer: appendPointer(location.pointer, ...tokens) }, node);
  };

  const checkSchema = (location: Location, node: unknown): void => {
    if (typeof node === "boolean") return;
    if (!isPlainObject(node)) {
      context.report(location, "invalid-schema", "a schema must be an object or a boolean");
      return;
    }
    if (isRefObject(node)) {
      checkRefSiblings(location, node);
      checkRef(location, node.$ref);
      return;
    }
    for (const [keyword, value] of Object.entries(node)) {
      const at = { document: location.document, pointer: appendPointer(location.pointer, keyword) };
      if (keyword.startsWith("x-")) continue;
      if (unsupportedKeywords.has(keyword)) {
        context.report(at, "unsupported-keyword", `schema keyword "${keyword}" is not supported by this generator`);
        continue;
      }
      if (!supportedKeywords.has(keyword) && !annotationKeywords.has(keyword)) {
        context.report(at, "unknown-keyword", `unknown schema keyword "${keyword}"`);
        continue;
      }
      checkKeywordValue(at, keyword, value, node);
    }
    if (isPlainObject(node.properties)) {
      for (const [name, property] of Object.entries(node.properties)) child(location, property, "properties", name);
    }
    if (node.items !== undefined) {
      if (Array.isArray(node.items)) {
        context.report(
          { document: location.document, pointer: appendPointer(location.pointer, "items") },
          "unsupported-keyword",
          "tuple-style `items` (a list of schemas) is not supported",
        );
      } else {
        child(location, node.items, "items");
      }
    }
    if (node.additionalProperties !== undefined && typeof node.additionalProperties !== "boolean") {
      child(location, node.additionalProperties, "additionalProperties");
    }
    for (const keyword of schemaListKeywords) {
      const list = node[keyword];
      if (list === undefined) continue;
      if (!Array.isArray(list) || list.length === 0) {
        context.report(
          { document: location.document, pointer: appendPointer(location.pointer, keyword) },
          "invalid-schema",
          `"${keyword}" must be a non-empty list of schemas`,
        );
        continue;
      }
      list.forEach((entry, index) => {
        const entryLocation = { document: location.document, pointer: appendPointer(location.pointer, keyword, index) };
        addEdge(location, entryLocation, entryLocation);
        visit(entryLocation, entry);
      });
    }
    if (node.discriminator !== undefined) checkDiscriminator(context, location, node);
  };

  const checkRef = (location: Location, ref: string): void => {
    const refLocation = { document: location.document, pointer: appendPointer(location.pointer, "$ref") };
    const target = resolveRef(context.specSet, location.document, ref);
    if (!target) {
      context.report(refLocation, "unresolved-ref", `$ref "${ref}" does not resolve`);
      return;
    }
    // `allOf: [$ref Parent]` where Parent carries a discriminator is inheritance: the child takes the
    // parent's own fields, not its union of children, so it is not a cycle through composition.
    if (!(isAllOfEntry(location.pointer) && isPlainObject(target.node) && target.node.discriminator !== undefined)) {
      addEdge(location, target, refLocation);
    }
    visit(target, target.node);
  };

  /**
   * OpenAPI 3.1 applies keywords written beside a `$ref`; 3.0 ignores them. Either way a constraint
   * there would be lost, so it is refused (3.1) or flagged (3.0) instead of dropped without a word.
   */
  const checkRefSiblings = (location: Location, node: Record<string, unknown>): void => {
    const constraints = Object.keys(node).filter((key) => key !== "$ref" && !key.startsWith("x-") && !annotationKeywords.has(key));
    if (constraints.length === 0) return;
    const version = String((location.document.root as { openapi?: unknown }).openapi ?? "");
    const at = { document: location.document, pointer: appendPointer(location.pointer, constraints[0] as string) };
    const listed = constraints.map((key) => `"${key}"`).join(", ");
    if (version.startsWith("3.0")) {
      context.warn(at, "ignored-ref-sibling", `${listed} beside $ref is ignored in OpenAPI 3.0; wrap the $ref in allOf to apply it`);
    } else {
      context.report(at, "unsupported-ref-sibling", `${listed} beside $ref is not supported; write { allOf: [{ $ref }], ${constraints[0]}: ... } instead`);
    }
  };

  const reportCompositionCycles = (): void => {
    const state = new Map<string, "active" | "done">();
    const path: string[] = [];
    const walk = (key: string): void => {
      state.set(key, "active");
      path.push(key);
      for (const edge of compositionEdges.get(key) ?? []) {
        const seen = state.get(edge.to);
        if (seen === "active") {
          const cycle = [...path.slice(path.indexOf(edge.to)), edge.to].map((step) => describe(step, edge.at)).join(" -> ");
          context.report(edge.at, "circular-ref", `schema contains itself through $ref/allOf/oneOf/anyOf alone: ${cycle}`);
        } else if (seen === undefined) {
          walk(edge.to);
        }
      }
      path.pop();
      state.set(key, "done");
    };
    for (const key of [...compositionEdges.keys()].sort()) if (!state.has(key)) walk(key);
  };

  // The diagnostic already names its file; repeating it before every step would bury the cycle, so
  // only steps in another file carry a file name.
  const describe = (key: string, reportedAt: Location): string => {
    const location = visited.get(key);
    if (!location) return key;
    const file = location.document === reportedAt.document ? "" : location.document.displayPath;
    return `${file}#${location.pointer}`;
  };

  const checkKeywordValue = (at: Location, keyword: string, value: unknown, node: Record<string, unknown>): void => {
    switch (keyword) {
      case "type": {
        const types = Array.isArray(value) ? value : [value];
        for (const type of types) {
          if (typeof type !== "string" || !schemaTypes.has(type)) {
            context.report(at, "unknown-type", `unknown type ${JSON.stringify(type)}; expected one of ${[...schemaTypes].join(", ")}`);
          }
        }
        return;
      }
      case "required":
        if (!Array.isArray(value) || value.some((name) => typeof name !== "string")) {
          context.report(at, "invalid-schema", '"required" must be a list of property names');
        }
        return;
      case "enum":
        if (!Array.isArray(value) || value.length === 0) {
          context.report(at, "invalid-schema", '"enum" must be a non-empty list');
        } else if (value.some((item) => item !== null && typeof item === "object")) {
          context.report(at, "unsupported-keyword", '"enum" values must be strings, numbers, booleans or null');
        }
        return;
      case "const":
        if (value !== null && typeof value === "object") {
          context.report(at, "unsupported-keyword", '"const" must be a string, number, boolean or null');
        }
        return;
      case "pattern":
        if (typeof value !== "string") {
          context.report(at, "invalid-schema", '"pattern" must be a string');
          return;
        }
        if (regExpFlags(value) === undefined) {
          context.report(at, "invalid-pattern", `pattern ${JSON.stringify(value)} is not a valid regular expression, with or without the u flag`);
        }
        return;
      case "uniqueItems":
        if (typeof value !== "boolean") context.report(at, "invalid-schema", '"uniqueItems" must be true or false');
        return;
      case "format":
        if (typeof value !== "string" || (!checkedFormats.has(value) && !annotationFormats.has(value))) {
          context.report(at, "unsupported-format", `format ${JSON.stringify(value)} is not supported`);
        }
        return;
      case "minLength":
      case "maxLength":
      case "minItems":
      case "maxItems":
      case "minProperties":
      case "maxProperties":
        if (!Number.isInteger(value) || (value as number) < 0) {
          context.report(at, "invalid-schema", `"${keyword}" must be a non-negative integer`);
        }
        return;
      case "minimum":
      case "maximum":
      case "multipleOf":
        if (typeof value !== "number" || (keyword === "multipleOf" && value <= 0)) {
          context.report(at, "invalid-schema", `"${keyword}" must be a ${keyword === "multipleOf" ? "positive " : ""}number`);
        }
        return;
      case "exclusiveMinimum":
      case "exclusiveMaximum":
        if (typeof value === "boolean") {
          const bound = keyword === "exclusiveMinimum" ? "minimum" : "maximum";
          if (typeof node[bound] !== "number") {
            context.report(at, "invalid-schema", `"${keyword}: ${value}" needs a numeric "${bound}" beside it`);
          }
        } else if (typeof value !== "number") {
          context.report(at, "invalid-schema", `"${keyword}" must be a number (or, in OpenAPI 3.0, a boolean)`);
        }
        return;
      case "nullable":
        if (typeof value !== "boolean") context.report(at, "invalid-schema", '"nullable" must be true or false');
        return;
      case "properties":
        if (!isPlainObject(value)) context.report(at, "invalid-schema", '"properties" must map names to schemas');
        return;
      case "additionalProperties":
        if (typeof value !== "boolean" && !isPlainObject(value)) {
          context.report(at, "invalid-schema", '"additionalProperties" must be a boolean or a schema');
        }
        return;
      default:
        return;
    }
  };

  return { visit, reportCompositionCycles };
}
