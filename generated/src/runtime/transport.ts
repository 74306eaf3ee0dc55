// The pieces between the client and `fetch`: the retry policy (which answers are retried, how long
// to wait), an abortable sleep, and telling a dropped connection from other failures.

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

export const defaultRetryPolicy: Required<Omit<RetryPolicy, "random">> = {
  attempts: 3,
  baseDelayMs: 250,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 60_000,
  statuses: [429, 503],
  methods: ["GET", "HEAD", "OPTIONS"],
};

/** A connection that failed before an answer arrived (reset, refused, closed mid-response). */
export class AtlasNetworkError extends Error {
  override readonly name = "AtlasNetworkError";
  constructor(
    message: string,
    readonly code: string | undefined,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** A call that did not finish within its `timeoutMs`. */
export class AtlasTimeoutError extends Error {
  override readonly name = "AtlasTimeoutError";
  constructor(
    readonly method: string,
    readonly path: string,
    readonly timeoutMs: number,
  ) {
    super(`${method} ${path} did not finish within ${timeoutMs} ms`);
  }
}

/** Milliseconds a `Retry-After` header asks for (seconds or an HTTP date), if it is present and valid. */
export function retryAfterMs(header: string | null, now: number = Date.now()): number | undefined {
  if (header === null || header.trim() === "") return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Exponential backoff with full jitter: a random wait in [0, min(max, base * 2^retry)). */
export function backoffMs(policy: Required<Omit<RetryPolicy, "random">>, retry: number, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  return Math.floor(random() * ceiling);
}

/** Waits, unless `signal` aborts first (then rejects with its reason). */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (signal === undefined) return new Promise((resolve) => setTimeout(resolve, ms));
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = (): void => {
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
export function networkErrorCode(error: unknown): string | undefined {
  for (let current: unknown = error, depth = 0; current !== undefined && depth < 5; depth++) {
    const code = (current as { code?: unknown } | null)?.code;
    if (typeof code === "string") return code;
    current = (current as { cause?: unknown } | null)?.cause;
  }
  return undefined;
}

export function isConnectionFailure(error: unknown): boolean {
  const code = networkErrorCode(error);
  return code !== undefined ? connectionCodes.has(code) : error instanceof TypeError;
}
