// Turns an operation descriptor and the caller's arguments into a URL and header parameters, checking
// every path parameter against its spec limits and pattern first, so that no value can change the
// path it is put into.
import { AtlasRequestError } from "./errors.js";
import type { OperationDescriptor, ParameterDescriptor } from "./operation.js";

/** The generated parameters object of an operation (an interface, so typed here as any object). */
export type ParameterValues = object;

/** Where one call goes and the header parameters it carries. */
export interface RequestTarget {
  readonly url: URL;
  readonly headers: Record<string, string>;
}

/** The URL and header parameters of a call, each argument checked before it is used. */
export function requestTarget(baseUrl: string, operation: OperationDescriptor, values: ParameterValues): RequestTarget {
  let path = operation.path;
  const query = new URLSearchParams();
  const headers: Record<string, string> = {};
  for (const parameter of operation.parameters) {
    const value = (values as Readonly<Record<string, unknown>>)[parameter.key];
    if (value === undefined || value === null) {
      if (parameter.required) refuse(operation, `missing required ${parameter.in} parameter "${parameter.key}"`);
    } else if (parameter.in === "path") {
      path = path.replace(`{${parameter.name}}`, encodePathSegment(checkPathValue(operation, parameter, value)));
    } else if (parameter.in === "query") {
      for (const item of Array.isArray(value) ? value : [value]) query.append(parameter.name, scalarText(operation, parameter, item));
    } else {
      headers[parameter.name] = scalarText(operation, parameter, value);
    }
  }
  const url = new URL(trimTrailingSlash(baseUrl) + path);
  const search = query.toString();
  if (search !== "") url.search = search;
  return { url, headers };
}

export function buildUrl(baseUrl: string, operation: OperationDescriptor, values: ParameterValues): URL {
  return requestTarget(baseUrl, operation, values).url;
}

function checkPathValue(operation: OperationDescriptor, parameter: ParameterDescriptor, value: unknown): string {
  const text = scalarText(operation, parameter, value);
  const problem =
    text === ""
      ? "must not be empty"
      : parameter.minLength !== undefined && codePoints(text) < parameter.minLength
        ? `must be at least ${parameter.minLength} characters long`
        : parameter.maxLength !== undefined && codePoints(text) > parameter.maxLength
          ? `must be at most ${parameter.maxLength} characters long`
          : parameter.pattern !== undefined && !parameter.pattern.test(text)
            ? `must match ${String(parameter.pattern)}`
            : undefined;
  if (problem !== undefined) refuse(operation, `path parameter "${parameter.key}" ${problem}; got ${JSON.stringify(text)}`);
  return text;
}

function scalarText(operation: OperationDescriptor, parameter: ParameterDescriptor, value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return refuse(operation, `${parameter.in} parameter "${parameter.key}" must be a string, number or boolean`);
}

/** Length in Unicode code points, as the spec's limits count it (the string iterator walks code points). */
function codePoints(text: string): number {
  return [...text].length;
}

/** Ends the call before anything is sent: an argument the operation cannot take. */
function refuse(operation: OperationDescriptor, problem: string): never {
  throw new AtlasRequestError(`${operation.operationId}: ${problem}`, operation.operationId);
}

/** Percent-encodes one path segment; `.` and `..` are encoded too, so they cannot act as dot-segments. */
export function encodePathSegment(text: string): string {
  if (text === "." || text === "..") return text.replaceAll(".", "%2E");
  return encodeURIComponent(text);
}

function trimTrailingSlash(url: string): string {
  return url.endsWith("/") ? url.slice(0, -1) : url;
}
