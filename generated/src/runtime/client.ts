// The client the generated request functions call: one `send` that builds the request from an
// operation descriptor, authenticates, applies the deadline, decodes JSON and turns non-2xx answers into
// typed errors. Retries and response validation are values passed in (`retries()`,
// `responseValidation()`), so a client that uses neither carries neither.
import { bearerAuth, noAuth, type Authenticator } from "./auth.js";
import { AtlasApiError, AtlasResponseValidationError } from "./errors.js";
import type { BodyFormat, MediaVariant, OperationDescriptor } from "./operation.js";
import { requestTarget, type ParameterValues } from "./request.js";
import type { ResponseValidator } from "./response-validation.js";
import type { Retrier } from "./retry.js";
import { AtlasNetworkError, AtlasTimeoutError, networkErrorCode, type FetchFunction } from "./transport.js";
import { isRecord } from "./validation.js";

export interface ClientOptions {
  /** Scheme and host (and optional prefix) the operation paths are appended to, e.g. `https://cloud.mongodb.com`. */
  readonly baseUrl: string;
  /** `digestAuth(...)`, `serviceAccountAuth(...)`, `bearerAuth(...)`, or a bearer token string. */
  readonly auth?: Authenticator | string;
  /** A `fetch` to use instead of the global one (tests, proxies, instrumentation). */
  readonly fetch?: FetchFunction;
  /** Deadline for a whole call, retries included (default: none). */
  readonly timeoutMs?: number;
  /** `retries()` or `retries(policy)` to send failed calls again (default: every call is sent once). */
  readonly retry?: Retrier;
  /** `responseValidation(validators, { mode })` to check success bodies against the spec (default: unchecked). */
  readonly validateResponses?: ResponseValidator;
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
  /** Retries for this call (for example `retries({ methods: ["POST"] })`), or false for none; overrides the client's. */
  readonly retry?: Retrier | false;
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

/** The variant `apiVersion` names, else the default media type (with its date replaced, if one is given). */
function pickVariant(variants: readonly MediaVariant[] | undefined, mediaType: string, format: BodyFormat, apiVersion: string | undefined): MediaVariant {
  const listed = apiVersion === undefined ? undefined : variants?.find((variant) => variant.version === apiVersion);
  return listed ?? { mediaType: withApiVersion(mediaType, apiVersion), format };
}

export function createClient(options: ClientOptions): Client {
  const fetchImpl: FetchFunction = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const auth: Authenticator = typeof options.auth === "string" ? bearerAuth(options.auth) : (options.auth ?? noAuth);

  const send = async (operation: OperationDescriptor, input: SendInput): Promise<unknown> => {
    const parameters = input.parameters ?? {};
    const call = input.options ?? {};
    const { method } = operation;
    const { url, headers: parameterHeaders } = requestTarget(options.baseUrl, operation, parameters);
    const apiVersion = call.apiVersion ?? options.apiVersion;
    const answer = pickVariant(operation.responseVariants, operation.responseMediaType, operation.responseFormat, apiVersion);
    const headers: Record<string, string> = { Accept: answer.mediaType, ...options.headers, ...parameterHeaders, ...call.headers };
    if (options.userAgent !== undefined) headers["User-Agent"] = options.userAgent;
    let body: RequestBody | undefined;
    if (input.body !== undefined) {
      const sent = pickVariant(operation.requestVariants, operation.requestMediaType ?? "application/json", operation.requestFormat ?? "json", apiVersion);
      headers["Content-Type"] = sent.mediaType;
      body = encodeBody(sent.format, input.body);
    }

    // With a deadline, one controller stops the call at the deadline or when the caller aborts;
    // without one, the caller's signal (if any) is all that can stop it.
    const deadline = call.timeoutMs ?? options.timeoutMs;
    const controller = deadline === undefined ? undefined : new AbortController();
    const signal = controller?.signal ?? call.signal;
    const timer = deadline === undefined ? undefined : setTimeout(() => controller?.abort(new AtlasTimeoutError(method, url.pathname, deadline)), deadline);
    const onCallerAbort = (): void => controller?.abort(call.signal?.reason);
    if (controller) {
      if (call.signal?.aborted) onCallerAbort();
      call.signal?.addEventListener("abort", onCallerAbort, { once: true });
    }

    const request = { method, url };
    const attempt = async (): Promise<Answer> => {
      for (let round = 0; ; round++) {
        const authorization = await auth.authorize(request);
        const init: RequestInit = { method, headers: authorization === undefined ? headers : { ...headers, Authorization: authorization } };
        if (signal !== undefined) init.signal = signal;
        if (body !== undefined) init.body = body;
        let response: Response;
        let content: string | Uint8Array;
        try {
          response = await fetchImpl(url, init);
          // Bytes only when bytes were asked for; otherwise the platform decodes the text.
          content = answer.format === "bytes" ? new Uint8Array(await response.arrayBuffer()) : await response.text();
        } catch (error) {
          // Nobody should keep waiting on an answer that will not come (or came only in part).
          auth.answered?.(request, undefined);
          if (signal?.aborted) throw error;
          const code = networkErrorCode(error);
          throw new AtlasNetworkError(`${method} ${url.pathname}: no answer (${code ?? "the connection failed"})`, code, { cause: error });
        }
        // One more round after a 401 when the authenticator learned something (a challenge, a fresh token).
        if (response.status === 401 && round === 0 && (await auth.challenged(request, response, authorization))) continue;
        if (response.status !== 401) auth.answered?.(request, response);
        return { response, content };
      }
    };

    try {
      const retry = call.retry ?? options.retry;
      const received = await (retry ? retry(attempt, { method, signal }) : attempt());
      const envelope = (parameters as { envelope?: unknown }).envelope === true;
      const result = decodeResponse(operation, url, envelope, answer.format, received);
      options.validateResponses?.(operation, answer.mediaType, result);
      return result;
    } catch (error) {
      // Whatever was under way when the deadline passed, the caller hears about the deadline.
      if (controller?.signal.aborted) throw controller.signal.reason;
      throw error;
    } finally {
      clearTimeout(timer);
      call.signal?.removeEventListener("abort", onCallerAbort);
    }
  };

  return { options, send };
}

/** The success body as its media type wants it, or the error the answer stands for. */
function decodeResponse(operation: OperationDescriptor, url: URL, envelope: boolean, format: BodyFormat, answer: Answer): unknown {
  const ok = answer.response.status >= 200 && answer.response.status <= 299;
  // Errors come as JSON whatever was asked for; text and bytes are returned as they came.
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
    // A success status with a body that is not JSON is a broken answer, not a value of the declared type.
    throw new AtlasResponseValidationError(operation.operationId, [{ path: "", message: "is not valid JSON" }], text);
  }
  return envelope ? unwrapEnvelope(decoded) : decoded;
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
