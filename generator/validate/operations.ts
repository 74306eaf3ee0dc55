// Checks the API documents around the schemas: OpenAPI version, operations and their ids, parameters
// against the path template, request bodies, responses and security requirements.
import { appendPointer } from "../load/pointer.ts";
import { derefChain, type Location } from "../load/refs.ts";
import type { SourceDocument } from "../load/source-document.ts";
import { isPlainObject, type ValidationContext } from "./context.ts";
import { mediaFormat, mediaVersion } from "./media-types.ts";
import type { SchemaVisitor } from "./schemas.ts";

export const httpMethods = ["get", "put", "post", "delete", "patch", "head", "options", "trace"] as const;
const pathItemKeys = new Set<string>([...httpMethods, "parameters", "summary", "description", "servers"]);
const parameterLocations = new Set(["path", "query", "header"]);

export function checkApiDocument(context: ValidationContext, document: SourceDocument, schemas: SchemaVisitor): void {
  const at = (...tokens: (string | number)[]): Location => ({ document, pointer: appendPointer("", ...tokens) });
  const root = document.root as Record<string, unknown>;

  const version = root.openapi;
  if (typeof version !== "string" || !/^3\.[01]\.\d+$/.test(version)) {
    const shown = typeof root.swagger === "string" ? `swagger ${root.swagger}` : `openapi ${JSON.stringify(version)}`;
    context.report(at(root.openapi === undefined ? "swagger" : "openapi"), "unsupported-openapi-version", `${shown} is not supported; use OpenAPI 3.0.x or 3.1.x`);
    return;
  }
  const info = root.info;
  if (!isPlainObject(info) || typeof info.title !== "string" || typeof info.version !== "string") {
    context.report(at("info"), "invalid-document", "info must have a title and a version");
  }

  const components = isPlainObject(root.components) ? root.components : {};
  if (isPlainObject(components.schemas)) {
    for (const [name, schema] of Object.entries(components.schemas)) {
      schemas.visit(at("components", "schemas", name), schema);
    }
  }
  const schemeNames = new Set(isPlainObject(components.securitySchemes) ? Object.keys(components.securitySchemes) : []);
  checkSecurity(context, at("security"), root.security, schemeNames);

  const operationIds = new Map<string, Location>();
  const paths = isPlainObject(root.paths) ? root.paths : {};
  for (const [path, pathItem] of Object.entries(paths)) {
    const pathAt = at("paths", path);
    if (!path.startsWith("/")) context.report(pathAt, "invalid-path", `path "${path}" must start with "/"`);
    if (!isPlainObject(pathItem)) {
      context.report(pathAt, "invalid-document", "a path item must be an object");
      continue;
    }
    for (const key of Object.keys(pathItem)) {
      if (!pathItemKeys.has(key) && !key.startsWith("x-")) {
        const message = key === "$ref" ? "path item $ref is not supported" : `unknown path item field "${key}"`;
        context.report(at("paths", path, key), key === "$ref" ? "unsupported-keyword" : "unknown-keyword", message);
      }
    }
    const shared = parameterList(context, document, ["paths", path, "parameters"], pathItem.parameters, schemas);
    for (const method of httpMethods) {
      const operation = pathItem[method];
      if (operation === undefined) continue;
      const opAt = at("paths", path, method);
      if (!isPlainObject(operation)) {
        context.report(opAt, "invalid-document", "an operation must be an object");
        continue;
      }
      const operationId = operation.operationId;
      if (typeof operationId !== "string" || operationId === "") {
        context.report(opAt, "operation-id-missing", `${method.toUpperCase()} ${path} has no operationId; every operation needs one to name its function`);
      } else {
        const first = operationIds.get(operationId);
        if (first) {
          const firstPosition = first.document.locate(first.pointer);
          const where = firstPosition ? `line ${firstPosition.line}` : `#${first.pointer}`;
          context.report(at("paths", path, method, "operationId"), "duplicate-operation-id", `operationId "${operationId}" is already used by the operation at ${where}`);
        } else {
          operationIds.set(operationId, at("paths", path, method, "operationId"));
        }
      }
      const own = parameterList(context, document, ["paths", path, method, "parameters"], operation.parameters, schemas);
      checkPathTemplate(context, opAt, path, mergeParameters(shared, own));
      checkRequestBody(context, document, ["paths", path, method, "requestBody"], operation.requestBody, schemas);
      checkResponses(context, document, ["paths", path, method, "responses"], operation.responses, schemas);
      if (operation.security !== undefined) checkSecurity(context, at("paths", path, method, "security"), operation.security, schemeNames);
    }
  }
}

interface DeclaredParameter {
  readonly name: string;
  readonly in: string;
  readonly required: boolean;
  readonly at: Location;
}

function parameterList(
  context: ValidationContext,
  document: SourceDocument,
  tokens: string[],
  list: unknown,
  schemas: SchemaVisitor,
): DeclaredParameter[] {
  if (list === undefined) return [];
  const listAt = { document, pointer: appendPointer("", ...tokens) };
  if (!Array.isArray(list)) {
    context.report(listAt, "invalid-document", "parameters must be a list");
    return [];
  }
  const declared: DeclaredParameter[] = [];
  list.forEach((entry, index) => {
    const entryAt = { document, pointer: appendPointer(listAt.pointer, index) };
    const resolved = resolveOrReport(context, entryAt, entry);
    if (!resolved) return;
    const parameter = resolved.node;
    if (!isPlainObject(parameter) || typeof parameter.name !== "string" || typeof parameter.in !== "string") {
      context.report(resolved, "invalid-parameter", "a parameter needs a name and an `in`");
      return;
    }
    if (!parameterLocations.has(parameter.in)) {
      const code = parameter.in === "cookie" ? "unsupported-parameter" : "invalid-parameter";
      // Point at the `in:` member: it is the one token to change, wherever it sits in the parameter.
      const inAt = { document: resolved.document, pointer: appendPointer(resolved.pointer, "in") };
      context.report(inAt, code, `parameter "${parameter.name}" is in "${parameter.in}"; supported locations are path, query and header`);
      return;
    }
    if (parameter.schema === undefined) {
      const why = parameter.content !== undefined ? "parameters described by `content` are not supported" : "the parameter has no schema";
      context.report(resolved, "unsupported-parameter", `parameter "${parameter.name}": ${why}`);
      return;
    }
    schemas.visit({ document: resolved.document, pointer: appendPointer(resolved.pointer, "schema") }, parameter.schema);
    const duplicate = declared.find((other) => other.name === parameter.name && other.in === parameter.in);
    if (duplicate) {
      context.report(resolved, "duplicate-parameter", `parameter "${parameter.name}" in ${parameter.in} is declared twice`);
      return;
    }
    declared.push({ name: parameter.name, in: parameter.in, required: parameter.required === true, at: resolved });
  });
  return declared;
}

/** Operation-level parameters replace path-level ones with the same name and location. */
export function mergeParameters<P extends { readonly name: string; readonly in: string }>(shared: readonly P[], own: readonly P[]): P[] {
  return [...shared.filter((p) => !own.some((o) => o.name === p.name && o.in === p.in)), ...own];
}

function checkPathTemplate(context: ValidationContext, opAt: Location, path: string, parameters: DeclaredParameter[]): void {
  const inTemplate = [...path.matchAll(/\{([^{}]+)\}/g)].map((match) => match[1] ?? "");
  const declared = parameters.filter((parameter) => parameter.in === "path");
  for (const name of inTemplate) {
    if (!declared.some((parameter) => parameter.name === name)) {
      context.report(opAt, "path-parameter-missing", `path "${path}" has {${name}} but the operation declares no path parameter "${name}"`);
    }
  }
  for (const parameter of declared) {
    if (!inTemplate.includes(parameter.name)) {
      context.report(parameter.at, "path-parameter-not-in-template", `path parameter "${parameter.name}" does not appear in the path "${path}"`);
    } else if (!parameter.required) {
      context.report(parameter.at, "path-parameter-not-required", `path parameter "${parameter.name}" must be marked required: true`);
    }
  }
}

function checkRequestBody(context: ValidationContext, document: SourceDocument, tokens: string[], body: unknown, schemas: SchemaVisitor): void {
  if (body === undefined) return;
  const resolved = resolveOrReport(context, { document, pointer: appendPointer("", ...tokens) }, body);
  if (!resolved) return;
  checkContent(context, resolved, (resolved.node as Record<string, unknown>).content, schemas, "request body");
}

function checkResponses(context: ValidationContext, document: SourceDocument, tokens: string[], responses: unknown, schemas: SchemaVisitor): void {
  const responsesAt = { document, pointer: appendPointer("", ...tokens) };
  if (!isPlainObject(responses) || Object.keys(responses).length === 0) {
    context.report(responsesAt, "invalid-document", "an operation needs at least one response");
    return;
  }
  for (const [status, response] of Object.entries(responses)) {
    const statusAt = { document, pointer: appendPointer(responsesAt.pointer, status) };
    if (status.startsWith("x-")) continue;
    if (status !== "default" && !/^[1-5](?:[0-9]{2}|XX)$/.test(status)) {
      context.report(statusAt, "invalid-status", `"${status}" is not an HTTP status code, a range like 4XX, or "default"`);
      continue;
    }
    const resolved = resolveOrReport(context, statusAt, response);
    if (!resolved) continue;
    const content = (resolved.node as Record<string, unknown>).content;
    if (content !== undefined) checkContent(context, resolved, content, schemas, `response ${status}`);
  }
}

function checkContent(context: ValidationContext, owner: Location, content: unknown, schemas: SchemaVisitor, what: string): void {
  const contentAt = { document: owner.document, pointer: appendPointer(owner.pointer, "content") };
  if (!isPlainObject(content)) {
    context.report(contentAt, "invalid-document", `${what} needs a content map`);
    return;
  }
  const seen = new Map<string, string>();
  for (const [mediaType, media] of Object.entries(content)) {
    const mediaAt = { document: owner.document, pointer: appendPointer(contentAt.pointer, mediaType) };
    const format = mediaFormat(mediaType);
    if (format === undefined || (format === "form" && what !== "request body")) {
      context.report(mediaAt, "unsupported-media-type", `${what} media type "${mediaType}" is not supported (JSON, text, binary${what === "request body" ? " and form" : ""} bodies are)`);
      continue;
    }
    // Several media types are fine when each is a different version or format: the caller picks one.
    const key = `${mediaVersion(mediaType, isPlainObject(media) ? media["x-xgen-version"] : undefined) ?? ""} ${format}`;
    const clash = seen.get(key);
    if (clash !== undefined) {
      context.report(mediaAt, "ambiguous-media-types", `${what} offers "${clash}" and "${mediaType}" for the same version and format; the client could not tell which to ask for`);
    }
    seen.set(key, mediaType);
    if (isPlainObject(media) && media.schema !== undefined) {
      schemas.visit({ document: owner.document, pointer: appendPointer(mediaAt.pointer, "schema") }, media.schema);
    }
  }
}

function checkSecurity(context: ValidationContext, at: Location, security: unknown, schemeNames: Set<string>): void {
  if (security === undefined) return;
  if (!Array.isArray(security)) {
    context.report(at, "invalid-document", "security must be a list of requirements");
    return;
  }
  security.forEach((requirement, index) => {
    if (!isPlainObject(requirement)) return;
    for (const name of Object.keys(requirement)) {
      if (!schemeNames.has(name)) {
        context.report({ document: at.document, pointer: appendPointer(at.pointer, index, name) }, "unknown-security-scheme", `security scheme "${name}" is not declared in components.securitySchemes`);
      }
    }
  });
}

function resolveOrReport(context: ValidationContext, at: Location, node: unknown): (Location & { node: unknown }) | undefined {
  const resolved = derefChain(context.specSet, at, node);
  if (!resolved) {
    const ref = isPlainObject(node) ? String(node.$ref) : "";
    context.report({ document: at.document, pointer: appendPointer(at.pointer, "$ref") }, "unresolved-ref", `$ref "${ref}" does not resolve`);
    return undefined;
  }
  if (!isPlainObject(resolved.node)) {
    context.report(resolved, "invalid-document", "expected an object here");
    return undefined;
  }
  return resolved;
}
