// Atlas error bodies: `{ error, errorCode, detail, reason, parameters?, badRequestDetail? }`, the one
// shape Atlas answers every failure with (common.yaml `ApiError`). The spec types `parameters` as an
// array of objects, so each parameter is sent as `{ <name>: <value> }`.

export interface FieldViolation {
  readonly field: string;
  readonly description: string;
}

export type Parameter = Record<string, unknown>;

export interface AtlasErrorBody {
  readonly error: number;
  readonly errorCode: string;
  readonly detail: string | null;
  readonly reason: string | null;
  readonly parameters?: Parameter[];
  readonly badRequestDetail?: { readonly fields: FieldViolation[] };
}

const reasons: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  406: "Not Acceptable",
  409: "Conflict",
  410: "Gone",
  413: "Payload Too Large",
  415: "Unsupported Media Type",
  429: "Too Many Requests",
  500: "Internal Server Error",
  503: "Service Unavailable",
};

export function reasonPhrase(status: number): string {
  return reasons[status] ?? "Error";
}

/** A failure a handler throws; the server turns it into an Atlas error answer. */
export class AtlasHttpError extends Error {
  constructor(
    readonly status: number,
    readonly errorCode: string,
    readonly detail: string,
    readonly extra: { readonly parameters?: Parameter[]; readonly fields?: FieldViolation[]; readonly headers?: Record<string, string | string[]> } = {},
  ) {
    super(`${status} ${errorCode}: ${detail}`);
  }

  body(): AtlasErrorBody {
    return errorBody(this.status, this.errorCode, this.detail, this.extra);
  }
}

export function errorBody(
  status: number,
  errorCode: string,
  detail: string | null,
  extra: { readonly parameters?: Parameter[]; readonly fields?: FieldViolation[] } = {},
): AtlasErrorBody {
  return {
    error: status,
    errorCode,
    detail,
    reason: reasonPhrase(status),
    ...(extra.parameters !== undefined ? { parameters: extra.parameters } : {}),
    ...(extra.fields !== undefined ? { badRequestDetail: { fields: extra.fields } } : {}),
  };
}

export const notFound = (detail: string, parameters?: Parameter[]): AtlasHttpError =>
  new AtlasHttpError(404, "RESOURCE_NOT_FOUND", detail, parameters !== undefined ? { parameters } : {});

export const validationError = (detail: string, fields: FieldViolation[]): AtlasHttpError =>
  new AtlasHttpError(400, "VALIDATION_ERROR", detail, { fields });

/** A JSON pointer from a generated guard (`/delivery/methodName`) as a field path (`delivery.methodName`). */
export function pointerToField(pointer: string): string {
  if (pointer === "") return "body";
  return pointer
    .slice(1)
    .split("/")
    .map((token) => token.replaceAll("~1", "/").replaceAll("~0", "~"))
    .join(".");
}
