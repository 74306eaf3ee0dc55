import type { OperationDescriptor } from "./operation.js";
import { type Check } from "./validation.js";
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
export declare function operationKey(operation: Pick<OperationDescriptor, "method" | "path">, mediaType: string): string;
/**
 * Checks every success body that has a check in `validators` (the generated `responseValidators` of
 * each API module, spread into one object), for `createClient({ validateResponses })`.
 */
export declare function responseValidation(validators: Readonly<Record<string, Check>>, options: ResponseValidationOptions): ResponseValidator;
