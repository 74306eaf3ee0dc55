// The client the generated request functions call: one `send` that builds the request from an
// operation descriptor, authenticates, applies the timeout and retry policy, decodes JSON, optionally
// validates the answer, and turns non-2xx answers into typed errors.
import { bearerAuth, noAuth, type Authenticator } from "./auth.js";
import { AtlasApiError, AtlasResponseValidationError } from "./errors.js";
import type { BodyFormat, MediaVariant, OperationDescriptor } from "./operation.js";
import { buildUrl, parameterHeaders, type ParameterValues } from "./request.js";
import {
  AtlasNetworkError,
  AtlasTimeoutError,
  backoffMs,
  defaultRetryPolicy,
  isConnectionFailure,
  networkErrorCode,
  retryAfterMs,
  sleep,
  type FetchFunction,
  type RetryPolicy,
} from "./transport.js";
import { collectProblems, isRecord, type Check } from "./validation.js";

export type ResponseValidation = "off" | "warn" | "strict";

export interface ClientOptions {
  /** Scheme and host (and optional prefix) the operation paths are appended to, e.g. `https://cloud.mongodb.com`. */
  readonly baseUrl: string;
  /** `digestAuth(...)`, `serviceAccountAuth(...)`, `bearerAuth(...)`, or a bearer token string. */
  readonly auth?: Authenticator | string;
  /** A `fetch` to use instead of the global one (tests, proxies, instrumentation). */
  readonly fetch?: FetchFunction;
  /** Deadline for a whole call, retries included (default: none). */
  readonly timeoutMs?: number;
  /** Retry policy, or false to never retry. */
  readonly retry?: RetryPolicy | false;
  /** Check success bodies against the spec with the generated guards (default `off`). */
  readonly validateResponses?: ResponseValidation;
  /** The checks `validateResponses` uses: the generated `responseValidators` of each API module. */
  readonly validators?: Readonly<Record<string, Check>>;
  /** Where `validateResponses: "warn"` reports (default `console.warn`). */
  readonly onWarning?: (message: string) => void;
  readonly userAgent?: string;
  /** Replaces the date of versioned Atlas media types, e.g. `2023-02-01` (v2 only). */
  readonly apiVersion?: string;
  /** Headers sent with every request. */
  readonly headers?: Readonly<Record<string, string>>;
}

export interface RequestOptions {
  readonly signal?: AbortSignal;
  /** Deadline for this call, retries included; overrides the client's. */
  readonly timeoutMs?: number;
  /** Retry policy for this call (for example to let one POST retry); overrides the client's. */
  readonly retry?: RetryPolicy | false;
  /** Replaces the date of a versioned Atlas media type for this call. */
  readonly apiVersion?: string;
  /** Extra headers for this call only. */
  readonly headers?: Readonly<Record<string, string>>;
}

export interface SendInput {
  readonly parameters?: ParameterValues;
  readonly body?: unknown;
  readonly options?: RequestOptions | undefined;
}

export interface Client {
  readonly options: ClientOptions;
  /** Sends one operation. Generated functions call this; it resolves to the decoded success body. */
  send(operation: OperationDescriptor, input: SendInput): Promise<unknown>;
}

/** The key of an operation's answer in a `validators` registry: method, path template and media type. */
export function operationKey(operation: Pick<OperationDescriptor, "method" | "path">, mediaType: string): string {
  return `${operation.method} ${operation.path} ${mediaType}`;
}

/** The variant `apiVersion` names, else the default media type (with its date replaced, if one is given). */
function pickVariant(variants: readonly MediaVariant[] | undefined, mediaType: string, format: BodyFormat, apiVersion: string | undefined): MediaVariant {
  const listed = apiVersion === undefined ? undefined : variants?.find((variant) => variant.version === apiVersion);
  return listed ?? { mediaType: withApiVersion(mediaType, apiVersion), format };
}

export function createClient(options: ClientOptions): Client {
  const fetchImpl: FetchFunction = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const auth: Authenticator = typeof options.auth === "string" ? bearerAuth(options.auth) : (options.auth ?? noAuth);
  if ((options.validateResponses ?? "off") !== "off" && options.validators === undefined) {
    throw new TypeError('validateResponses needs validators: pass { ...v1.responseValidators, ...v2.responseValidators }');
  }
  const warn = options.onWarning ?? ((message: string) => console.warn(message));

  const send = async (operation: OperationDescriptor, input: SendInput): Promise<unknown> => {
    const parameters = input.parameters ?? {};
    const call = input.options ?? {};
    const url = buildUrl(options.baseUrl, operation, parameters);
    const apiVersion = call.apiVersion ?? options.apiVersion;
    const answer = pickVariant(operation.responseVariants, operation.responseMediaType, operation.responseFormat, apiVersion);
    const headers: Record<string, string> = { Accept: answer.mediaType, ...options.headers, ...parameterHeaders(operation, parameters), ...call.headers };
    if (options.userAgent !== undefined) headers["User-Agent"] = options.userAgent;
    let body: RequestBody | undefined;
    if (input.body !== undefined) {
      const sent = pickVariant(operation.requestVariants, operation.requestMediaType ?? "application/json", operation.requestFormat ?? "json", apiVersion);
      headers["Content-Type"] = sent.mediaType;
      body = encodeBody(sent.format, input.body);
    }

    const deadline = call.timeoutMs ?? options.timeoutMs;
    const policy = resolvePolicy(call.retry ?? options.retry);
    if (deadline === undefined) {
      // No deadline of our own: the caller's signal (if any) is all that can stop the call.
      const response = await sendWithRetries(operation, url, headers, body, call.signal, policy, answer.format);
      return decodeResponse(operation, url, parameters, answer, response);
    }
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new AtlasTimeoutError(operation.method, url.pathname, deadline)), deadline);
    const onCallerAbort = (): void => controller.abort(call.signal?.reason);
    if (call.signal?.aborted) onCallerAbort();
    call.signal?.addEventListener("abort", onCallerAbort, { once: true });
    try {
      const response = await sendWithRetries(operation, url, headers, body, controller.signal, policy, answer.format);
      return decodeResponse(operation, url, parameters, answer, response);
    } catch (error) {
      // Whatever was under way when the deadline passed, the caller hears about the deadline.
      if (controller.signal.aborted) throw controller.signal.reason;
      throw error;
    } finally {
      clearTimeout(timer);
      call.signal?.removeEventListener("abort", onCallerAbort);
    }
  };

  const sendWithRetries = async (
    operation: OperationDescriptor,
    url: URL,
    headers: Record<string, string>,
    body: RequestBody | undefined,
    signal: AbortSignal | undefined,
    policy: ResolvedPolicy | undefined,
    format: BodyFormat,
  ): Promise<Answer> => {
    const retries = policy && policy.methods.includes(operation.method) ? policy.attempts - 1 : 0;
    for (let retry = 0; ; retry++) {
      let answer: Answer;
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
      if (asked !== undefined && asked > policy.maxRetryAfterMs) return answer;
      await sleep(asked ?? backoffMs(policy, retry, policy.random), signal);
    }
  };

  const sendAuthenticated = async (
    operation: OperationDescriptor,
    url: URL,
    headers: Record<string, string>,
    body: RequestBody | undefined,
    signal: AbortSignal | undefined,
    format: BodyFormat,
  ): Promise<Answer> => {
    const request = { method: operation.method, url };
    for (let attempt = 0; ; attempt++) {
      const authorization = await auth.authorize(request);
      const init: RequestInit = { method: operation.method, headers: authorization === undefined ? headers : { ...headers, Authorization: authorization } };
      if (signal !== undefined) init.signal = signal;
      if (body !== undefined) init.body = body;
      let response: Response;
      try {
        response = await fetchImpl(url, init);
      } catch (error) {
        // Nobody should keep waiting on an answer that will not come.
        auth.answered?.(request, new Response(null, { status: 599 }));
        throw error;
      }
      // Bytes only when bytes were asked for; otherwise the platform decodes the text.
      const content = format === "bytes" ? new Uint8Array(await response.arrayBuffer()) : await response.text();
      // One retry after a 401 when the authenticator learned something (a challenge, a fresh token).
      if (response.status === 401 && attempt === 0 && (await auth.challenged(request, response, authorization))) continue;
      if (response.status !== 401) auth.answered?.(request, response);
      return { response, content };
    }
  };

  const decodeResponse = (operation: OperationDescriptor, url: URL, parameters: ParameterValues, variant: MediaVariant, answer: Answer): unknown => {
    const ok = answer.response.status >= 200 && answer.response.status <= 299;
    // Errors come as JSON whatever was asked for; text and bytes are returned as they came.
    if (ok && typeof answer.content !== "string") return answer.content;
    const text = typeof answer.content === "string" ? answer.content : textDecoder.decode(answer.content);
    if (ok && variant.format === "text") return text;
    const decoded = decodeText(text);
    const envelope = (parameters as { envelope?: unknown }).envelope === true;
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
        if (mode === "strict") throw error;
        warn(error.message);
      }
    }
    return result;
  };

  return { options, send };
}

/** What `fetch` accepts as a body (named here so the runtime needs no DOM typings). */
type RequestBody = NonNullable<RequestInit["body"]>;

interface Answer {
  readonly response: Response;
  /** The body: bytes when bytes were asked for, text otherwise. */
  readonly content: string | Uint8Array;
}

const textDecoder = /* @__PURE__ */ new TextDecoder();

/** The request body as the chosen media type wants it. */
function encodeBody(format: BodyFormat, body: unknown): RequestBody {
  switch (format) {
    case "json":
      return JSON.stringify(body);
    case "form":
      return new URLSearchParams(
        Object.entries(body as Record<string, unknown>)
          .filter(([, value]) => value !== undefined)
          .map(([key, value]): [string, string] => [key, String(value)]),
      );
    case "text":
      return String(body);
    case "bytes":
      return body as RequestBody;
  }
}

type ResolvedPolicy = Required<Omit<RetryPolicy, "random">> & { readonly random: () => number };

function resolvePolicy(policy: RetryPolicy | false | undefined): ResolvedPolicy | undefined {
  if (policy === false) return undefined;
  return { ...defaultRetryPolicy, random: Math.random, ...policy };
}

/** `application/vnd.atlas.2023-01-01+json` with another version (a date or `preview`); other media types unchanged. */
export function withApiVersion(mediaType: string, apiVersion: string | undefined): string {
  if (apiVersion === undefined) return mediaType;
  return mediaType.replace(/^application\/vnd\.atlas\.[^+]+\+/, `application/vnd.atlas.${apiVersion}+`);
}

function decodeText(text: string): unknown {
  if (text === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * With `envelope=true` Atlas answers 200 and reports the real status in the body: a single resource
 * as `{ status, content }`, a list as the usual page plus `status`. This returns what the call would
 * have returned without the envelope.
 */
export function unwrapEnvelope(body: unknown): unknown {
  if (!isRecord(body)) return body;
  if ("content" in body) return body.content;
  const { status: _status, ...rest } = body;
  return rest;
}
