// Checks spec/ against the hand-typed list of everything the documentation pages name: operations,
// parameters with their defaults and limits, request and response fields down to nested paths, enum
// values, formats, status codes and error bodies.
import { describe, expect, it } from "vitest";
import { SpecSchemas, type Json, type JsonObject } from "../support/spec.ts";
import { documentedOperations } from "./documented-items.ts";

const spec = new SpecSchemas();

function isObject(node: Json | undefined): node is JsonObject {
  return node !== null && node !== undefined && typeof node === "object" && !Array.isArray(node);
}

interface Located {
  file: string;
  node: Json;
}

/** Follows $ref chains (local or into another file) to the node they name. */
function deref(located: Located): Located {
  let current = located;
  for (let hops = 0; isObject(current.node) && typeof current.node.$ref === "string"; hops++) {
    if (hops > 20) throw new Error(`$ref chain too long at ${current.file}`);
    const target = spec.resolveRef(current.file, current.node.$ref);
    current = { file: target.file, node: target.node };
  }
  return current;
}

/** Every dotted property path a schema declares, through composition and arrays. */
function fieldPaths(root: Located): Map<string, Located[]> {
  const paths = new Map<string, Located[]>();
  const visit = (located: Located, prefix: string, depth: number): void => {
    if (depth > 30) throw new Error(`schema nests too deep at ${prefix}`);
    const { file, node } = deref(located);
    if (!isObject(node)) return;
    for (const keyword of ["allOf", "oneOf", "anyOf"]) {
      for (const branch of (node[keyword] as Json[] | undefined) ?? []) visit({ file, node: branch }, prefix, depth + 1);
    }
    if (node.items !== undefined) visit({ file, node: node.items }, prefix, depth + 1);
    if (isObject(node.properties)) {
      for (const [name, schema] of Object.entries(node.properties)) {
        if (schema === false) continue; // a forbidden property is not a declared one
        const path = prefix + name;
        const entry = deref({ file, node: schema });
        paths.set(path, [...(paths.get(path) ?? []), entry]);
        visit(entry, `${path}.`, depth + 1);
      }
    }
  };
  visit(root, "", 0);
  return paths;
}

/** Enum and const values reachable at one schema, through composition. */
function enumValues(located: Located): Set<Json> {
  const values = new Set<Json>();
  const { file, node } = deref(located);
  if (!isObject(node)) return values;
  for (const value of (node.enum as Json[] | undefined) ?? []) values.add(value);
  if (node.const !== undefined) values.add(node.const);
  for (const keyword of ["allOf", "oneOf", "anyOf"]) {
    for (const branch of (node[keyword] as Json[] | undefined) ?? []) {
      for (const value of enumValues({ file, node: branch })) values.add(value);
    }
  }
  return values;
}

/** A schema node together with its composed branches, flattened so facts can be looked up. */
function matchesFacts(located: Located, facts: Record<string, unknown>): boolean {
  const { file, node } = deref(located);
  if (!isObject(node)) return false;
  const own = Object.entries(facts).every(([key, value]) => JSON.stringify(node[key]) === JSON.stringify(value));
  if (own) return true;
  return ["allOf", "oneOf", "anyOf"].some((keyword) =>
    ((node[keyword] as Json[] | undefined) ?? []).some((branch) => matchesFacts({ file, node: branch }, facts)),
  );
}

describe.each(documentedOperations)("$page", (documented) => {
  const document = spec.documents.get(documented.file);
  const pathItem = (document?.paths as JsonObject | undefined)?.[documented.path] as JsonObject | undefined;
  const operation = pathItem?.[documented.method] as JsonObject | undefined;

  it(`has ${documented.method.toUpperCase()} ${documented.path} as ${documented.operationId}`, () => {
    expect(operation, `missing operation in ${documented.file}`).toBeDefined();
    expect(operation?.operationId).toBe(documented.operationId);
    expect(operation?.deprecated === true).toBe(documented.deprecated);
  });

  it("declares every documented parameter with its facts", () => {
    const declared = [...((pathItem?.parameters as Json[]) ?? []), ...((operation?.parameters as Json[]) ?? [])]
      .map((parameter) => deref({ file: documented.file, node: parameter }))
      .filter((p): p is Located & { node: JsonObject } => isObject(p.node));
    for (const parameter of documented.parameters) {
      const found = declared.find((p) => p.node.name === parameter.name && p.node.in === parameter.in);
      expect(found, `parameter ${parameter.in} ${parameter.name}`).toBeDefined();
      if (parameter.in === "path") expect(found?.node.required).toBe(true);
      if (parameter.schema && found) {
        expect(matchesFacts({ file: found.file, node: found.node.schema ?? null }, parameter.schema), `${parameter.name} facts`).toBe(true);
      }
    }
  });

  const responses = (operation?.responses ?? {}) as JsonObject;
  const requestBody = deref({ file: documented.file, node: operation?.requestBody ?? null });
  const requestMedia = isObject(requestBody.node)
    ? ((requestBody.node.content as JsonObject)[documented.requestMediaType ?? ""] as JsonObject | undefined)
    : undefined;
  const requestFields: Map<string, Located[]> = requestMedia
    ? fieldPaths({ file: requestBody.file, node: requestMedia.schema ?? null })
    : new Map();
  const success = deref({ file: documented.file, node: responses[documented.successStatus] ?? null });
  const successMedia = isObject(success.node)
    ? ((success.node.content as JsonObject)[documented.successMediaType] as JsonObject | undefined)
    : undefined;
  const responseFields: Map<string, Located[]> = successMedia
    ? fieldPaths({ file: success.file, node: successMedia.schema ?? null })
    : new Map();

  it("takes the documented request body, if any, with every documented field", () => {
    if (!documented.requestMediaType) {
      expect(operation?.requestBody).toBeUndefined();
      return;
    }
    expect(isObject(requestBody.node) && requestBody.node.required).toBe(true);
    expect(requestMedia, `request media type ${documented.requestMediaType}`).toBeDefined();
    for (const field of documented.requestFields ?? []) expect(requestFields.has(field), `request field ${field}`).toBe(true);
  });

  it(`answers ${documented.successStatus} ${documented.successMediaType} with every documented field`, () => {
    expect(successMedia, "success media type").toBeDefined();
    for (const field of documented.responseFields) expect(responseFields.has(field), `response field ${field}`).toBe(true);
  });

  it("carries every documented enum value, format and limit", () => {
    for (const [key, expected] of Object.entries(documented.enums)) {
      const [fields, path] = key.startsWith("request:") ? [requestFields, key.slice(8)] : [responseFields, key];
      const values = new Set((fields.get(path) ?? []).flatMap((located) => [...enumValues(located)]));
      for (const value of expected) expect(values.has(value), `${key} value ${value}`).toBe(true);
    }
    for (const [key, facts] of Object.entries(documented.facts ?? {})) {
      const [fields, path] = key.startsWith("request:") ? [requestFields, key.slice(8)] : [responseFields, key];
      const nodes = fields.get(path) ?? [];
      expect(nodes.length, `field ${key}`).toBeGreaterThan(0);
      expect(nodes.some((located) => matchesFacts(located, facts)), `${key} facts ${JSON.stringify(facts)}`).toBe(true);
    }
  });

  it("declares every documented error status with the error body (or a default error body)", () => {
    if (documented.errorStatuses.length === 0) {
      // The v1.0 pages document no error statuses; Atlas still answers failures with its error body.
      const fallback = deref({ file: documented.file, node: responses.default ?? null });
      expect(isObject(fallback.node), "default response").toBe(true);
      return;
    }
    for (const status of documented.errorStatuses) {
      const response = deref({ file: documented.file, node: responses[status] ?? null });
      expect(isObject(response.node), `status ${status}`).toBe(true);
      const media = ((response.node as JsonObject).content as JsonObject)["application/json"] as JsonObject;
      const fields = fieldPaths({ file: response.file, node: media.schema ?? null });
      for (const field of documented.errorFields) expect(fields.has(field), `status ${status} field ${field}`).toBe(true);
    }
  });
});
