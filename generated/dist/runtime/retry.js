import { AtlasNetworkError } from "./transport.js";
export const defaultRetryPolicy = {
  attempts: 3,
  baseDelayMs: 250,
  maxDelayMs: 8e3,
  maxRetryAfterMs: 6e4,
  statuses: [429, 503],
  methods: ["GET", "HEAD", "OPTIONS"]
};
export function retries(policy = {}) {
  const settings = { ...defaultRetryPolicy, random: Math.random, ...policy };
  checkPolicy(settings);
  return async (attempt, { method, signal }) => {
    const retriesAllowed = settings.methods.includes(method) ? settings.attempts - 1 : 0;
    for (let retry = 0; ; retry++) {
      let answer;
      try {
        answer = await attempt();
      } catch (error) {
        if (retry >= retriesAllowed || !isTransient(error)) throw error;
        await sleep(backoffMs(settings, retry), signal);
        continue;
      }
      if (retry >= retriesAllowed || !settings.statuses.includes(answer.response.status)) return answer;
      const asked = retryAfterMs(answer.response.headers.get("retry-after"));
      if (asked !== void 0 && asked > settings.maxRetryAfterMs) return answer;
      await sleep(asked ?? backoffMs(settings, retry), signal);
    }
  };
}
const transientCodes = /* @__PURE__ */ new Set(["ECONNRESET", "ECONNREFUSED", "EPIPE", "ETIMEDOUT", "UND_ERR_SOCKET", "UND_ERR_CLOSED", "EAI_AGAIN"]);
function isTransient(error) {
  return error instanceof AtlasNetworkError && (error.code === void 0 || transientCodes.has(error.code));
}
function checkPolicy(policy) {
  if (!Number.isInteger(policy.attempts) || policy.attempts < 1) {
    throw new RangeError(`retries: attempts must be a whole number of at least 1; got ${policy.attempts}`);
  }
  for (const key of ["baseDelayMs", "maxDelayMs", "maxRetryAfterMs"]) {
    if (!(policy[key] >= 0)) throw new RangeError(`retries: ${key} must be a number of at least 0; got ${policy[key]}`);
  }
}
export function retryAfterMs(header, now = Date.now()) {
  if (header === null || header.trim() === "") return void 0;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1e3;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? void 0 : Math.max(0, date - now);
}
function backoffMs(policy, retry) {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  return Math.floor(policy.random() * ceiling);
}
function sleep(ms, signal) {
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
