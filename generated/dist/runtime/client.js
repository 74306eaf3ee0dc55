import { bearerAuth, noAuth } from "./auth.js";
import { AtlasApiError, AtlasResponseValidationError } from "./errors.js";
import { buildUrl, parameterHeaders } from "./request.js";
import {
  AtlasNetworkError,
  AtlasTimeoutError,
  backoffMs,
  defaultRetryPolicy,
  isConnectionFailure,
  networkErrorCode,
  retryAfterMs,
  sleep
} from "./transport.js";
import { collectProblems, isRecord } from "./validation.js";
export function operationKey(operation, mediaType) {
  return `${operation.method} ${operation.path} ${mediaType}`;
}
function pickVariant(variants, mediaType, format, apiVersion) {
  const listed = apiVersion === void 0 ? void 0 : variants?.find((variant) => variant.version === apiVersion);
  return listed ?? { mediaType: withApiVersion(mediaType, apiVersion), format };
}
export function createClient(options) {
  const fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const auth = typeof options.auth === "string" ? bearerAuth(options.auth) : options.auth ?? noAuth;
  if ((options.validateResponses ?? "off") !== "off" && options.validators === void 0) {
    throw new TypeError("validateResponses needs validators: pass { ...v1.responseValidators, ...v2.responseValidators }");
  }
  const warn = options.onWarning ?? ((message) => console.warn(message));
  const send = async (operation, input) => {
    const parameters = input.parameters ?? {};
    const call = input.options ?? {};
    const url = buildUrl(options.baseUrl, operation, parameters);
    const apiVersion = call.apiVersion ?? options.apiVersion;
    const answer = pickVariant(operation.responseVariants, operation.responseMediaType, operation.responseFormat, apiVersion);
    const headers = { Accept: answer.mediaType, ...options.headers, ...parameterHeaders(operation, parameters), ...call.headers };
    if (options.userAgent !== void 0) headers["User-Agent"] = options.userAgent;
    let body;
    if (input.body !== void 0) {
      const sent = pickVariant(operation.requestVariants, operation.requestMediaType ?? "application/json", operation.requestFormat ?? "json", apiVersion);
      headers["Content-Type"] = sent.mediaType;
      body = encodeBody(sent.format, input.body);
    }
    const deadline = call.timeoutMs ?? options.timeoutMs;
    const policy = resolvePolicy(call.retry ?? options.retry);
    if (deadline === void 0) {
      const response = await sendWithRetries(operation, url, headers, body, call.signal, policy, answer.format);
      return decodeResponse(operation, url, parameters, answer, response);
    }
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new AtlasTimeoutError(operation.method, url.pathname, deadline)), deadline);
    const onCallerAbort = () => controller.abort(call.signal?.reason);
    if (call.signal?.aborted) onCallerAbort();
    call.signal?.addEventListener("abort", onCallerAbort, { once: true });
    try {
      const response = await sendWithRetries(operation, url, headers, body, controller.signal, policy, answer.format);
      return decodeResponse(operation, url, parameters, answer, response);
    } catch (error) {
      if (controller.signal.aborted) throw controller.signal.reason;
      throw error;
    } finally {
      clearTimeout(timer);
      call.signal?.removeEventListener("abort", onCallerAbort);
    }
  };
  const sendWithRetries = async (operation, url, headers, body, signal, policy, format) => {
    const retries = policy && policy.methods.includes(operation.method) ? policy.attempts - 1 : 0;
    for (let retry = 0; ; retry++) {
      let answer;
      try {
        answer = await sendAuthenticated(operation, url, headers, body, signal, format);
      } catch (error) {
        if (signal?.aborted || !isConnectionFailure(error)) throw error;
        if (retry >= retries || !policy) throw new AtlasNetworkError(`${operation.method} ${url.pathname}: the connection failed (${networkErrorCode(error) ?? "network error"})`, networkErrorCode(error), { cause: error });
        await sleep(backoffMs(policy, retry, policy.random), signal);
        continue;
      }
      if (retry >= retries || !policy || !policy.statuses.includes(answer.response.status)) return answer;
      const asked = retryAfterMs(answer.response.headers.get("retry-after"));
      if (asked !== void 0 && asked > policy.maxRetryAfterMs) return answer;
      await sleep(asked ?? backoffMs(policy, retry, policy.random), signal);
    }
  };
  const sendAuthenticated = async (operation, url, headers, body, signal, format) => {
    const request = { method: operation.method, url };
    for (let attempt = 0; ; attempt++) {
      const authorization = await auth.authorize(request);
      const init = { method: operation.method, headers: authorization === void 0 ? headers : { ...headers, Authorization: authorization } };
      if (signal !== void 0) init.signal = signal;
      if (body !== void 0) init.body = body;
      let response;
      try {
        response = await fetchImpl(url, init);
      } catch (error) {
        auth.answered?.(request, new Response(null, { status: 599 }));
        throw error;
      }
      const content = format === "bytes" ? new Uint8Array(await response.arrayBuffer()) : await response.text();
      if (response.status === 401 && attempt === 0 && await auth.challenged(request, response, authorization)) continue;
      if (response.status !== 401) auth.answered?.(request, response);
      return { response, content };
    }
  };
  const decodeResponse = (operation, url, parameters, variant, answer) => {
    const ok = answer.response.status >= 200 && answer.response.status <= 299;
    if (ok && typeof answer.content !== "string") return answer.content;
    const text = typeof answer.content === "string" ? answer.content : textDecoder.decode(answer.content);
    if (ok && variant.format === "text") return text;
    const decoded = decodeText(text);
    const envelope = parameters.envelope === true;
    const status = envelope && isRecord(decoded) && typeof decoded.status === "number" ? decoded.status : answer.response.status;
    if (status < 200 || status > 299) {
      const errorBody = envelope && isRecord(decoded) && "content" in decoded ? decoded.content : decoded;
      throw new AtlasApiError({ status, method: operation.method, path: url.pathname, operationId: operation.operationId, body: errorBody });
    }
    if (typeof decoded === "string" && text !== "") {
      throw new AtlasResponseValidationError(operation.operationId, [{ path: "", message: "is not valid JSON" }], text);
    }
    const result = envelope ? unwrapEnvelope(decoded) : decoded;
    const mode = options.validateResponses ?? "off";
    const check = options.validators?.[operationKey(operation, variant.mediaType)];
    if (mode !== "off" && check !== void 0) {
      const problems = collectProblems(check, result);
      if (problems.length > 0) {
        const error = new AtlasResponseValidationError(operation.operationId, problems, result);
        if (mode === "strict") throw error;
        warn(error.message);
      }
    }
    return result;
  };
  return { options, send };
}
const textDecoder = /* @__PURE__ */ new TextDecoder();
function encodeBody(format, body) {
  switch (format) {
    case "json":
      return JSON.stringify(body);
    case "form":
      return new URLSearchParams(
        Object.entries(body).filter(([, value]) => value !== void 0).map(([key, value]) => [key, String(value)])
      );
    case "text":
      return String(body);
    case "bytes":
      return body;
  }
}
function resolvePolicy(policy) {
  if (policy === false) return void 0;
  return { ...defaultRetryPolicy, random: Math.random, ...policy };
}
export function withApiVersion(mediaType, apiVersion) {
  if (apiVersion === void 0) return mediaType;
  return mediaType.replace(/^application\/vnd\.atlas\.[^+]+\+/, `application/vnd.atlas.${apiVersion}+`);
}
function decodeText(text) {
  if (text === "") return void 0;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
export function unwrapEnvelope(body) {
  if (!isRecord(body)) return body;
  if ("content" in body) return body.content;
  const { status: _status, ...rest } = body;
  return rest;
}
