// The pieces between the client and `fetch`: the retry policy (which answers are retried, how long
// to wait), an abortable sleep, and telling a dropped connection from other failures.
export const defaultRetryPolicy = {
    attempts: 3,
    baseDelayMs: 250,
    maxDelayMs: 8_000,
    maxRetryAfterMs: 60_000,
    statuses: [429, 503],
    methods: ["GET", "HEAD", "OPTIONS"],
};
/** A connection that failed before an answer arrived (reset, refused, closed mid-response). */
export class AtlasNetworkError extends Error {
    code;
    name = "AtlasNetworkError";
    constructor(message, code, options) {
        super(message, options);
        this.code = code;
    }
}
/** A call that did not finish within its `timeoutMs`. */
export class AtlasTimeoutError extends Error {
    method;
    path;
    timeoutMs;
    name = "AtlasTimeoutError";
    constructor(method, path, timeoutMs) {
        super(`${method} ${path} did not finish within ${timeoutMs} ms`);
        this.method = method;
        this.path = path;
        this.timeoutMs = timeoutMs;
    }
}
/** Milliseconds a `Retry-After` header asks for (seconds or an HTTP date), if it is present and valid. */
export function retryAfterMs(header, now = Date.now()) {
    if (header === null || header.trim() === "")
        return undefined;
    const trimmed = header.trim();
    if (/^\d+$/.test(trimmed))
        return Number(trimmed) * 1000;
    const date = Date.parse(trimmed);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
/** Exponential backoff with full jitter: a random wait in [0, min(max, base * 2^retry)). */
export function backoffMs(policy, retry, random) {
    const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
    return Math.floor(random() * ceiling);
}
/** Waits, unless `signal` aborts first (then rejects with its reason). */
export function sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal.aborted) {
            reject(signal.reason);
            return;
        }
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal.reason);
        };
        const timer = setTimeout(() => {
            signal.removeEventListener("abort", onAbort);
            resolve();
        }, ms);
        signal.addEventListener("abort", onAbort, { once: true });
    });
}
const connectionCodes = new Set(["ECONNRESET", "ECONNREFUSED", "EPIPE", "ETIMEDOUT", "UND_ERR_SOCKET", "UND_ERR_CLOSED", "EAI_AGAIN"]);
/** The system error code behind a failed `fetch`, looking through `cause` chains. */
export function networkErrorCode(error) {
    for (let current = error, depth = 0; current !== undefined && depth < 5; depth++) {
        const code = current?.code;
        if (typeof code === "string")
            return code;
        current = current?.cause;
    }
    return undefined;
}
export function isConnectionFailure(error) {
    const code = networkErrorCode(error);
    return code !== undefined ? connectionCodes.has(code) : error instanceof TypeError;
}
