// Fault injection: a test queues faults, and the next requests that match take them, one each, in the
// order they were queued. A fault is applied before the request is authenticated or routed.

export type Fault =
  | { readonly kind: "status"; readonly status: 429 | 503; readonly retryAfter?: number }
  | { readonly kind: "delay"; readonly ms: number }
  | { readonly kind: "drop" }
  | { readonly kind: "malformed" }
  | { readonly kind: "hang" };

export interface FaultTarget {
  readonly method: string;
  /** The request target as sent (path and query). */
  readonly url: string;
}

/** Which requests a fault applies to: a method and/or a path (a string the path contains, or a pattern), or a predicate. */
export type FaultMatch = { readonly method?: string; readonly path?: string | RegExp } | ((request: FaultTarget) => boolean);

export interface FaultOptions {
  /** How many matching requests take this fault (default 1; `Infinity` for all). */
  readonly times?: number;
  readonly match?: FaultMatch;
}

interface Queued {
  readonly fault: Fault;
  remaining: number;
  readonly match: FaultMatch | undefined;
}

export class FaultInjector {
  private readonly queue: Queued[] = [];

  enqueue(fault: Fault, options: FaultOptions = {}): void {
    const times = options.times ?? 1;
    if (!(times > 0)) throw new RangeError("times must be at least 1");
    this.queue.push({ fault, remaining: times, match: options.match });
  }

  /** The fault the request takes, if any (and counts it). */
  take(request: FaultTarget): Fault | undefined {
    const index = this.queue.findIndex((queued) => matches(queued.match, request));
    if (index < 0) return undefined;
    const queued = this.queue[index] as Queued;
    queued.remaining -= 1;
    if (queued.remaining <= 0) this.queue.splice(index, 1);
    return queued.fault;
  }

  /** How many requests are still to take a fault (`Infinity` when one applies forever). */
  get pending(): number {
    return this.queue.reduce((sum, queued) => sum + queued.remaining, 0);
  }

  clear(): void {
    this.queue.length = 0;
  }
}

function matches(match: FaultMatch | undefined, request: FaultTarget): boolean {
  if (match === undefined) return true;
  if (typeof match === "function") return match(request);
  if (match.method !== undefined && match.method.toUpperCase() !== request.method.toUpperCase()) return false;
  if (match.path !== undefined) {
    const path = request.url.split("?")[0] ?? "";
    return typeof match.path === "string" ? path.includes(match.path) : match.path.test(path);
  }
  return true;
}
