// What a handler sees of a request and gives back, and the checks every Atlas operation shares:
// media-type negotiation, path parameters and the standard query parameters.
import type { IncomingHttpHeaders } from "node:http";
import { AtlasHttpError, type AtlasErrorBody } from "./errors.ts";

export interface ApiRequest {
  readonly method: string;
  /** The request target exactly as sent (path and query, not normalized). */
  readonly target: string;
  /** Path segments, percent-decoded one by one (so `%2F` or `%2E%2E` never act as separators or dot-segments). */
  readonly segments: readonly string[];
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  /** Where this server is reached, e.g. `http://127.0.0.1:41234`. */
  readonly baseUrl: string;
}

export interface Reply {
  readonly status: number;
  readonly body: unknown;
  readonly contentType: string;
  readonly headers?: Record<string, string | string[]>;
  /** A single resource or error comes back as `{ status, content }` under `envelope=true`; a list keeps its fields and gains `status`. */
  readonly kind: "resource" | "list" | "error";
  /** False for answers the envelope must never hide (a 401 challenge). */
  readonly envelope?: boolean;
}

export const supportedVersions = ["2023-01-01"] as const;
export const v2MediaType = "application/vnd.atlas.2023-01-01+json";
const versionedType = /^application\/vnd\.atlas\.(\d{4}-\d{2}-\d{2})\+json$/;

export function errorReply(body: AtlasErrorBody, headers?: Record<string, string | string[]>): Reply {
  return { status: body.error, body, contentType: "application/json", kind: "error", ...(headers !== undefined ? { headers } : {}) };
}

function mediaTypes(header: string | undefined): string[] {
  return (header ?? "")
    .split(",")
    .map((part) => (part.split(";")[0] ?? "").trim().toLowerCase())
    .filter((type) => type !== "");
}

/** v2: the `Accept` header must ask for a versioned Atlas media type of a supported date. Returns the media type to answer with. */
export function negotiateV2(accept: string | undefined): string {
  const asked = mediaTypes(accept);
  const dates = asked.map((type) => versionedType.exec(type)?.[1]).filter((date): date is string => date !== undefined);
  const date = dates.find((candidate) => (supportedVersions as readonly string[]).includes(candidate));
  if (date !== undefined) return `application/vnd.atlas.${date}+json`;
  if (dates.length > 0) {
    throw new AtlasHttpError(
      406,
      "INVALID_VERSION_DATE",
      `The API version ${dates.join(", ")} is not available for this resource. Supported versions: ${supportedVersions.join(", ")}.`,
      { parameters: dates.map((version) => ({ version })) },
    );
  }
  throw new AtlasHttpError(
    406,
    "VERSION_REQUIRED",
    `This resource is versioned: send Accept: ${v2MediaType}.`,
    { parameters: [{ accept: accept ?? "" }] },
  );
}

/** v1.0: answers are `application/json`; an `Accept` header, if any, must admit it. */
export function negotiateV1(accept: string | undefined): string {
  const asked = mediaTypes(accept);
  if (asked.length === 0 || asked.some((type) => type === "*/*" || type === "application/*" || type === "application/json")) return "application/json";
  throw new AtlasHttpError(406, "NOT_ACCEPTABLE", `v1.0 answers with application/json only; the request accepts ${accept ?? ""}.`, { parameters: [{ accept: accept ?? "" }] });
}

/** The request body's media type must be `expected` (parameters such as charset allowed). */
export function requireContentType(contentType: string | undefined, expected: string): void {
  const [type] = mediaTypes(contentType);
  if (type !== expected) {
    throw new AtlasHttpError(415, "UNSUPPORTED_MEDIA_TYPE", `The request body must be sent as ${expected}; got ${contentType ?? "no Content-Type"}.`, {
      parameters: [{ contentType: contentType ?? "" }],
    });
  }
}

const hexId = /^([a-f0-9]{24})$/;
const clusterNamePattern = /^[a-zA-Z0-9][a-zA-Z0-9-]*$/;

export function checkGroupId(value: string, wireName: string): string {
  if (!hexId.test(value)) {
    throw new AtlasHttpError(400, "INVALID_GROUP_ID", `The specified group ID ${JSON.stringify(value)} is invalid.`, {
      parameters: [{ [wireName]: value }],
      fields: [{ field: wireName, description: "must be a 24-hex-digit identifier" }],
    });
  }
  return value;
}

export function checkClusterName(value: string, wireName: string, limitLength = true): string {
  const tooLong = limitLength && value.length > 64;
  if (!clusterNamePattern.test(value) || tooLong) {
    throw new AtlasHttpError(400, "INVALID_CLUSTER_NAME", `The cluster name ${JSON.stringify(value)} is invalid.`, {
      parameters: [{ [wireName]: value }],
      fields: [{ field: wireName, description: tooLong ? "must be at most 64 characters long" : `must match ${clusterNamePattern.source}` }],
    });
  }
  return value;
}

export function checkJobId(value: string, wireName: string): string {
  if (!hexId.test(value)) {
    throw new AtlasHttpError(400, "INVALID_RESTORE_JOB_ID", `The specified restore job ID ${JSON.stringify(value)} is invalid.`, {
      parameters: [{ [wireName]: value }],
      fields: [{ field: wireName, description: "must be a 24-hex-digit identifier" }],
    });
  }
  return value;
}

function invalidQuery(name: string, value: string, description: string): AtlasHttpError {
  return new AtlasHttpError(400, "INVALID_QUERY_PARAMETER", `Invalid ${name} value: ${JSON.stringify(value)}; it ${description}.`, {
    parameters: [{ [name]: value }],
    fields: [{ field: name, description }],
  });
}

export function booleanParam(query: URLSearchParams, name: string, fallback: boolean): boolean {
  const value = query.get(name);
  if (value === null) return fallback;
  if (value === "true") return true;
  if (value === "false") return false;
  throw invalidQuery(name, value, "must be true or false");
}

export function integerParam(query: URLSearchParams, name: string, fallback: number, min: number, max: number): number {
  const value = query.get(name);
  if (value === null) return fallback;
  const number = /^-?\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(number) || number < min || number > max) {
    throw invalidQuery(name, value, `must be an integer from ${min} to ${max}`);
  }
  return number;
}

/** `envelope` and `pretty` read leniently, before anything can fail, so even an early error is wrapped and indented as asked. */
export function presentation(query: URLSearchParams): { envelope: boolean; pretty: boolean } {
  return { envelope: query.get("envelope") === "true", pretty: query.get("pretty") === "true" };
}

/** The body as JSON, or a 400. */
export function jsonBody(body: string): unknown {
  if (body.trim() === "") throw new AtlasHttpError(400, "INVALID_JSON", "The request has no body; a JSON body is required.");
  try {
    return JSON.parse(body) as unknown;
  } catch (error) {
    throw new AtlasHttpError(400, "INVALID_JSON", `The request body is not valid JSON: ${(error as Error).message}`);
  }
}
