// What lies between the client and `fetch`: the `fetch` it calls, and the errors a call can end with
// before any answer arrives (no connection, a passed deadline).

export type FetchFunction = (input: URL, init: RequestInit) => Promise<Response>;

/** A request that got no whole answer: the connection was refused, reset or closed (before or during the answer), or the name did not resolve. */
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

/** The system error code behind a failed `fetch`, looking through `cause` chains. */
export function networkErrorCode(error: unknown): string | undefined {
  for (let current: unknown = error, depth = 0; current !== undefined && depth < 5; depth++) {
    const code = (current as { code?: unknown } | null)?.code;
    if (typeof code === "string") return code;
    current = (current as { cause?: unknown } | null)?.cause;
  }
  return undefined;
}
