// The official document as plain parsed YAML, read without the generator's loader, so everything the
// oracle knows about it comes from the text itself. Only local `$ref`s occur in it.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { escapePointerToken, type Json, type JsonObject } from "../../support/spec.ts";

export interface RawDocument {
  readonly root: JsonObject;
  /** `components.schemas`, by name. */
  readonly schemas: ReadonlyMap<string, JsonObject>;
}

export function loadRawDocument(path: string): RawDocument {
  const root = parse(readFileSync(path, "utf8")) as JsonObject;
  const components = (root.components ?? {}) as JsonObject;
  const schemas = new Map(Object.entries((components.schemas ?? {}) as Record<string, JsonObject>));
  return { root, schemas };
}

export function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function schemaPointer(name: string): string {
  return `/components/schemas/${escapePointerToken(name)}`;
}

export function pointerOf(...tokens: readonly (string | number)[]): string {
  return tokens.map((token) => `/${escapePointerToken(String(token))}`).join("");
}

const componentSchemaRef = /^#\/components\/schemas\/([^/]+)$/;

/** The component a `$ref` names, e.g. `#/components/schemas/ApiError` -> `ApiError`. */
export function refName(node: JsonObject): string | undefined {
  if (typeof node.$ref !== "string") return undefined;
  const name = componentSchemaRef.exec(node.$ref)?.[1];
  if (name === undefined) throw new Error(`the oracle only follows refs to component schemas, not ${node.$ref}`);
  return decodeURIComponent(name).replaceAll("~1", "/").replaceAll("~0", "~");
}

export function componentSchema(document: RawDocument, name: string): JsonObject {
  const schema = document.schemas.get(name);
  if (schema === undefined) throw new Error(`no component schema ${name}`);
  return schema;
}

/** A parameter, response or request body: itself, or the component its `$ref` names, with its pointer. */
export function resolveComponent(document: RawDocument, node: JsonObject, pointer: string): Located {
  if (typeof node.$ref !== "string") return { node, pointer };
  const [, section, name] = /^#\/components\/([^/]+)\/([^/]+)$/.exec(node.$ref) ?? [];
  const target = section && name ? ((document.root.components as JsonObject)[section] as JsonObject | undefined)?.[name] : undefined;
  if (!isObject(target)) throw new Error(`unresolved ${node.$ref}`);
  return { node: target, pointer: node.$ref.slice(1) };
}

export const httpMethods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

export interface RawOperation {
  readonly path: string;
  readonly method: string;
  readonly pointer: string;
  readonly node: JsonObject;
  readonly pathItem: JsonObject;
}

export function operationsOf(document: RawDocument): RawOperation[] {
  const found: RawOperation[] = [];
  for (const [path, pathItem] of Object.entries((document.root.paths ?? {}) as Record<string, JsonObject>)) {
    for (const method of httpMethods) {
      const node = pathItem[method];
      if (isObject(node)) found.push({ path, method, pointer: pointerOf("paths", path, method), node, pathItem });
    }
  }
  return found;
}

export interface Located {
  readonly node: JsonObject;
  readonly pointer: string;
}

/** An operation's parameters (the path item's first), resolved. */
export function operationParameters(document: RawDocument, operation: RawOperation): Located[] {
  const at = (list: Json | undefined, pointer: string): Located[] =>
    Array.isArray(list) ? list.flatMap((parameter, index) => (isObject(parameter) ? [resolveComponent(document, parameter, `${pointer}/parameters/${index}`)] : [])) : [];
  return [...at(operation.pathItem.parameters, pointerOf("paths", operation.path)), ...at(operation.node.parameters, operation.pointer)];
}

/** An operation's request body and responses, resolved, each with the direction it travels in. */
export function operationBodies(document: RawDocument, operation: RawOperation): (Located & { readonly direction: "request" | "response" })[] {
  const bodies: (Located & { direction: "request" | "response" })[] = [];
  if (isObject(operation.node.requestBody)) {
    bodies.push({ direction: "request", ...resolveComponent(document, operation.node.requestBody, `${operation.pointer}/requestBody`) });
  }
  for (const [status, response] of Object.entries((operation.node.responses ?? {}) as Record<string, JsonObject>)) {
    if (!status.startsWith("x-")) bodies.push({ direction: "response", ...resolveComponent(document, response, `${operation.pointer}${pointerOf("responses", status)}`) });
  }
  return bodies;
}
