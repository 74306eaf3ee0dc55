import { isRecord } from "./validation.js";
export class AtlasApiError extends Error {
  name = "AtlasApiError";
  constructor(init) {
    const body = isRecord(init.body) ? init.body : void 0;
    const summary = body?.errorCode ? `${body.errorCode}${body.detail ? `: ${body.detail}` : ""}` : `HTTP ${init.status}`;
    super(`${init.method} ${init.path} (${init.operationId}) failed with ${init.status}: ${summary}`);
    this.status = init.status;
    this.errorCode = body?.errorCode;
    this.detail = body?.detail ?? void 0;
    this.reason = body?.reason ?? void 0;
    this.parameters = body?.parameters;
    this.badRequestDetail = body?.badRequestDetail ?? void 0;
    this.method = init.method;
    this.path = init.path;
    this.operationId = init.operationId;
    this.body = init.body;
  }
  /** Every field but `body` (which may hold anything the server sent), with the name and message. */
  toJSON() {
    const { body: _body, name, message, ...fields } = this;
    return { name, message, ...fields };
  }
}
export class AtlasRequestError extends Error {
  constructor(message, operationId) {
    super(message);
    this.operationId = operationId;
  }
  operationId;
  name = "AtlasRequestError";
}
export class AtlasResponseValidationError extends Error {
  constructor(operationId, problems, body) {
    super(`${operationId}: the response does not match the spec: ${problems.slice(0, 5).map((p) => `${p.path || "/"} ${p.message}`).join("; ")}`);
    this.operationId = operationId;
    this.problems = problems;
    this.body = body;
  }
  operationId;
  problems;
  body;
  name = "AtlasResponseValidationError";
}
