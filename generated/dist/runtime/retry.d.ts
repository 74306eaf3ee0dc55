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
/** What a retrier needs to know about the call it repeats. */
export interface RetryContext {
    readonly method: string;
    /** Aborts the wait between attempts (the call's deadline or the caller's signal). */
    readonly signal: AbortSignal | undefined;
}
/**
 * Sends a request through `attempt` as often as its policy allows: made by {@link retries}, passed as
 * `retry` to `createClient` or to one call. It resolves to the last answer, or rejects with what the
 * last attempt threw.
 */
export type Retrier = <Answer extends {
    readonly response: Response;
}>(attempt: () => Promise<Answer>, context: RetryContext) => Promise<Answer>;
/**
 * Retries with exponential backoff and full jitter, honouring `Retry-After`. With no policy: 3 attempts
 * for GET, HEAD and OPTIONS on 429, 503 and dropped connections.
 */
export declare function retries(policy?: RetryPolicy): Retrier;
/** Milliseconds a `Retry-After` header asks for (seconds or an HTTP date), if it is present and valid. */
export declare function retryAfterMs(header: string | null, now?: number): number | undefined;
