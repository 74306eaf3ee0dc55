// Errors the client throws. Messages never contain credentials or tokens.
import { isRecord, type ValidationProblem } from "./validation.js";

/** The body Atlas sends with every error status. */
export interface AtlasErrorBody {
  readonly error?: number;
  readonly errorCode?: string;
  readonly detail?: string | null;
  readonly reason?: string | null;
  readonly parameters?: readonly unknown[];
  readonly badRequestDetail?: {
    readonly fields?: readonly { readonly field: string; readonly description: string }[];
  } | null;
}

/** A non-2xx answer from Atlas. `status` is typed from the operation's documented statuses. */
export class AtlasApiError<Status extends number = number> extends Error {
  override readonly name = "AtlasApiError";
  // Declared rather than defined: the constructor sets every one, and a field definition would set it
  // to undefined first and be written out again in every bundle that can throw this error.
  declare readonly status: Status;
  declare readonly errorCode: string | undefined;
  declare readonly detail: string | undefined;
  declare readonly reason: string | undefined;
  declare readonly parameters: readonly unknown[] | undefined;
  declare readonly badRequestDetail: AtlasErrorBody["badRequestDetail"] | undefined;
  declare readonly method: string;
  declare readonly path: string;
  declare readonly operationId: string;
  /** The decoded body (JSON), the raw text when it was not JSON, or undefined when empty. */
  declare readonly body: unknown;

  constructor(init: { status: Status; method: string; path: string; operationId: string; body: unknown }) {
    const body: AtlasErrorBody | undefined = isRecord(init.body) ? init.body : undefined;
    const summary = body?.errorCode ? `${body.errorCode}${body.detail ? `: ${body.detail}` : ""}` : `HTTP ${init.status}`;
    super(`${init.method} ${init.path} (${init.operationId}) failed with ${init.status}: ${summary}`);
    this.status = init.status;
    this.errorCode = body?.errorCode;
    this.detail = body?.detail ?? undefined;
    this.reason = body?.reason ?? undefined;
    this.parameters = body?.parameters;
    this.badRequestDetail = body?.badRequestDetail ?? undefined;
    this.method = init.method;
    this.path = init.path;
    this.operationId = init.operationId;
    this.body = init.body;
  }

  /** Every field but `body` (which may hold anything the server sent), with the name and message. */
  toJSON(): Record<string, unknown> {
    const { body: _body, name, message, ...fields } = this;
    return { name, message, ...fields };
  }
}

/** A request that was never sent because an argument is invalid (for example a path parameter). */
export class AtlasRequestError extends Error {
  override readonly name = "AtlasRequestError";
  constructor(
    message: string,
    readonly operationId: string,
  ) {
    super(message);
  }
}

/** A success response that is not JSON, or whose body does not match the spec (with `responseValidation(..., { mode: "strict" })`). */
export class AtlasResponseValidationError extends Error {
  override readonly name = "AtlasResponseValidationError";
  constructor(
    readonly operationId: string,
    readonly problems: readonly ValidationProblem[],
    readonly body: unknown,
  ) {
    super(`${operationId}: the response does not match the spec: ${problems.slice(0, 5).map((p) => `${p.path || "/"} ${p.message}`).join("; ")}`);
  }
}
