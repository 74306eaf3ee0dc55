// The client the generated request functions call: one `send` that builds the request from an
// operation descriptor, authenticates, applies the timeout and retry policy, decodes JSON, optionally
// validates the answer, and turns non-2xx answers into typed errors.
import { bearerAuth, noAuth } from "./auth.js";
import { AtlasApiError, AtlasResponseValidationError } from "./errors.js";
import { buildUrl, parameterHeaders } from "./request.js";
import { AtlasNetworkError, AtlasTimeoutError, backoffMs, defaultRetryPolicy, isConnectionFailure, networkErrorCode, retryAfterMs, sleep, } from "./transport.js";
import { collectProblems, isRecord } from "./validation.js";
/** The key of an operation in a `validators` registry: method and path template. */
export function operationKey(operation) {
    return `${operation.method} ${operation.path}`;
}
export function createClient(options) {
    const fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    const auth = typeof options.auth === "string" ? bearerAuth(options.auth) : (options.auth ?? noAuth);
    if ((options.validateResponses ?? "off") !== "off" && options.validators === undefined) {
        throw new TypeError('validateResponses needs validators: pass { ...v1.responseValidators, ...v2.responseValidators }');
    }
    const warn = options.onWarning ?? ((message) => console.warn(message));
    const send = async (operation, input) => {
        const parameters = input.parameters ?? {};
        const call = input.options ?? {};
        const url = buildUrl(options.baseUrl, operation, parameters);
        const mediaType = withApiVersion(operation.responseMediaType, call.apiVersion ?? options.apiVersion);
        const headers = { Accept: mediaType, ...options.headers, ...parameterHeaders(operation, parameters), ...call.headers };
        if (options.userAgent !== undefined)
            headers["User-Agent"] = options.userAgent;
        const body = input.body === undefined ? undefined : JSON.stringify(input.body);
        if (body !== undefined)
            headers["Content-Type"] = withApiVersion(operation.requestMediaType ?? "application/json", call.apiVersion ?? options.apiVersion);
        const deadline = call.timeoutMs ?? options.timeoutMs;
        const controller = new AbortController();
        const timer = deadline === undefined ? undefined : setTimeout(() => controller.abort(new AtlasTimeoutError(operation.method, url.pathname, deadline)), deadline);
        const onCallerAbort = () => controller.abort(call.signal?.reason);
        if (call.signal?.aborted)
            onCallerAbort();
        call.signal?.addEventListener("abort", onCallerAbort, { once: true });
        try {
            const response = await sendWithRetries(operation, url, headers, body, controller.signal, resolvePolicy(call.retry ?? options.retry));
            return decodeResponse(operation, url, parameters, response);
        }
        catch (error) {
            // Whatever was under way when the deadline passed, the caller hears about the deadline.
            if (controller.signal.aborted)
                throw controller.signal.reason;
            throw error;
        }
        finally {
            if (timer !== undefined)
                clearTimeout(timer);
            call.signal?.removeEventListener("abort", onCallerAbort);
        }
    };
    const sendWithRetries = async (operation, url, headers, body, signal, policy) => {
        const retries = policy && policy.methods.includes(operation.method) ? policy.attempts - 1 : 0;
        for (let retry = 0;; retry++) {
            let answer;
            try {
                answer = await sendAuthenticated(operation, url, headers, body, signal);
            }
            catch (error) {
                if (signal.aborted || !isConnectionFailure(error))
                    throw error;
                if (retry >= retries || !policy)
                    throw new AtlasNetworkError(`${operation.method} ${url.pathname}: the connection failed (${networkErrorCode(error) ?? "network error"})`, networkErrorCode(error), { cause: error });
                await sleep(backoffMs(policy, retry, policy.random), signal);
                continue;
            }
            if (retry >= retries || !policy || !policy.statuses.includes(answer.response.status))
                return answer;
            const asked = retryAfterMs(answer.response.headers.get("retry-after"));
            if (asked !== undefined && asked > policy.maxRetryAfterMs)
                return answer;
            await sleep(asked ?? backoffMs(policy, retry, policy.random), signal);
        }
    };
    const sendAuthenticated = async (operation, url, headers, body, signal) => {
        const request = { method: operation.method, url };
        for (let attempt = 0;; attempt++) {
            const authorization = await auth.authorize(request);
            const init = { method: operation.method, headers: authorization === undefined ? headers : { ...headers, Authorization: authorization }, signal };
            if (body !== undefined)
                init.body = body;
            const response = await fetchImpl(url, init);
            const text = await response.text();
            // One retry after a 401 when the authenticator learned something (a challenge, a fresh token).
            if (response.status === 401 && attempt === 0 && (await auth.challenged(request, response, authorization)))
                continue;
            return { response, text };
        }
    };
    const decodeResponse = (operation, url, parameters, answer) => {
        const decoded = decodeText(answer.text);
        const envelope = parameters.envelope === true;
        const status = envelope && isRecord(decoded) && typeof decoded.status === "number" ? decoded.status : answer.response.status;
        if (status < 200 || status > 299) {
            const errorBody = envelope && isRecord(decoded) && "content" in decoded ? decoded.content : decoded;
            throw new AtlasApiError({ status, method: operation.method, path: url.pathname, operationId: operation.operationId, body: errorBody });
        }
        if (typeof decoded === "string" && answer.text !== "" && operation.responseMediaType.endsWith("json")) {
            // A success status with a body that is not JSON is a broken answer, not a value of the declared type.
            throw new AtlasResponseValidationError(operation.operationId, [{ path: "", message: "is not valid JSON" }], answer.text);
        }
        const result = envelope ? unwrapEnvelope(decoded) : decoded;
        const mode = options.validateResponses ?? "off";
        const check = options.validators?.[operationKey(operation)];
        if (mode !== "off" && check !== undefined) {
            const problems = collectProblems(check, result);
            if (problems.length > 0) {
                const error = new AtlasResponseValidationError(operation.operationId, problems, result);
                if (mode === "strict")
                    throw error;
                warn(error.message);
            }
        }
        return result;
    };
    return { options, send };
}
function resolvePolicy(policy) {
    if (policy === false)
        return undefined;
    return { ...defaultRetryPolicy, random: Math.random, ...policy };
}
/** `application/vnd.atlas.2023-01-01+json` with another date; other media types unchanged. */
export function withApiVersion(mediaType, apiVersion) {
    if (apiVersion === undefined)
        return mediaType;
    return mediaType.replace(/^application\/vnd\.atlas\.\d{4}-\d{2}-\d{2}\+json/, `application/vnd.atlas.${apiVersion}+json`);
}
function decodeText(text) {
    if (text === "")
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch {
        return text;
    }
}
/**
 * With `envelope=true` Atlas answers 200 and reports the real status in the body: a single resource
 * as `{ status, content }`, a list as the usual page plus `status`. This returns what the call would
 * have returned without the envelope.
 */
export function unwrapEnvelope(body) {
    if (!isRecord(body))
        return body;
    if ("content" in body)
        return body.content;
    const { status: _status, ...rest } = body;
    return rest;
}
