// The OAuth 2.0 client-credentials token endpoint of a service account (`POST /api/oauth/token`) and
// the check of the Bearer tokens it issues. Tokens are opaque random strings that expire after a
// configurable lifetime, measured on the server's clock.
import { randomBytes } from "node:crypto";
import { AtlasHttpError } from "./errors.ts";

export interface TokenIssuerOptions {
  /** Client id -> client secret. */
  readonly clients: ReadonlyMap<string, string>;
  readonly now: () => number;
  readonly lifetimeSeconds: number;
  readonly realm: string;
}

export type BearerResult = { readonly ok: true; readonly clientId: string } | { readonly ok: false; readonly reason: "unknown" | "expired" | "revoked" };

export interface TokenAnswer {
  readonly access_token: string;
  readonly token_type: "Bearer";
  readonly expires_in: number;
}

export class TokenIssuer {
  /** How many tokens the endpoint has issued. */
  issued = 0;
  /** Lifetime of tokens issued from now on; tests may change it. */
  lifetimeSeconds: number;
  private readonly tokens = new Map<string, { clientId: string; expiresAt: number; revoked: boolean }>();

  constructor(private readonly options: TokenIssuerOptions) {
    this.lifetimeSeconds = options.lifetimeSeconds;
  }

  /** Handles one token request; throws an {@link AtlasHttpError} when it is refused. */
  issue(headers: { authorization?: string | undefined; contentType?: string | undefined }, body: string): TokenAnswer {
    const client = this.basicCredentials(headers.authorization);
    if (client === undefined || this.options.clients.get(client.id) !== client.secret) {
      throw new AtlasHttpError(401, "INVALID_CLIENT", "The client id or secret is not valid.", {
        headers: { "WWW-Authenticate": `Basic realm="${this.options.realm}"` },
      });
    }
    const mediaType = (headers.contentType ?? "").split(";")[0]?.trim().toLowerCase();
    if (mediaType !== "application/x-www-form-urlencoded") {
      throw new AtlasHttpError(415, "UNSUPPORTED_MEDIA_TYPE", "The token request must be sent as application/x-www-form-urlencoded.");
    }
    const grantType = new URLSearchParams(body).get("grant_type");
    if (grantType !== "client_credentials") {
      throw new AtlasHttpError(400, "UNSUPPORTED_GRANT_TYPE", `grant_type must be client_credentials; got ${JSON.stringify(grantType)}.`, {
        fields: [{ field: "grant_type", description: "must be client_credentials" }],
      });
    }
    const token = randomBytes(32).toString("base64url");
    this.tokens.set(token, { clientId: client.id, expiresAt: this.options.now() + this.lifetimeSeconds * 1000, revoked: false });
    this.issued += 1;
    return { access_token: token, token_type: "Bearer", expires_in: this.lifetimeSeconds };
  }

  verify(token: string): BearerResult {
    const record = this.tokens.get(token);
    if (!record) return { ok: false, reason: "unknown" };
    if (record.revoked) return { ok: false, reason: "revoked" };
    if (this.options.now() >= record.expiresAt) return { ok: false, reason: "expired" };
    return { ok: true, clientId: record.clientId };
  }

  /** Revokes every token issued so far (a rotated secret, for tests of the client's renewal). */
  revokeAll(): void {
    for (const record of this.tokens.values()) record.revoked = true;
  }

  /** Client id and secret from `Basic base64(urlencode(id):urlencode(secret))` (RFC 6749 section 2.3.1). */
  private basicCredentials(header: string | undefined): { id: string; secret: string } | undefined {
    const match = header === undefined ? null : /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header);
    if (!match) return undefined;
    const decoded = Buffer.from(match[1] ?? "", "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    if (colon < 0) return undefined;
    try {
      const form = (text: string): string => decodeURIComponent(text.replaceAll("+", " "));
      return { id: form(decoded.slice(0, colon)), secret: form(decoded.slice(colon + 1)) };
    } catch {
      return undefined;
    }
  }
}
