import { AtlasResponseValidationError } from "./errors.js";
import { collectProblems } from "./validation.js";
export function operationKey(operation, mediaType) {
  return `${operation.method} ${operation.path} ${mediaType}`;
}
export function responseValidation(validators, options) {
  if (Object.keys(validators).length === 0) {
    throw new TypeError("responseValidation: no validators; pass { ...v1.responseValidators, ...v2.responseValidators }");
  }
  if (options.mode !== "warn" && options.mode !== "strict") {
    throw new TypeError(`responseValidation: mode must be "warn" or "strict"; got ${JSON.stringify(options.mode)}`);
  }
  const warn = options.onWarning ?? ((message) => console.warn(message));
  return (operation, mediaType, body) => {
    const check = validators[operationKey(operation, mediaType)];
    if (check === void 0) return;
    const problems = collectProblems(check, body);
    if (problems.length === 0) return;
    const error = new AtlasResponseValidationError(operation.operationId, problems, body);
    if (options.mode === "strict") throw error;
    warn(error.message);
  };
}
