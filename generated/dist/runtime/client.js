import { bearerAuth, noAuth } from "./auth.js";
import { AtlasApiError, AtlasResponseValidationError } from "./errors.js";
import { requestTarget } from "./request.js";
import { AtlasNetworkError, AtlasTimeoutError, networkErrorCode } from "./transport.js";
import { isRecord } from "./validation.js";
function pickVariant(variants, mediaType, format, apiVersion) {
  const listed = apiVersion === void 0 ? void 0 : variants?.find((variant) => variant.version === apiVersion);
  return listed ?? { mediaType: withApiVersion(mediaType, apiVersion), format };
}
export function createClient(options) {
  const fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const auth = typeof options.auth === "string" ? bearerAuth(options.auth) : options.auth ?? noAuth;
  const send = async (operation, input) => {
    const parameters = input.parameters ?? {};
    const call = input.options ?? {};
    const { method } = operation;
    const { url, headers: parameterHeaders } = requestTarget(options.baseUrl, operation, parameters);
    const apiVersion = call.apiVersion ?? options.apiVersion;
    const answer = pickVariant(operation.responseVariants, operation.responseMediaType, operation.responseFormat, apiVersion);
    const headers = { Accept: answer.mediaType, ...options.headers, ...parameterHeaders, ...call.headers };
    if (options.userAgent !== void 0) headers["User-Agent"] = options.userAgent;
    let body;
    if (input.body !== void 0) {
      const sent = pickVariant(operation.requestVariants, operation.requestMediaType ?? "application/json", operation.requestFormat ?? "json", apiVersion);
      headers["Content-Type"] = sent.mediaType;
      body = encodeBody(sent.format, input.body);
    }
    const deadline = call.timeoutMs ?? options.timeoutMs;
    const controller = deadline === void 0 ? void 0 : new AbortController();
    const signal = controller?.signal ?? call.signal;
    const timer = deadline === void 0 ? void 0 : setTimeout(() => controller?.abort(new AtlasTimeoutError(method, url.pathname, deadline)), deadline);
    const onCallerAbort = () => controller?.abort(call.signal?.reason);
    if (controller) {
      if (call.signal?.aborted) onCallerAbort();
      call.signal?.addEventListener("abort", onCallerAbort, { once: true });
    }
    const request = { method, url };
    const attempt = async () => {
      for (let round = 0; ; round++) {
        const authorization = await auth.authorize(request);
        const init = { method, headers: authorization === void 0 ? headers : { ...headers, Authorization: authorization } };
        if (signal !== void 0) init.signal = signal;
        if (body !== void 0) init.body = body;
        let response;
        let content;
        try {
          response = await fetchImpl(url, init);
          content = answer.format === "bytes" ? new Uint8Array(await response.arrayBuffer()) : await response.text();
        } catch (error) {
          auth.answered?.(request, void 0);
          if (signal?.aborted) throw error;
          const code = networkErrorCode(error);
          throw new AtlasNetworkError(`${method} ${url.pathname}: no answer (${code ?? "the connection failed"})`, code, { cause: error });
        }
        if (response.status === 401 && round === 0 && await auth.challenged(request, response, authorization)) continue;
        if (response.status !== 401) auth.answered?.(request, response);
        return { response, content };
      }
    };
    try {
      const retry = call.retry ?? options.retry;
      const received = await (retry ? retry(attempt, { method, signal }) : attempt());
      const envelope = parameters.envelope === true;
      const result = decodeResponse(operation, url, envelope, answer.format, received);
      options.validateResponses?.(operation, answer.mediaType, result);
      return result;
    } catch (error) {
      if (controller?.signal.aborted) throw controller.signal.reason;
      throw error;
    } finally {
      clearTimeout(timer);
      call.signal?.removeEventListener("abort", onCallerAbort);
    }
  };
  return { options, send };
}
function decodeResponse(operation, url, envelope, format, answer) {
  const ok = answer.response.status >= 200 && answer.response.status <= 299;
  if (ok && typeof answer.content !== "string") return answer.content;
  const text = typeof answer.content === "string" ? answer.content : textDecoder.decode(answer.content);
  if (ok && format === "text") return text;
  const decoded = decodeText(text);
  const status = envelope && isRecord(decoded) && typeof decoded.status === "number" ? decoded.status : answer.response.status;
  if (status < 200 || status > 299) {
    const errorBody = envelope && isRecord(decoded) && "content" in decoded ? decoded.content : decoded;
    throw new AtlasApiError({ status, method: operation.method, path: url.pathname, operationId: operation.operationId, body: errorBody });
  }
  if (typeof decoded === "string" && text !== "") {
    throw new AtlasResponseValidationError(operation.operationId, [{ path: "", message: "is not valid JSON" }], text);
  }
  return envelope ? unwrapEnvelope(decoded) : decoded;
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
