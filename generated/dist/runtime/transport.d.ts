export type FetchFunction = (input: URL, init: RequestInit) => Promise<Response>;
export interface RetryPolicy {
    /** Total attempts, the first included (default 3). */
    readonly attempts?: number;
    /** First backoff step (default 250 ms); each retry doubles it, with full jitter. */
    readonly baseDelayMs?: number;
    /** Longest backoff between attempts (default 8 s). */
    readonly maxDelayMs?: number;
    /** Longest `Retry-After` honoured (default 60 s); a longer one ends the call with the error. */
    readonly maxRetryAfterMs?: number;
    /** Statuses retried (default 429 and 503). */
    readonly statuses?: readonly number[];
    /**
     * Methods retried (default GET, HEAD, OPTIONS). POST is left out on purpose: repeating a restore
     * can overwrite a target cluster, so a caller must opt in per call.
     */
    readonly methods?: readonly string[];
    /** Random source in [0, 1) for jitter (tests pass a fixed one). */
    readonly random?: () => number;
}
export declare const defaultRetryPolicy: Required<Omit<RetryPolicy, "random">>;
/** A connection that failed before an answer arrived (reset, refused, closed mid-response). */
export declare class AtlasNetworkError extends Error {
    readonly code: string | undefined;
    readonly name = "AtlasNetworkError";
    constructor(message: string, code: string | undefined, options?: {
        cause?: unknown;
    });
}
/** A call that did not finish within its `timeoutMs`. */
export declare class AtlasTimeoutError extends Error {
    readonly method: string;
    readonly path: string;
    readonly timeoutMs: number;
    readonly name = "AtlasTimeoutError";
    constructor(method: string, path: string, timeoutMs: number);
}
/** Milliseconds a `Retry-After` header asks for (seconds or an HTTP date), if it is present and valid. */
export declare function retryAfterMs(header: string | null, now?: number): number | undefined;
/** Exponential backoff with full jitter: a random wait in [0, min(max, base * 2^retry)). */
export declare function backoffMs(policy: Required<Omit<RetryPolicy, "random">>, retry: number, random: () => number): number;
/** Waits, unless `signal` aborts first (then rejects with its reason). */
export declare function sleep(ms: number, signal: AbortSignal | undefined): Promise<void>;
/** The system error code behind a failed `fetch`, looking through `cause` chains. */
export declare function networkErrorCode(error: unknown): string | undefined;
export declare function isConnectionFailure(error: unknown): boolean;
