import type { OperationDescriptor } from "./operation.js";
import { type ParameterValues } from "./request.js";
export type FetchFunction = (input: URL, init: RequestInit) => Promise<Response>;
/** How requests authenticate. */
export type Auth = {
    readonly type: "none";
} | {
    readonly type: "bearer";
    readonly token: string;
};
export interface ClientOptions {
    /** Scheme and host (and optional prefix) the operation paths are appended to, e.g. `https://cloud.mongodb.com`. */
    readonly baseUrl: string;
    readonly auth?: Auth;
    /** A `fetch` to use instead of the global one (tests, proxies, instrumentation). */
    readonly fetch?: FetchFunction;
    /** Headers sent with every request. */
    readonly headers?: Readonly<Record<string, string>>;
    readonly userAgent?: string;
}
export interface RequestOptions {
    readonly signal?: AbortSignal;
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
/**
 * With `envelope=true` Atlas answers 200 and reports the real status in the body: a single resource
 * as `{ status, content }`, a list as the usual page plus `status`. This returns what the call would
 * have returned without the envelope.
 */
export declare function unwrapEnvelope(body: unknown): unknown;
