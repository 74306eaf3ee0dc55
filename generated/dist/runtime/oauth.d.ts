import type { Authenticator } from "./auth.js";
import type { FetchFunction } from "./transport.js";
export interface ServiceAccountCredentials {
    readonly clientId: string;
    readonly clientSecret: string;
    /**
     * Token endpoint. By default `/api/oauth/token` on the host the API calls go to, so credentials are
     * never sent to any other host (Atlas serves both from https://cloud.mongodb.com).
     */
    readonly tokenUrl?: string;
    /** Renew this long before the token's stated expiry (default 60 s). */
    readonly refreshMarginMs?: number;
    /** A `fetch` for the token endpoint (defaults to the client's, then the global one). */
    readonly fetch?: FetchFunction;
    /** The clock, in milliseconds (tests pass a fake one). */
    readonly now?: () => number;
}
export declare const atlasTokenUrl = "https://cloud.mongodb.com/api/oauth/token";
/** Raised when the token endpoint refuses the credentials or answers with something unusable. */
export declare class AtlasAuthError extends Error {
    readonly status: number | undefined;
    readonly name = "AtlasAuthError";
    constructor(message: string, status: number | undefined);
}
export declare function serviceAccountAuth(credentials: ServiceAccountCredentials): Authenticator;
