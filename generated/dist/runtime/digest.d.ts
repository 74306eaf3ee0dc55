import type { AuthRequest, Authenticator } from "./auth.js";
export interface DigestCredentials {
    /** The API key's public key (the Digest user name). */
    readonly username: string;
    /** The API key's private key (the Digest password). */
    readonly password: string;
}
export interface DigestChallenge {
    readonly realm: string;
    readonly nonce: string;
    readonly opaque?: string;
    readonly algorithm: string;
    readonly qop?: string;
    readonly stale: boolean;
}
/** Digest authentication with an Atlas API key (public key as user name, private key as password). */
export declare function digestAuth(credentials: DigestCredentials): Authenticator;
/** The `Authorization` header for one request under a challenge. */
export declare function digestAuthorization(credentials: DigestCredentials, challenge: DigestChallenge, request: AuthRequest, nonceCount: number, cnonce: string): Promise<string>;
/** Picks the strongest Digest challenge we support from a `WWW-Authenticate` header (several may be offered). */
export declare function strongestChallenge(header: string | null): DigestChallenge | undefined;
/** Parses the Digest challenges of a `WWW-Authenticate` header into their parameters. */
export declare function parseChallenges(header: string): DigestChallenge[];
