// Service-account authentication: the OAuth 2.0 client-credentials grant. The token is fetched once,
// reused until shortly before it expires, fetched again once after a 401, and never requested twice at
// the same time by one client.
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

export const atlasTokenUrl = "https://cloud.mongodb.com/api/oauth/token";
const tokenPath = "/api/oauth/token";

/** Raised when the token endpoint refuses the credentials or answers with something unusable. */
export class AtlasAuthError extends Error {
  override readonly name = "AtlasAuthError";
  constructor(
    message: string,
    readonly status: number | undefined,
  ) {
    super(message);
  }
}

export function serviceAccountAuth(credentials: ServiceAccountCredentials): Authenticator {
  const now = credentials.now ?? Date.now;
  const margin = credentials.refreshMarginMs ?? 60_000;
  const fetchToken = credentials.fetch ?? ((input: URL, init: RequestInit) => globalThis.fetch(input, init));
  let cached: { token: string; expiresAt: number } | undefined;
  let pending: Promise<string> | undefined;

  const refresh = (apiUrl: URL): Promise<string> => {
    // One request in flight per client: every caller waiting for a token shares it.
    const tokenUrl = new URL(credentials.tokenUrl ?? tokenPath, apiUrl);
    pending ??= requestToken(credentials, tokenUrl, fetchToken, now)
      .then((token) => {
        cached = token;
        return token.token;
      })
      .finally(() => {
        pending = undefined;
      });
    return pending;
  };

  return {
    async authorize(request) {
      const token = cached !== undefined && cached.expiresAt - margin > now() ? cached.token : await refresh(request.url);
      return `Bearer ${token}`;
    },
    async challenged(_request, _response, attemptedWith) {
      if (attemptedWith === undefined) return false;
      // The token was refused (revoked, rotated, clock skew): drop it, unless another call already did.
      if (cached !== undefined && attemptedWith === `Bearer ${cached.token}`) cached = undefined;
      return true;
    },
  };
}

async function requestToken(
  credentials: ServiceAccountCredentials,
  url: URL,
  fetchToken: FetchFunction,
  now: () => number,
): Promise<{ token: string; expiresAt: number }> {
  const basic = btoa(`${encodeURIComponent(credentials.clientId)}:${encodeURIComponent(credentials.clientSecret)}`);
  let response: Response;
  try {
    response = await fetchToken(url, {
      method: "POST",
      headers: {
        Authorization: `Basic ${basic}`,
        "Content-Type": "application/x-www-form-urlencoded",
        Accept: "application/json",
      },
      body: "grant_type=client_credentials",
    });
  } catch (error) {
    throw new AtlasAuthError(`could not reach the token endpoint ${url.origin}${url.pathname}: ${(error as Error).message}`, undefined);
  }
  const text = await response.text();
  if (!response.ok) {
    throw new AtlasAuthError(`the token endpoint refused the service account (HTTP ${response.status})`, response.status);
  }
  let body: { access_token?: unknown; expires_in?: unknown };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    throw new AtlasAuthError("the token endpoint answered with something that is not JSON", response.status);
  }
  if (typeof body.access_token !== "string" || body.access_token === "") {
    throw new AtlasAuthError("the token endpoint's answer has no access_token", response.status);
  }
  const lifetimeSeconds = typeof body.expires_in === "number" && body.expires_in > 0 ? body.expires_in : 3600;
  return { token: body.access_token, expiresAt: now() + lifetimeSeconds * 1000 };
}
