// Errors the client throws. Messages never contain credentials or tokens.
import type { ValidationProblem } from "./validation.js";

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
  readonly status: Status;
  readonly errorCode: string | undefined;
  readonly detail: string | undefined;
  readonly reason: string | undefined;
  readonly parameters: readonly unknown[] | undefined;
  readonly badRequestDetail: AtlasErrorBody["badRequestDetail"] | undefined;
  readonly method: string;
  readonly path: string;
  readonly operationId: string;
  /** The decoded body (JSON), the raw text when it was not JSON, or undefined when empty. */
  readonly body: unknown;

  constructor(init: { status: Status; method: string; path: string; operationId: string; body: unknown }) {
    const body = isErrorBody(init.body) ? init.body : undefined;
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

  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      message: this.message,
      status: this.status,
      errorCode: this.errorCode,
      detail: this.detail,
      reason: this.reason,
      parameters: this.parameters,
      badRequestDetail: this.badRequestDetail,
      method: this.method,
      path: this.path,
      operationId: this.operationId,
    };
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

/** A success response whose body does not match the spec (with `validateResponses: "strict"`). */
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

function isErrorBody(value: unknown): value is AtlasErrorBody {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
