// The normalize stage: one validated API document (plus the files it references) -> one ApiModel.
import { appendPointer } from "../load/pointer.ts";
import { derefChain, type Location } from "../load/refs.ts";
import type { SpecSet } from "../load/spec-set.ts";
import type { SourceDocument } from "../load/source-document.ts";
import { httpMethods, mergeParameters } from "../validate/operations.ts";
import { mediaFormat, mediaVersion } from "../validate/media-types.ts";
import type { ApiModel, HttpMethod, MediaContent, NamedSchema, Operation, Parameter, RequestBody, Response, SecurityScheme } from "./model.ts";
import { createNormalizeContext, type NormalizeContext } from "./normalize-context.ts";
import { normalizeSchema } from "./normalize-schema.ts";
import { applyViews } from "./views.ts";

type Raw = Record<string, unknown>;

export function normalizeApi(specSet: SpecSet, entry: SourceDocument): ApiModel {
  const context = createNormalizeContext(specSet, entry);
  const root = entry.root as Raw;
  const info = root.info as Raw;
  const servers = Array.isArray(root.servers) ? (root.servers as Raw[]) : [];
  const serverUrl = typeof servers[0]?.url === "string" ? servers[0].url : "/";
  const basePath = serverBasePath(serverUrl);
  const globalSecurity = securityNames(root.security);

  const operations: Operation[] = [];
  for (const [path, item] of Object.entries((root.paths ?? {}) as Record<string, Raw>)) {
    for (const method of Object.keys(item).filter((key): key is HttpMethod => (httpMethods as readonly string[]).includes(key))) {
      const pointer = appendPointer("", "paths", path, method);
      operations.push(normalizeOperation(context, { document: entry, pointer }, item, method, path, basePath, globalSecurity));
    }
  }

  // Normalizing operations and schemas registers the named schemas of other files they reach, so the
  // list is read until it stops growing.
  const schemas: NamedSchema[] = [];
  for (let index = 0; index < context.named.length; index++) {
    const { name, location, role } = context.named[index] as (typeof context.named)[number];
    schemas.push({
      name,
      schema: normalizeSchema(context, location, location.node, role),
      origin: { file: location.document.displayPath, pointer: location.pointer },
    });
  }

  // Inline bodies get names too, so every request and response body has a type and a guard of its own.
  const hoisted = hoistInlineBodies(operations, new Set(schemas.map((named) => named.name)));
  schemas.push(...hoisted.schemas);

  const ordered = baseAfterParent(schemas, new Set(context.named.filter((entry) => entry.role === "base").map((entry) => entry.name)));

  return applyViews({
    title: String(info.title),
    version: String(info.version),
    ...(typeof info.description === "string" ? { description: info.description } : {}),
    openapi: String(root.openapi),
    serverUrl,
    securitySchemes: securitySchemes(root),
    schemas: ordered,
    operations: hoisted.operations,
    origin: { file: entry.displayPath, pointer: "" },
  });
}

/**
 * A parent's `Base` reads best right after the parent (a base is normalized from its parent's own
 * location, so the two share an origin); a base whose parent is not listed keeps its place.
 */
function baseAfterParent(schemas: readonly NamedSchema[], baseNames: ReadonlySet<string>): NamedSchema[] {
  const originKey = (named: NamedSchema): string => `${named.origin.file}#${named.origin.pointer}`;
  const parents = new Set(schemas.filter((named) => !baseNames.has(named.name)).map(originKey));
  const basesByOrigin = new Map<string, NamedSchema[]>();
  for (const named of schemas) {
    if (!baseNames.has(named.name) || !parents.has(originKey(named))) continue;
    const list = basesByOrigin.get(originKey(named)) ?? [];
    list.push(named);
    basesByOrigin.set(originKey(named), list);
  }
  const ordered: NamedSchema[] = [];
  for (const named of schemas) {
    const isBase = baseNames.has(named.name);
    if (isBase && parents.has(originKey(named))) continue;
    ordered.push(named);
    if (!isBase) ordered.push(...(basesByOrigin.get(originKey(named)) ?? []));
    basesByOrigin.delete(originKey(named));
  }
  return ordered;
}

function normalizeOperation(
  context: NormalizeContext,
  at: Location,
  pathItem: Raw,
  method: HttpMethod,
  path: string,
  basePath: string,
  globalSecurity: readonly string[],
): Operation {
  const raw = pathItem[method] as Raw;
  const origin = { file: at.document.displayPath, pointer: at.pointer };
  const pathLevel = parameters(context, { document: at.document, pointer: appendPointer("", "paths", path, "parameters") }, pathItem.parameters);
  const own = parameters(context, { document: at.document, pointer: appendPointer(at.pointer, "parameters") }, raw.parameters);
  const merged = mergeParameters(pathLevel, own);
  const requestBody = raw.requestBody === undefined ? undefined : body(context, { document: at.document, pointer: appendPointer(at.pointer, "requestBody") }, raw.requestBody);
  const responses = Object.entries((raw.responses ?? {}) as Raw)
    .filter(([status]) => !status.startsWith("x-"))
    .map(([status, response]) => responseOf(context, { document: at.document, pointer: appendPointer(at.pointer, "responses", status) }, status, response));
  return {
    operationId: String(raw.operationId),
    ...(typeof raw["x-xgen-operation-id-override"] === "string" && raw["x-xgen-operation-id-override"] !== "" ? { nameOverride: raw["x-xgen-operation-id-override"] } : {}),
    method,
    path,
    requestPath: basePath + path,
    ...(typeof raw.summary === "string" ? { summary: raw.summary } : {}),
    ...(typeof raw.description === "string" ? { description: raw.description } : {}),
    deprecated: raw.deprecated === true,
    ...(typeof raw["x-sunset"] === "string" ? { sunset: raw["x-sunset"] } : {}),
    roles: stringList(raw["x-required-roles"] ?? raw["x-rolesRequirements"]),
    tags: stringList(raw.tags),
    parameters: merged,
    ...(requestBody ? { requestBody } : {}),
    responses,
    security: raw.security === undefined ? globalSecurity : securityNames(raw.security),
    origin,
  };
}

function parameters(context: NormalizeContext, at: Location, list: unknown): Parameter[] {
  if (!Array.isArray(list)) return [];
  return list.map((entry, index) => {
    const resolved = derefChain(context.specSet, { document: at.document, pointer: appendPointer(at.pointer, index) }, entry);
    if (!resolved) throw new Error(`unvalidated parameter at ${at.document.displayPath}#${at.pointer}/${index}`);
    const raw = resolved.node as Raw;
    const schemaAt = { document: resolved.document, pointer: appendPointer(resolved.pointer, "schema") };
    return {
      name: String(raw.name),
      in: raw.in as Parameter["in"],
      required: raw.required === true,
      deprecated: raw.deprecated === true,
      ...(typeof raw.description === "string" ? { description: raw.description } : {}),
      schema: normalizeSchema(context, schemaAt, raw.schema),
      origin: { file: resolved.document.displayPath, pointer: resolved.pointer },
    };
  });
}

function body(context: NormalizeContext, at: Location, node: unknown): RequestBody {
  const resolved = derefChain(context.specSet, at, node);
  if (!resolved) throw new Error(`unvalidated request body at ${at.document.displayPath}#${at.pointer}`);
  const raw = resolved.node as Raw;
  const variants = contentVariants(context, resolved, raw.content);
  const content = defaultVariant(variants);
  if (!content) throw new Error(`request body without a supported media type at ${at.document.displayPath}#${at.pointer}`);
  return {
    required: raw.required === true,
    ...(typeof raw.description === "string" ? { description: raw.description } : {}),
    content,
    variants,
  };
}

function responseOf(context: NormalizeContext, at: Location, status: string, node: unknown): Response {
  const resolved = derefChain(context.specSet, at, node);
  if (!resolved) throw new Error(`unvalidated response at ${at.document.displayPath}#${at.pointer}`);
  const raw = resolved.node as Raw;
  const variants = contentVariants(context, resolved, raw.content);
  const content = defaultVariant(variants);
  return {
    status,
    ...(typeof raw.description === "string" ? { description: raw.description } : {}),
    ...(content ? { content } : {}),
    variants,
  };
}

/** Every supported media type of a content map, oldest version first (undated and `preview` last). */
function contentVariants(context: NormalizeContext, owner: Location, content: unknown): MediaContent[] {
  if (content === null || typeof content !== "object") return [];
  const variants: MediaContent[] = [];
  for (const [mediaType, entry] of Object.entries(content as Raw)) {
    const format = mediaFormat(mediaType);
    if (format === undefined) continue;
    const media = (entry ?? {}) as Raw;
    const version = mediaVersion(mediaType, media["x-xgen-version"]);
    const schemaAt = { document: owner.document, pointer: appendPointer(owner.pointer, "content", mediaType, "schema") };
    variants.push({
      mediaType,
      format,
      ...(version !== undefined ? { version } : {}),
      ...(typeof media["x-sunset"] === "string" ? { sunset: media["x-sunset"] } : {}),
      ...(media.schema !== undefined ? { schema: normalizeSchema(context, schemaAt, media.schema) } : {}),
    });
  }
  return variants.sort((a, b) => versionOrder(a.version, b.version) || formatOrder(a.format) - formatOrder(b.format));
}

const dated = /^\d{4}-\d{2}-\d{2}$/;

function versionOrder(a: string | undefined, b: string | undefined): number {
  const rank = (version: string | undefined): string => (version !== undefined && dated.test(version) ? `0${version}` : `1${version ?? ""}`);
  return rank(a) < rank(b) ? -1 : rank(a) > rank(b) ? 1 : 0;
}

function formatOrder(format: MediaContent["format"]): number {
  return ["json", "form", "text", "bytes"].indexOf(format);
}

/** The default: the newest dated version, JSON if it offers JSON; else the first variant. */
export function defaultVariant(variants: readonly MediaContent[]): MediaContent | undefined {
  const datedVariants = variants.filter((variant) => variant.version !== undefined && dated.test(variant.version));
  const newest = datedVariants.at(-1)?.version;
  const candidates = newest !== undefined ? variants.filter((variant) => variant.version === newest) : variants;
  return candidates.find((variant) => variant.format === "json") ?? candidates[0];
}

/**
 * Gives each inline JSON body schema a name (`CreateUserRequestBody`, `GetUserResponse`,
 * `GetUserResponse404`) and points the operation at it. Trivial schemas (any value) stay inline.
 */
function hoistInlineBodies(operations: readonly Operation[], taken: Set<string>): { operations: Operation[]; schemas: NamedSchema[] } {
  const schemas: NamedSchema[] = [];
  const hoist = (content: MediaContent, wanted: string): MediaContent => {
    const schema = content.schema;
    if (!schema || content.format !== "json" || schema.kind === "ref" || schema.kind === "unknown") return content;
    let name = wanted;
    for (let counter = 2; taken.has(name); counter++) name = `${wanted}${counter}`;
    taken.add(name);
    schemas.push({ name, schema, origin: schema.origin });
    return { ...content, schema: { kind: "ref", name, docs: {}, origin: schema.origin } };
  };
  const hoistAll = (variants: readonly MediaContent[], wanted: string, reference: MediaContent | undefined) => {
    const renamed = variants.map((variant) => hoist(variant, variants.length > 1 && variant.version !== undefined ? `${wanted}${pascalVersion(variant.version)}` : wanted));
    const index = reference ? variants.indexOf(reference) : -1;
    return { variants: renamed, content: index === -1 ? reference : renamed[index] };
  };
  const result = operations.map((operation) => {
    const base = pascal(operation.operationId);
    const body = operation.requestBody ? hoistAll(operation.requestBody.variants, `${base}RequestBody`, operation.requestBody.content) : undefined;
    const responses = operation.responses.map((response) => {
      const suffix = /^2/.test(response.status) ? "" : response.status === "default" ? "Default" : response.status;
      const hoisted = hoistAll(response.variants, `${base}Response${suffix}`, response.content);
      return { ...response, variants: hoisted.variants, ...(hoisted.content ? { content: hoisted.content } : {}) };
    });
    return {
      ...operation,
      ...(operation.requestBody && body?.content ? { requestBody: { ...operation.requestBody, content: body.content, variants: body.variants } } : {}),
      responses,
    };
  });
  return { operations: result, schemas };
}

function pascal(name: string): string {
  return name.replace(/(^|[^A-Za-z0-9]+)([A-Za-z0-9])/g, (_, __, letter: string) => letter.toUpperCase());
}

function pascalVersion(version: string): string {
  return `V${version.replace(/[^A-Za-z0-9]/g, "")}`;
}

function serverBasePath(url: string): string {
  const path = /^[a-z][a-z0-9+.-]*:\/\/[^/]*(\/.*)?$/i.exec(url)?.[1] ?? (url.startsWith("/") ? url : "");
  return path.replace(/\/+$/, "");
}

function securityNames(security: unknown): string[] {
  if (!Array.isArray(security)) return [];
  const names = security.flatMap((requirement) => (requirement && typeof requirement === "object" ? Object.keys(requirement) : []));
  return [...new Set(names)];
}

function securitySchemes(root: Raw): SecurityScheme[] {
  const schemes = ((root.components as Raw | undefined)?.securitySchemes ?? {}) as Record<string, Raw>;
  return Object.entries(schemes).map(([name, raw]) => {
    const flows = raw.flows as Record<string, Raw> | undefined;
    const tokenUrl = flows?.clientCredentials?.tokenUrl;
    return {
      name,
      type: String(raw.type),
      ...(typeof raw.scheme === "string" ? { scheme: raw.scheme } : {}),
      ...(typeof raw.description === "string" ? { description: raw.description } : {}),
      ...(typeof tokenUrl === "string" ? { tokenUrl } : {}),
    };
  });
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}
