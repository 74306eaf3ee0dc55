/** A non-2xx answer from Atlas. `status` is typed from the operation's documented statuses. */
export class AtlasApiError extends Error {
    name = "AtlasApiError";
    status;
    errorCode;
    detail;
    reason;
    parameters;
    badRequestDetail;
    method;
    path;
    operationId;
    /** The decoded body (JSON), the raw text when it was not JSON, or undefined when empty. */
    body;
    constructor(init) {
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
    toJSON() {
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
    operationId;
    name = "AtlasRequestError";
    constructor(message, operationId) {
        super(message);
        this.operationId = operationId;
    }
}
/** A success response whose body does not match the spec (with `validateResponses: "strict"`). */
export class AtlasResponseValidationError extends Error {
    operationId;
    problems;
    body;
    name = "AtlasResponseValidationError";
    constructor(operationId, problems, body) {
        super(`${operationId}: the response does not match the spec: ${problems.slice(0, 5).map((p) => `${p.path || "/"} ${p.message}`).join("; ")}`);
        this.operationId = operationId;
        this.problems = problems;
        this.body = body;
    }
}
function isErrorBody(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
