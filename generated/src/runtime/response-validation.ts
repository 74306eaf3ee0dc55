// Checking success bodies against the spec, as a value the caller passes to `createClient`: the
// generated checks and what to do when one fails come together, and a client made without it
// carries none of this code.
import { AtlasResponseValidationError } from "./errors.js";
import type { OperationDescriptor } from "./operation.js";
import { collectProblems, type Check } from "./validation.js";

/** `strict` rejects the call with `AtlasResponseValidationError`; `warn` reports it and returns the body. */
export type ResponseValidationMode = "warn" | "strict";

export interface ResponseValidationOptions {
  readonly mode: ResponseValidationMode;
  /** Where `warn` reports (default `console.warn`). */
  readonly onWarning?: (message: string) => void;
}

/** Checks one decoded success body; made by {@link responseValidation}. */
export type ResponseValidator = (operation: OperationDescriptor, mediaType: string, body: unknown) => void;

/** The key of an operation's answer in a `validators` registry: method, path template and media type. */
export function operationKey(operation: Pick<OperationDescriptor, "method" | "path">, mediaType: string): string {
  return `${operation.method} ${operation.path} ${mediaType}`;
}

/**
 * Checks every success body that has a check in `validators` (the generated `responseValidators` of
 * each API module, spread into one object), for `createClient({ validateResponses })`.
 */
export function responseValidation(validators: Readonly<Record<string, Check>>, options: ResponseValidationOptions): ResponseValidator {
  if (Object.keys(validators).length === 0) {
    throw new TypeError("responseValidation: no validators; pass { ...v1.responseValidators, ...v2.responseValidators }");
  }
  if (options.mode !== "warn" && options.mode !== "strict") {
    throw new TypeError(`responseValidation: mode must be "warn" or "strict"; got ${JSON.stringify(options.mode)}`);
  }
  const warn = options.onWarning ?? ((message: string) => console.warn(message));
  return (operation, mediaType, body) => {
    const check = validators[operationKey(operation, mediaType)];
    if (check === undefined) return;
    const problems = collectProblems(check, body);
    if (problems.length === 0) return;
    const error = new AtlasResponseValidationError(operation.operationId, problems, body);
    if (options.mode === "strict") throw error;
    warn(error.message);
  };
}
