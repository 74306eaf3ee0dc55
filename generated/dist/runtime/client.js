// The client the generated request functions call: one `send` that builds the request from an
// operation descriptor, sends it with `fetch`, decodes JSON and turns non-2xx answers into errors.
import { AtlasApiError } from "./errors.js";
import { buildUrl, parameterHeaders } from "./request.js";
import { isRecord } from "./validation.js";
export function createClient(options) {
    const fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    return {
        options,
        async send(operation, input) {
            const parameters = input.parameters ?? {};
            const url = buildUrl(options.baseUrl, operation, parameters);
            const headers = {
                Accept: operation.responseMediaType,
                ...options.headers,
                ...parameterHeaders(operation, parameters),
                ...input.options?.headers,
            };
            if (options.userAgent !== undefined)
                headers["User-Agent"] = options.userAgent;
            if (options.auth?.type === "bearer")
                headers.Authorization = `Bearer ${options.auth.token}`;
            const init = { method: operation.method, headers };
            if (input.body !== undefined) {
                headers["Content-Type"] = operation.requestMediaType ?? "application/json";
                init.body = JSON.stringify(input.body);
            }
            if (input.options?.signal)
                init.signal = input.options.signal;
            const response = await fetchImpl(url, init);
            const body = await decodeBody(response);
            const envelope = parameters.envelope === true;
            const status = envelope && isRecord(body) && typeof body.status === "number" ? body.status : response.status;
            if (status < 200 || status > 299) {
                const errorBody = envelope && isRecord(body) && "content" in body ? body.content : body;
                throw new AtlasApiError({ status, method: operation.method, path: url.pathname, operationId: operation.operationId, body: errorBody });
            }
            return envelope ? unwrapEnvelope(body) : body;
        },
    };
}
async function decodeBody(response) {
    const text = await response.text();
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
