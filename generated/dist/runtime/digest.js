import { md5Hex } from "./md5.js";
const algorithms = {
  MD5: { hash: "md5", session: false, rank: 1 },
  "MD5-SESS": { hash: "md5", session: true, rank: 1 },
  "SHA-256": { hash: "sha256", session: false, rank: 2 },
  "SHA-256-SESS": { hash: "sha256", session: true, rank: 2 }
};
export function digestAuth(credentials) {
  let current;
  let firstChallenge;
  const release = () => {
    firstChallenge?.release();
    firstChallenge = void 0;
  };
  return {
    async authorize(request) {
      if (!current && firstChallenge) await firstChallenge.promise;
      if (!current) {
        let releaseWaiting = () => void 0;
        const promise = new Promise((resolve) => {
          releaseWaiting = resolve;
        });
        firstChallenge = { promise, release: releaseWaiting };
        return void 0;
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
      const sameNonce = current !== void 0 && current.challenge.nonce === challenge.nonce;
      const retry = attemptedWith === void 0 || challenge.stale || !sameNonce;
      current = { challenge, nonceCount: 0 };
      release();
      return retry;
    }
  };
}
export async function digestAuthorization(credentials, challenge, request, nonceCount, cnonce) {
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
    ...challenge.opaque !== void 0 ? [`opaque=${quote(challenge.opaque)}`] : [],
    ...qop ? [`qop=${qop}`, `nc=${nc}`, `cnonce=${quote(cnonce)}`] : []
  ];
  return `Digest ${fields.join(", ")}`;
}
export function strongestChallenge(header) {
  if (header === null) return void 0;
  let best;
  for (const challenge of parseChallenges(header)) {
    const rank = algorithms[challenge.algorithm.toUpperCase()]?.rank;
    if (rank === void 0) continue;
    if (!best || rank > (algorithms[best.algorithm.toUpperCase()]?.rank ?? 0)) best = challenge;
  }
  return best;
}
export function parseChallenges(header) {
  const challenges = [];
  const scheme = /(?:^|,)\s*([A-Za-z][A-Za-z0-9!#$%&'*+.^_`|~-]*)\s+(?=[A-Za-z0-9!#$%&'*+.^_`|~-]+\s*=)/g;
  const starts = [];
  for (let match = scheme.exec(header); match !== null; match = scheme.exec(header)) {
    starts.push({ name: match[1] ?? "", at: match.index + match[0].length });
  }
  starts.forEach((start, index) => {
    if (start.name.toLowerCase() !== "digest") return;
    const end = index + 1 < starts.length ? starts[index + 1].at : header.length;
    const parameters = parseParameters(header.slice(start.at, end));
    const realm = parameters.get("realm");
    const nonce = parameters.get("nonce");
    if (realm === void 0 || nonce === void 0) return;
    const opaque = parameters.get("opaque");
    const qop = parameters.get("qop");
    challenges.push({
      realm,
      nonce,
      algorithm: parameters.get("algorithm") ?? "MD5",
      stale: (parameters.get("stale") ?? "").toLowerCase() === "true",
      ...opaque !== void 0 ? { opaque } : {},
      ...qop !== void 0 ? { qop } : {}
    });
  });
  return challenges;
}
function parseParameters(text) {
  const parameters = /* @__PURE__ */ new Map();
  const parameter = /([A-Za-z0-9!#$%&'*+.^_`|~-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))/g;
  for (let match = parameter.exec(text); match !== null; match = parameter.exec(text)) {
    const value = match[2] !== void 0 ? match[2].replace(/\\(.)/g, "$1") : match[3] ?? "";
    parameters.set((match[1] ?? "").toLowerCase(), value);
  }
  return parameters;
}
function chooseQop(offered) {
  if (offered === void 0 || offered.trim() === "") return void 0;
  const options = offered.split(",").map((option) => option.trim().toLowerCase());
  if (!options.includes("auth")) throw new Error(`the server offers qop=${offered}; only qop=auth is supported`);
  return "auth";
}
function quote(value) {
  return `"${value.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`;
}
function randomCnonce() {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}
async function hasher(algorithm) {
  const encoder = new TextEncoder();
  if (algorithm === "md5") return (text) => Promise.resolve(md5Hex(encoder.encode(text)));
  return async (text) => {
    const digest = await globalThis.crypto.subtle.digest("SHA-256", encoder.encode(text));
    return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
  };
}
