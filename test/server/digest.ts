// Server side of HTTP Digest (RFC 7616) for Atlas API keys, written independently of the client's
// implementation: SHA-256 and MD5 challenges (SHA-256 first), qop=auth only, nonces that expire
// (answered with stale=true) and a nonce count that may not be used twice for one nonce.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

export type DigestAlgorithm = "SHA-256" | "MD5";

export interface DigestVerifierOptions {
  readonly realm: string;
  /** Public key -> private key. */
  readonly keys: ReadonlyMap<string, string>;
  readonly now: () => number;
  readonly nonceLifetimeMs: number;
  /** Algorithms offered, in the order of the challenges (default SHA-256, MD5). */
  readonly algorithms?: readonly DigestAlgorithm[];
  /** The `opaque` value sent with every challenge (random by default). */
  readonly opaque?: string;
}

export type DigestResult =
  | { readonly ok: true; readonly username: string; readonly algorithm: DigestAlgorithm }
  | { readonly ok: false; readonly stale: boolean; readonly reason: string };

interface NonceRecord {
  readonly issuedAt: number;
  readonly usedCounts: Set<number>;
}

export class DigestVerifier {
  readonly realm: string;
  readonly algorithms: readonly DigestAlgorithm[];
  readonly opaque: string;
  private readonly nonces = new Map<string, NonceRecord>();

  constructor(private readonly options: DigestVerifierOptions) {
    this.realm = options.realm;
    this.algorithms = options.algorithms ?? ["SHA-256", "MD5"];
    this.opaque = options.opaque ?? randomBytes(12).toString("hex");
  }

  /** The `WWW-Authenticate` values of a 401: one challenge per algorithm, sharing one fresh nonce. */
  challenges(stale: boolean): string[] {
    const nonce = this.issueNonce();
    return this.algorithms.map(
      (algorithm) =>
        `Digest realm="${this.realm}", qop="auth", algorithm=${algorithm}, nonce="${nonce}", opaque="${this.opaque}", stale=${stale ? "true" : "false"}`,
    );
  }

  /** Remembers a new nonce (a random one unless given) as issued now. */
  issueNonce(nonce: string = randomBytes(18).toString("base64url")): string {
    this.prune();
    this.nonces.set(nonce, { issuedAt: this.options.now(), usedCounts: new Set() });
    return nonce;
  }

  /** Checks an `Authorization: Digest ...` header for a request with this method and request target. */
  verify(header: string, method: string, requestTarget: string): DigestResult {
    const match = /^Digest\s+(.*)$/is.exec(header.trim());
    if (!match) return fail("not a Digest authorization");
    const p = parseAuthParams(match[1] ?? "");
    const username = p.get("username");
    const realm = p.get("realm");
    const nonce = p.get("nonce");
    const uri = p.get("uri");
    const response = p.get("response");
    const qop = p.get("qop");
    const nc = p.get("nc");
    const cnonce = p.get("cnonce");
    const algorithmName = p.get("algorithm") ?? "MD5";
    if (username === undefined || realm === undefined || nonce === undefined || uri === undefined || response === undefined) {
      return fail("a required parameter (username, realm, nonce, uri, response) is missing");
    }
    if (p.get("userhash")?.toLowerCase() === "true") return fail("userhash is not supported");
    if (realm !== this.realm) return fail("wrong realm");
    if (p.has("opaque") && p.get("opaque") !== this.opaque) return fail("wrong opaque");
    const algorithm = this.algorithms.find((offered) => offered.toLowerCase() === algorithmName.toLowerCase());
    if (algorithm === undefined) return fail(`algorithm ${algorithmName} was not offered`);
    if (qop !== "auth") return fail("qop must be auth");
    if (nc === undefined || !/^[0-9a-fA-F]{8}$/.test(nc)) return fail("nc must be 8 hex digits");
    if (cnonce === undefined || cnonce === "") return fail("cnonce is missing");
    if (uri !== requestTarget) return fail("uri does not match the request target");
    const record = this.nonces.get(nonce);
    if (!record) return fail("unknown nonce");
    const password = this.options.keys.get(username);
    if (password === undefined) return fail("unknown user");

    const hash = (text: string): string => createHash(algorithm === "MD5" ? "md5" : "sha256").update(text, "utf8").digest("hex");
    const ha1 = hash(`${username}:${realm}:${password}`);
    const ha2 = hash(`${method}:${uri}`);
    const expected = hash(`${ha1}:${nonce}:${nc}:${cnonce}:${qop}:${ha2}`);
    if (!sameText(expected, response.toLowerCase())) return fail("wrong response (bad credentials)");
    // The credentials are right; now the nonce must still be fresh and the count unused.
    if (this.options.now() - record.issuedAt > this.options.nonceLifetimeMs) return { ok: false, stale: true, reason: "nonce expired" };
    const count = Number.parseInt(nc, 16);
    if (record.usedCounts.has(count)) return fail(`nc ${nc} was already used with this nonce`);
    record.usedCounts.add(count);
    return { ok: true, username, algorithm };
  }

  /** How many nonces are remembered (for tests). */
  get nonceCount(): number {
    return this.nonces.size;
  }

  private prune(): void {
    if (this.nonces.size < 10_000) return;
    const limit = this.options.now() - 10 * this.options.nonceLifetimeMs;
    for (const [nonce, record] of this.nonces) if (record.issuedAt < limit) this.nonces.delete(nonce);
  }
}

function fail(reason: string): DigestResult {
  return { ok: false, stale: false, reason };
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a, "utf8");
  const right = Buffer.from(b, "utf8");
  return left.length === right.length && timingSafeEqual(left, right);
}

/** The `name=value` / `name="quoted value"` parameters of an authorization header (names lowercased). */
export function parseAuthParams(text: string): Map<string, string> {
  const params = new Map<string, string>();
  let index = 0;
  const skip = (pattern: RegExp): void => {
    while (index < text.length && pattern.test(text[index] as string)) index++;
  };
  while (index < text.length) {
    skip(/[\s,]/);
    const nameStart = index;
    while (index < text.length && /[A-Za-z0-9!#$%&'*+.^_`|~-]/.test(text[index] as string)) index++;
    const name = text.slice(nameStart, index).toLowerCase();
    skip(/\s/);
    if (name === "" || text[index] !== "=") break;
    index++;
    skip(/\s/);
    let value = "";
    if (text[index] === '"') {
      index++;
      while (index < text.length && text[index] !== '"') {
        if (text[index] === "\\" && index + 1 < text.length) index++;
        value += text[index];
        index++;
      }
      index++;
    } else {
      const valueStart = index;
      while (index < text.length && !/[\s,]/.test(text[index] as string)) index++;
      value = text.slice(valueStart, index);
    }
    params.set(name, value);
  }
  return params;
}
