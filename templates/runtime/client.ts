// The client the generated request functions call: one `send` that builds the request from an
// operation descriptor, sends it with `fetch`, decodes JSON and turns non-2xx answers into errors.
import { AtlasApiError } from "./errors.js";
import type { OperationDescriptor } from "./operation.js";
import { buildUrl, parameterHeaders, type ParameterValues } from "./request.js";
import { isRecord } from "./validation.js";

export type FetchFunction = (input: URL, init: RequestInit) => Promise<Response>;

/** How requests authenticate. */
export type Auth = { readonly type: "none" } | { readonly type: "bearer"; readonly token: string };

export interface ClientOptions {
  /** Scheme and host (and optional prefix) the operation paths are appended to, e.g. `https://cloud.mongodb.com`. */
  readonly baseUrl: string;
  readonly auth?: Auth;
  /** A `fetch` to use instead of the global one (tests, proxies, instrumentation). */
  readonly fetch?: FetchFunction;
  /** Headers sent with every request. */
  readonly headers?: Readonly<Record<string, string>>;
  readonly userAgent?: string;
}

export interface RequestOptions {
  readonly signal?: AbortSignal;
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

export function createClient(options: ClientOptions): Client {
  const fetchImpl: FetchFunction = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  return {
    options,
    async send(operation, input) {
      const parameters = input.parameters ?? {};
      const url = buildUrl(options.baseUrl, operation, parameters);
      const headers: Record<string, string> = {
        Accept: operation.responseMediaType,
        ...options.headers,
        ...parameterHeaders(operation, parameters),
        ...input.options?.headers,
      };
      if (options.userAgent !== undefined) headers["User-Agent"] = options.userAgent;
      if (options.auth?.type === "bearer") headers.Authorization = `Bearer ${options.auth.token}`;
      const init: RequestInit = { method: operation.method, headers };
      if (input.body !== undefined) {
        headers["Content-Type"] = operation.requestMediaType ?? "application/json";
        init.body = JSON.stringify(input.body);
      }
      if (input.options?.signal) init.signal = input.options.signal;

      const response = await fetchImpl(url, init);
      const body = await decodeBody(response);
      const envelope = (parameters as { envelope?: unknown }).envelope === true;
      const status = envelope && isRecord(body) && typeof body.status === "number" ? body.status : response.status;
      if (status < 200 || status > 299) {
        const errorBody = envelope && isRecord(body) && "content" in body ? body.content : body;
        throw new AtlasApiError({ status, method: operation.method, path: url.pathname, operationId: operation.operationId, body: errorBody });
      }
      return envelope ? unwrapEnvelope(body) : body;
    },
  };
}

async function decodeBody(response: Response): Promise<unknown> {
  const text = await response.text();
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
