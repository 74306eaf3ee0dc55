import { type Authenticator } from "./auth.js";
import type { OperationDescriptor } from "./operation.js";
import { type ParameterValues } from "./request.js";
import { type FetchFunction, type RetryPolicy } from "./transport.js";
import { type Check } from "./validation.js";
export type ResponseValidation = "off" | "warn" | "strict";
export interface ClientOptions {
    /** Scheme and host (and optional prefix) the operation paths are appended to, e.g. `https://cloud.mongodb.com`. */
    readonly baseUrl: string;
    /** `digestAuth(...)`, `serviceAccountAuth(...)`, `bearerAuth(...)`, or a bearer token string. */
    readonly auth?: Authenticator | string;
    /** A `fetch` to use instead of the global one (tests, proxies, instrumentation). */
    readonly fetch?: FetchFunction;
    /** Deadline for a whole call, retries included (default: none). */
    readonly timeoutMs?: number;
    /** Retry policy, or false to never retry. */
    readonly retry?: RetryPolicy | false;
    /** Check success bodies against the spec with the generated guards (default `off`). */
    readonly validateResponses?: ResponseValidation;
    /** The checks `validateResponses` uses: the generated `responseValidators` of each API module. */
    readonly validators?: Readonly<Record<string, Check>>;
    /** Where `validateResponses: "warn"` reports (default `console.warn`). */
    readonly onWarning?: (message: string) => void;
    readonly userAgent?: string;
    /** Replaces the date of versioned Atlas media types, e.g. `2023-02-01` (v2 only). */
    readonly apiVersion?: string;
    /** Headers sent with every request. */
    readonly headers?: Readonly<Record<string, string>>;
}
export interface RequestOptions {
    readonly signal?: AbortSignal;
    /** Deadline for this call, retries included; overrides the client's. */
    readonly timeoutMs?: number;
    /** Retry policy for this call (for example to let one POST retry); overrides the client's. */
    readonly retry?: RetryPolicy | false;
    /** Replaces the date of a versioned Atlas media type for this call. */
    readonly apiVersion?: string;
    /** Extra headers for this call only. */
    readonly headers?: Readonly<Record<string, string>>;
}
export interface SendInput {
    readonly parameters?: ParameterValues;
    readonly body?: unknown;
    readonly options?: RequestOptions | undefined;
}
export interface Client {
    readonly options: ClientOptions;
    /** Sends one operation. Generated functions call this; it resolves to the decoded success body. */
    send(operation: OperationDescriptor, input: SendInput): Promise<unknown>;
}
/** The key of an operation's answer in a `validators` registry: method, path template and media type. */
export declare function operationKey(operation: Pick<OperationDescriptor, "method" | "path">, mediaType: string): string;
export declare function createClient(options: ClientOptions): Client;
/** `application/vnd.atlas.2023-01-01+json` with another version (a date or `preview`); other media types unchanged. */
export declare function withApiVersion(mediaType: string, apiVersion: string | undefined): string;
/**
 * With `envelope=true` Atlas answers 200 and reports the real status in the body: a single resource
 * as `{ status, content }`, a list as the usual page plus `status`. This returns what the call would
 * have returned without the envelope.
 */
export declare function unwrapEnvelope(body: unknown): unknown;
