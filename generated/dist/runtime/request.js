import { AtlasRequestError } from "./errors.js";
export function requestTarget(baseUrl, operation, values) {
  let path = operation.path;
  const query = new URLSearchParams();
  const headers = {};
  for (const parameter of operation.parameters) {
    const value = values[parameter.key];
    if (value === void 0 || value === null) {
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
export function buildUrl(baseUrl, operation, values) {
  return requestTarget(baseUrl, operation, values).url;
}
function checkPathValue(operation, parameter, value) {
  const text = scalarText(operation, parameter, value);
  const problem = text === "" ? "must not be empty" : parameter.minLength !== void 0 && codePoints(text) < parameter.minLength ? `must be at least ${parameter.minLength} characters long` : parameter.maxLength !== void 0 && codePoints(text) > parameter.maxLength ? `must be at most ${parameter.maxLength} characters long` : parameter.pattern !== void 0 && !parameter.pattern.test(text) ? `must match ${String(parameter.pattern)}` : void 0;
  if (problem !== void 0) refuse(operation, `path parameter "${parameter.key}" ${problem}; got ${JSON.stringify(text)}`);
  return text;
}
function scalarText(operation, parameter, value) {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return refuse(operation, `${parameter.in} parameter "${parameter.key}" must be a string, number or boolean`);
}
function codePoints(text) {
  return [...text].length;
}
function refuse(operation, problem) {
  throw new AtlasRequestError(`${operation.operationId}: ${problem}`, operation.operationId);
}
export function encodePathSegment(text) {
  if (text === "." || text === "..") return text.replaceAll(".", "%2E");
  return encodeURIComponent(text);
}
function trimTrailingSlash(url) {
  return url.endsWith("/") ? url.slice(0, -1) : url;
}
