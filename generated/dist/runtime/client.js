// The client the generated request functions call: one `send` that builds the request from an
// operation descriptor, authenticates, applies the timeout and retry policy, decodes JSON, optionally
// validates the answer, and turns non-2xx answers into typed errors.
import { bearerAuth, noAuth } from "./auth.js";
import { AtlasApiError, AtlasResponseValidationError } from "./errors.js";
import { buildUrl, parameterHeaders } from "./request.js";
import { AtlasNetworkError, AtlasTimeoutError, backoffMs, defaultRetryPolicy, isConnectionFailure, networkErrorCode, retryAfterMs, sleep, } from "./transport.js";
import { collectProblems, isRecord } from "./validation.js";
/** The key of an operation's answer in a `validators` registry: method, path template and media type. */
export function operationKey(operation, mediaType) {
    return `${operation.method} ${operation.path} ${mediaType}`;
}
/** The variant `apiVersion` names, else the default media type (with its date replaced, if one is given). */
function pickVariant(variants, mediaType, format, apiVersion) {
    const listed = apiVersion === undefined ? undefined : variants?.find((variant) => variant.version === apiVersion);
    return listed ?? { mediaType: withApiVersion(mediaType, apiVersion), format };
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
        const apiVersion = call.apiVersion ?? options.apiVersion;
        const answer = pickVariant(operation.responseVariants, operation.responseMediaType, operation.responseFormat, apiVersion);
        const headers = { Accept: answer.mediaType, ...options.headers, ...parameterHeaders(operation, parameters), ...call.headers };
        if (options.userAgent !== undefined)
            headers["User-Agent"] = options.userAgent;
        let body;
        if (input.body !== undefined) {
            const sent = pickVariant(operation.requestVariants, operation.requestMediaType ?? "application/json", operation.requestFormat ?? "json", apiVersion);
            headers["Content-Type"] = sent.mediaType;
            body = encodeBody(sent.format, input.body);
        }
        const deadline = call.timeoutMs ?? options.timeoutMs;
        const controller = new AbortController();
        const timer = deadline === undefined ? undefined : setTimeout(() => controller.abort(new AtlasTimeoutError(operation.method, url.pathname, deadline)), deadline);
        const onCallerAbort = () => controller.abort(call.signal?.reason);
        if (call.signal?.aborted)
            onCallerAbort();
        call.signal?.addEventListener("abort", onCallerAbort, { once: true });
        try {
            const response = await sendWithRetries(operation, url, headers, body, controller.signal, resolvePolicy(call.retry ?? options.retry));
            return decodeResponse(operation, url, parameters, answer, response);
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
            let response;
            try {
                response = await fetchImpl(url, init);
            }
            catch (error) {
                // Nobody should keep waiting on an answer that will not come.
                auth.answered?.(request, new Response(null, { status: 599 }));
                throw error;
            }
            const bytes = new Uint8Array(await response.arrayBuffer());
            // One retry after a 401 when the authenticator learned something (a challenge, a fresh token).
            if (response.status === 401 && attempt === 0 && (await auth.challenged(request, response, authorization)))
                continue;
            if (response.status !== 401)
                auth.answered?.(request, response);
            return { response, bytes };
        }
    };
    const decodeResponse = (operation, url, parameters, variant, answer) => {
        const text = new TextDecoder().decode(answer.bytes);
        const ok = answer.response.status >= 200 && answer.response.status <= 299;
        // Errors come as JSON whatever was asked for; text and bytes are returned as they came.
        if (ok && variant.format === "bytes")
            return answer.bytes;
        if (ok && variant.format === "text")
            return text;
        const decoded = decodeText(text);
        const envelope = parameters.envelope === true;
        const status = envelope && isRecord(decoded) && typeof decoded.status === "number" ? decoded.status : answer.response.status;
        if (status < 200 || status > 299) {
            const errorBody = envelope && isRecord(decoded) && "content" in decoded ? decoded.content : decoded;
            throw new AtlasApiError({ status, method: operation.method, path: url.pathname, operationId: operation.operationId, body: errorBody });
        }
        if (typeof decoded === "string" && text !== "") {
            // A success status with a body that is not JSON is a broken answer, not a value of the declared type.
            throw new AtlasResponseValidationError(operation.operationId, [{ path: "", message: "is not valid JSON" }], text);
        }
        const result = envelope ? unwrapEnvelope(decoded) : decoded;
        const mode = options.validateResponses ?? "off";
        const check = options.validators?.[operationKey(operation, variant.mediaType)];
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
/** The request body as the chosen media type wants it. */
function encodeBody(format, body) {
    switch (format) {
        case "json":
            return JSON.stringify(body);
        case "form":
            return new URLSearchParams(Object.entries(body)
                .filter(([, value]) => value !== undefined)
                .map(([key, value]) => [key, String(value)]));
        case "text":
            return String(body);
        case "bytes":
            return body;
    }
}
function resolvePolicy(policy) {
    if (policy === false)
        return undefined;
    return { ...defaultRetryPolicy, random: Math.random, ...policy };
}
/** `application/vnd.atlas.2023-01-01+json` with another version (a date or `preview`); other media types unchanged. */
export function withApiVersion(mediaType, apiVersion) {
    if (apiVersion === undefined)
        return mediaType;
    return mediaType.replace(/^application\/vnd\.atlas\.[^+]+\+/, `application/vnd.atlas.${apiVersion}+`);
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
