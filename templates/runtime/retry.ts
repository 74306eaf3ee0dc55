// Retries, as a value the caller passes to `createClient` (or to one call): which answers are sent
// again, how long to wait, and the abortable sleep in between. A client made without `retry` carries
// none of this code, so a bundle that never retries does not pay for it.
import { AtlasNetworkError } from "./transport.js";

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
export type Retrier = <Answer extends { readonly response: Response }>(
  attempt: () => Promise<Answer>,
  context: RetryContext,
) => Promise<Answer>;

/**
 * Retries with exponential backoff and full jitter, honouring `Retry-After`. With no policy: 3 attempts
 * for GET, HEAD and OPTIONS on 429, 503 and dropped connections.
 */
export function retries(policy: RetryPolicy = {}): Retrier {
  const settings = { ...defaultRetryPolicy, random: Math.random, ...policy };
  checkPolicy(settings);
  return async (attempt, { method, signal }) => {
    const retriesAllowed = settings.methods.includes(method) ? settings.attempts - 1 : 0;
    for (let retry = 0; ; retry++) {
      let answer;
      try {
        answer = await attempt();
      } catch (error) {
        if (retry >= retriesAllowed || !isTransient(error)) throw error;
        await sleep(backoffMs(settings, retry), signal);
        continue;
      }
      if (retry >= retriesAllowed || !settings.statuses.includes(answer.response.status)) return answer;
      const asked = retryAfterMs(answer.response.headers.get("retry-after"));
      if (asked !== undefined && asked > settings.maxRetryAfterMs) return answer;
      await sleep(asked ?? backoffMs(settings, retry), signal);
    }
  };
}

/** Failures worth another attempt: a dropped or refused connection, a name lookup that may work next time. */
const transientCodes = new Set(["ECONNRESET", "ECONNREFUSED", "EPIPE", "ETIMEDOUT", "UND_ERR_SOCKET", "UND_ERR_CLOSED", "EAI_AGAIN"]);

/** A request that got no answer for a reason that may pass; without a code (browsers give none), any. */
function isTransient(error: unknown): boolean {
  return error instanceof AtlasNetworkError && (error.code === undefined || transientCodes.has(error.code));
}

/** A policy that cannot work is refused when the client is made, not on the first failure. */
function checkPolicy(policy: Required<Omit<RetryPolicy, "random">>): void {
  if (!Number.isInteger(policy.attempts) || policy.attempts < 1) {
    throw new RangeError(`retries: attempts must be a whole number of at least 1; got ${policy.attempts}`);
  }
  for (const key of ["baseDelayMs", "maxDelayMs", "maxRetryAfterMs"] as const) {
    if (!(policy[key] >= 0)) throw new RangeError(`retries: ${key} must be a number of at least 0; got ${policy[key]}`);
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
function backoffMs(policy: Required<RetryPolicy>, retry: number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  return Math.floor(policy.random() * ceiling);
}

/** Waits, unless `signal` aborts first (then rejects with its reason). */
function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
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
