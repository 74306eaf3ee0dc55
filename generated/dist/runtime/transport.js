export const defaultRetryPolicy = {
  attempts: 3,
  baseDelayMs: 250,
  maxDelayMs: 8e3,
  maxRetryAfterMs: 6e4,
  statuses: [429, 503],
  methods: ["GET", "HEAD", "OPTIONS"]
};
export class AtlasNetworkError extends Error {
  constructor(message, code, options) {
    super(message, options);
    this.code = code;
  }
  code;
  name = "AtlasNetworkError";
}
export class AtlasTimeoutError extends Error {
  constructor(method, path, timeoutMs) {
    super(`${method} ${path} did not finish within ${timeoutMs} ms`);
    this.method = method;
    this.path = path;
    this.timeoutMs = timeoutMs;
  }
  method;
  path;
  timeoutMs;
  name = "AtlasTimeoutError";
}
export function retryAfterMs(header, now = Date.now()) {
  if (header === null || header.trim() === "") return void 0;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1e3;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? void 0 : Math.max(0, date - now);
}
export function backoffMs(policy, retry, random) {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  return Math.floor(random() * ceiling);
}
export function sleep(ms, signal) {
  if (signal === void 0) return new Promise((resolve) => setTimeout(resolve, ms));
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
const connectionCodes = /* @__PURE__ */ new Set(["ECONNRESET", "ECONNREFUSED", "EPIPE", "ETIMEDOUT", "UND_ERR_SOCKET", "UND_ERR_CLOSED", "EAI_AGAIN"]);
export function networkErrorCode(error) {
  for (let current = error, depth = 0; current !== void 0 && depth < 5; depth++) {
    const code = current?.code;
    if (typeof code === "string") return code;
    current = current?.cause;
  }
  return void 0;
}
export function isConnectionFailure(error) {
  const code = networkErrorCode(error);
  return code !== void 0 ? connectionCodes.has(code) : error instanceof TypeError;
}
