// The client the generated request functions call: one `send` that builds the request from an
// operation descriptor, authenticates, applies the timeout and retry policy, decodes JSON, optionally
// validates the answer, and turns non-2xx answers into typed errors.
import { bearerAuth, noAuth, type Authenticator } from "./auth.js";
import { AtlasApiError, AtlasResponseValidationError } from "./errors.js";
import type { OperationDescriptor } from "./operation.js";
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

/** The key of an operation in a `validators` registry: method and path template. */
export function operationKey(operation: Pick<OperationDescriptor, "method" | "path">): string {
  return `${operation.method} ${operation.path}`;
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
    const mediaType = withApiVersion(operation.responseMediaType, call.apiVersion ?? options.apiVersion);
    const headers: Record<string, string> = { Accept: mediaType, ...options.headers, ...parameterHeaders(operation, parameters), ...call.headers };
    if (options.userAgent !== undefined) headers["User-Agent"] = options.userAgent;
    const body = input.body === undefined ? undefined : JSON.stringify(input.body);
    if (body !== undefined) headers["Content-Type"] = withApiVersion(operation.requestMediaType ?? "application/json", call.apiVersion ?? options.apiVersion);

    const deadline = call.timeoutMs ?? options.timeoutMs;
    const controller = new AbortController();
    const timer = deadline === undefined ? undefined : setTimeout(() => controller.abort(new AtlasTimeoutError(operation.method, url.pathname, deadline)), deadline);
    const onCallerAbort = (): void => controller.abort(call.signal?.reason);
    if (call.signal?.aborted) onCallerAbort();
    call.signal?.addEventListener("abort", onCallerAbort, { once: true });
    try {
      const response = await sendWithRetries(operation, url, headers, body, controller.signal, resolvePolicy(call.retry ?? options.retry));
      return decodeResponse(operation, url, parameters, response);
    } catch (error) {
      // Whatever was under way when the deadline passed, the caller hears about the deadline.
      if (controller.signal.aborted) throw controller.signal.reason;
      throw error;
    } finally {
      if (timer !== undefined) clearTimeout(timer);
      call.signal?.removeEventListener("abort", onCallerAbort);
    }
  };

  const sendWithRetries = async (
    operation: OperationDescriptor,
    url: URL,
    headers: Record<string, string>,
    body: string | undefined,
    signal: AbortSignal,
    policy: ResolvedPolicy | undefined,
  ): Promise<{ response: Response; text: string }> => {
    const retries = policy && policy.methods.includes(operation.method) ? policy.attempts - 1 : 0;
    for (let retry = 0; ; retry++) {
      let answer: { response: Response; text: string };
      try {
        answer = await sendAuthenticated(operation, url, headers, body, signal);
      } catch (error) {
        if (signal.aborted || !isConnectionFailure(error)) throw error;
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
    body: string | undefined,
    signal: AbortSignal,
  ): Promise<{ response: Response; text: string }> => {
    const request = { method: operation.method, url };
    for (let attempt = 0; ; attempt++) {
      const authorization = await auth.authorize(request);
      const init: RequestInit = { method: operation.method, headers: authorization === undefined ? headers : { ...headers, Authorization: authorization }, signal };
      if (body !== undefined) init.body = body;
      const response = await fetchImpl(url, init);
      const text = await response.text();
      // One retry after a 401 when the authenticator learned something (a challenge, a fresh token).
      if (response.status === 401 && attempt === 0 && (await auth.challenged(request, response, authorization))) continue;
      return { response, text };
    }
  };

  const decodeResponse = (operation: OperationDescriptor, url: URL, parameters: ParameterValues, answer: { response: Response; text: string }): unknown => {
    const decoded = decodeText(answer.text);
    const envelope = (parameters as { envelope?: unknown }).envelope === true;
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
        if (mode === "strict") throw error;
        warn(error.message);
      }
    }
    return result;
  };

  return { options, send };
}

type ResolvedPolicy = Required<Omit<RetryPolicy, "random">> & { readonly random: () => number };

function resolvePolicy(policy: RetryPolicy | false | undefined): ResolvedPolicy | undefined {
  if (policy === false) return undefined;
  return { ...defaultRetryPolicy, random: Math.random, ...policy };
}

/** `application/vnd.atlas.2023-01-01+json` with another date; other media types unchanged. */
export function withApiVersion(mediaType: string, apiVersion: string | undefined): string {
  if (apiVersion === undefined) return mediaType;
  return mediaType.replace(/^application\/vnd\.atlas\.\d{4}-\d{2}-\d{2}\+json/, `application/vnd.atlas.${apiVersion}+json`);
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
