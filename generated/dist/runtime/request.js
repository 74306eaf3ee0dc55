import { AtlasRequestError } from "./errors.js";
import { stringLength } from "./validation.js";
function valueOf(values, key) {
  return values[key];
}
export function buildUrl(baseUrl, operation, values) {
  let path = operation.path;
  const query = new URLSearchParams();
  for (const parameter of operation.parameters) {
    const value = valueOf(values, parameter.key);
    if (value === void 0 || value === null) {
      if (parameter.required) {
        throw new AtlasRequestError(`${operation.operationId}: missing required ${parameter.in} parameter "${parameter.key}"`, operation.operationId);
      }
      continue;
    }
    if (parameter.in === "path") {
      path = path.replace(`{${parameter.name}}`, encodePathSegment(checkPathValue(operation, parameter, value)));
    } else if (parameter.in === "query") {
      for (const item of Array.isArray(value) ? value : [value]) query.append(parameter.name, scalarText(operation, parameter, item));
    }
  }
  const url = new URL(trimTrailingSlash(baseUrl) + path);
  const search = query.toString();
  if (search !== "") url.search = search;
  return url;
}
export function parameterHeaders(operation, values) {
  const headers = {};
  for (const parameter of operation.parameters) {
    const value = valueOf(values, parameter.key);
    if (parameter.in === "header" && value !== void 0 && value !== null) {
      headers[parameter.name] = scalarText(operation, parameter, value);
    }
  }
  return headers;
}
function checkPathValue(operation, parameter, value) {
  const text = scalarText(operation, parameter, value);
  const problem = text === "" ? "must not be empty" : parameter.minLength !== void 0 && stringLength(text) < parameter.minLength ? `must be at least ${parameter.minLength} characters long` : parameter.maxLength !== void 0 && stringLength(text) > parameter.maxLength ? `must be at most ${parameter.maxLength} characters long` : parameter.pattern !== void 0 && !parameter.pattern.test(text) ? `must match ${String(parameter.pattern)}` : void 0;
  if (problem !== void 0) {
    throw new AtlasRequestError(
      `${operation.operationId}: path parameter "${parameter.key}" ${problem}; got ${JSON.stringify(text)}`,
      operation.operationId
    );
  }
  return text;
}
function scalarText(operation, parameter, value) {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  throw new AtlasRequestError(
    `${operation.operationId}: ${parameter.in} parameter "${parameter.key}" must be a string, number or boolean`,
    operation.operationId
  );
}
export function encodePathSegment(text) {
  if (text === "." || text === "..") return text.replaceAll(".", "%2E");
  return encodeURIComponent(text);
}
function trimTrailingSlash(url) {
  return url.endsWith("/") ? url.slice(0, -1) : url;
}
