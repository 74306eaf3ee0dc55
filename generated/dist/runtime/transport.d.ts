export type FetchFunction = (input: URL, init: RequestInit) => Promise<Response>;
/** A request that got no whole answer: the connection was refused, reset or closed (before or during the answer), or the name did not resolve. */
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
/** The system error code behind a failed `fetch`, looking through `cause` chains. */
export declare function networkErrorCode(error: unknown): string | undefined;
