import { type Authenticator } from "./auth.js";
import type { OperationDescriptor } from "./operation.js";
import { type ParameterValues } from "./request.js";
import type { ResponseValidator } from "./response-validation.js";
import type { Retrier } from "./retry.js";
import { type FetchFunction } from "./transport.js";
export interface ClientOptions {
    /** Scheme and host (and optional prefix) the operation paths are appended to, e.g. `https://cloud.mongodb.com`. */
    readonly baseUrl: string;
    /** `digestAuth(...)`, `serviceAccountAuth(...)`, `bearerAuth(...)`, or a bearer token string. */
    readonly auth?: Authenticator | string;
    /** A `fetch` to use instead of the global one (tests, proxies, instrumentation). */
    readonly fetch?: FetchFunction;
    /** Deadline for a whole call, retries included (default: none). */
    readonly timeoutMs?: number;
    /** `retries()` or `retries(policy)` to send failed calls again (default: every call is sent once). */
    readonly retry?: Retrier;
    /** `responseValidation(validators, { mode })` to check success bodies against the spec (default: unchecked). */
    readonly validateResponses?: ResponseValidator;
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
    /** Retries for this call (for example `retries({ methods: ["POST"] })`), or false for none; overrides the client's. */
    readonly retry?: Retrier | false;
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
export declare function createClient(options: ClientOptions): Client;
/** `application/vnd.atlas.2023-01-01+json` with another version (a date or `preview`); other media types unchanged. */
export declare function withApiVersion(mediaType: string, apiVersion: string | undefined): string;
/**
 * With `envelope=true` Atlas answers 200 and reports the real status in the body: a single resource
 * as `{ status, content }`, a list as the usual page plus `status`. This returns what the call would
 * have returned without the envelope.
 */
export declare function unwrapEnvelope(body: unknown): unknown;
