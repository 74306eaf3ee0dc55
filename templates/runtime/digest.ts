// HTTP Digest authentication (RFC 7616) for Atlas programmatic API keys: qop=auth, MD5 and SHA-256
// (and their -sess variants), nc and cnonce. The server's nonce is kept and reused with an increasing
// nonce count, so only the first request of a client pays a 401 round trip; `stale=true` renews the
// nonce without treating the credentials as wrong.
import type { AuthRequest, Authenticator } from "./auth.js";
import { md5Hex } from "./md5.js";

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

type Hash = (text: string) => Promise<string>;

const algorithms: Record<string, { hash: "md5" | "sha256"; session: boolean; rank: number }> = {
  MD5: { hash: "md5", session: false, rank: 1 },
  "MD5-SESS": { hash: "md5", session: true, rank: 1 },
  "SHA-256": { hash: "sha256", session: false, rank: 2 },
  "SHA-256-SESS": { hash: "sha256", session: true, rank: 2 },
};

/** Digest authentication with an Atlas API key (public key as user name, private key as password). */
export function digestAuth(credentials: DigestCredentials): Authenticator {
  let current: { challenge: DigestChallenge; nonceCount: number } | undefined;
  // Until the first challenge is known, one call goes ahead without credentials to fetch it and the
  // others wait for it, so a burst of first calls pays one 401 round trip, not one each.
  let firstChallenge: { promise: Promise<void>; release: () => void } | undefined;
  const release = (): void => {
    firstChallenge?.release();
    firstChallenge = undefined;
  };
  return {
    async authorize(request) {
      if (!current && firstChallenge) await firstChallenge.promise;
      if (!current) {
        let releaseWaiting = (): void => undefined;
        const promise = new Promise<void>((resolve) => {
          releaseWaiting = resolve;
        });
        firstChallenge = { promise, release: releaseWaiting };
        return undefined;
      }
      current.nonceCount += 1;
      return digestAuthorization(credentials, current.challenge, request, current.nonceCount, randomCnonce());
    },
    answered() {
      release();
    },
    async challenged(_request, response, attemptedWith) {
      const challenge = strongestChallenge(response.headers.get("www-authenticate"));
      if (!challenge) {
        release();
        return false;
      }
      // A fresh challenge after no (or a stale) attempt is worth one retry; a plain rejection of a
      // response we computed with the same nonce means the credentials are wrong.
      const sameNonce = current !== undefined && current.challenge.nonce === challenge.nonce;
      const retry = attemptedWith === undefined || challenge.stale || !sameNonce;
      current = { challenge, nonceCount: 0 };
      release();
      return retry;
    },
  };
}

/** The `Authorization` header for one request under a challenge. */
export async function digestAuthorization(
  credentials: DigestCredentials,
  challenge: DigestChallenge,
  request: AuthRequest,
  nonceCount: number,
  cnonce: string,
): Promise<string> {
  const algorithm = algorithms[challenge.algorithm.toUpperCase()];
  if (!algorithm) throw new Error(`unsupported Digest algorithm ${challenge.algorithm}`);
  const hash = await hasher(algorithm.hash);
  const uri = `${request.url.pathname}${request.url.search}`;
  const nc = nonceCount.toString(16).padStart(8, "0");
  let ha1 = await hash(`${credentials.username}:${challenge.realm}:${credentials.password}`);
  if (algorithm.session) ha1 = await hash(`${ha1}:${challenge.nonce}:${cnonce}`);
  const ha2 = await hash(`${request.method}:${uri}`);
  const qop = chooseQop(challenge.qop);
  const response = qop ? await hash(`${ha1}:${challenge.nonce}:${nc}:${cnonce}:${qop}:${ha2}`) : await hash(`${ha1}:${challenge.nonce}:${ha2}`);
  const fields = [
    `username=${quote(credentials.username)}`,
    `realm=${quote(challenge.realm)}`,
    `nonce=${quote(challenge.nonce)}`,
    `uri=${quote(uri)}`,
    `algorithm=${challenge.algorithm}`,
    `response=${quote(response)}`,
    ...(challenge.opaque !== undefined ? [`opaque=${quote(challenge.opaque)}`] : []),
    ...(qop ? [`qop=${qop}`, `nc=${nc}`, `cnonce=${quote(cnonce)}`] : []),
  ];
  return `Digest ${fields.join(", ")}`;
}

/** Picks the strongest Digest challenge we support from a `WWW-Authenticate` header (several may be offered). */
export function strongestChallenge(header: string | null): DigestChallenge | undefined {
  if (header === null) return undefined;
  let best: DigestChallenge | undefined;
  for (const challenge of parseChallenges(header)) {
    const rank = algorithms[challenge.algorithm.toUpperCase()]?.rank;
    if (rank === undefined) continue;
    if (!best || rank > (algorithms[best.algorithm.toUpperCase()]?.rank ?? 0)) best = challenge;
  }
  return best;
}

/** Parses the Digest challenges of a `WWW-Authenticate` header into their parameters. */
export function parseChallenges(header: string): DigestChallenge[] {
  const challenges: DigestChallenge[] = [];
  // Each challenge starts with its scheme name; parameters are token=token or token="quoted string".
  const scheme = /(?:^|,)\s*([A-Za-z][A-Za-z0-9!#$%&'*+.^_`|~-]*)\s+(?=[A-Za-z0-9!#$%&'*+.^_`|~-]+\s*=)/g;
  const starts: { name: string; at: number }[] = [];
  for (let match = scheme.exec(header); match !== null; match = scheme.exec(header)) {
    starts.push({ name: match[1] ?? "", at: match.index + match[0].length });
  }
  starts.forEach((start, index) => {
    if (start.name.toLowerCase() !== "digest") return;
    const end = index + 1 < starts.length ? (starts[index + 1] as { at: number }).at : header.length;
    const parameters = parseParameters(header.slice(start.at, end));
    const realm = parameters.get("realm");
    const nonce = parameters.get("nonce");
    if (realm === undefined || nonce === undefined) return;
    const opaque = parameters.get("opaque");
    const qop = parameters.get("qop");
    challenges.push({
      realm,
      nonce,
      algorithm: parameters.get("algorithm") ?? "MD5",
      stale: (parameters.get("stale") ?? "").toLowerCase() === "true",
      ...(opaque !== undefined ? { opaque } : {}),
      ...(qop !== undefined ? { qop } : {}),
    });
  });
  return challenges;
}

function parseParameters(text: string): Map<string, string> {
  const parameters = new Map<string, string>();
  const parameter = /([A-Za-z0-9!#$%&'*+.^_`|~-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))/g;
  for (let match = parameter.exec(text); match !== null; match = parameter.exec(text)) {
    const value = match[2] !== undefined ? match[2].replace(/\\(.)/g, "$1") : (match[3] ?? "");
    parameters.set((match[1] ?? "").toLowerCase(), value);
  }
  return parameters;
}

/** Only `auth` is implemented (no body integrity); a server that offers it among others gets it. */
function chooseQop(offered: string | undefined): string | undefined {
  // No qop (or an empty one, as some servers write it) is the RFC 2069 form: no nc, no cnonce.
  if (offered === undefined || offered.trim() === "") return undefined;
  const options = offered.split(",").map((option) => option.trim().toLowerCase());
  if (!options.includes("auth")) throw new Error(`the server offers qop=${offered}; only qop=auth is supported`);
  return "auth";
}

function quote(value: string): string {
  return `"${value.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`;
}

function randomCnonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** SHA-256 from Web Crypto; MD5 (absent from Web Crypto) from ./md5. No platform-specific modules. */
async function hasher(algorithm: string): Promise<Hash> {
  const encoder = new TextEncoder();
  if (algorithm === "md5") return (text) => Promise.resolve(md5Hex(encoder.encode(text)));
  return async (text) => {
    const digest = await globalThis.crypto.subtle.digest("SHA-256", encoder.encode(text));
    return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
  };
}
