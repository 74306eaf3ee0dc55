import { type ValidationProblem } from "./validation.js";
/** The body Atlas sends with every error status. */
export interface AtlasErrorBody {
    readonly error?: number;
    readonly errorCode?: string;
    readonly detail?: string | null;
    readonly reason?: string | null;
    readonly parameters?: readonly unknown[];
    readonly badRequestDetail?: {
        readonly fields?: readonly {
            readonly field: string;
            readonly description: string;
        }[];
    } | null;
}
/** A non-2xx answer from Atlas. `status` is typed from the operation's documented statuses. */
export declare class AtlasApiError<Status extends number = number> extends Error {
    readonly name = "AtlasApiError";
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
    constructor(init: {
        status: Status;
        method: string;
        path: string;
        operationId: string;
        body: unknown;
    });
    /** Every field but `body` (which may hold anything the server sent), with the name and message. */
    toJSON(): Record<string, unknown>;
}
/** A request that was never sent because an argument is invalid (for example a path parameter). */
export declare class AtlasRequestError extends Error {
    readonly operationId: string;
    readonly name = "AtlasRequestError";
    constructor(message: string, operationId: string);
}
/** A success response that is not JSON, or whose body does not match the spec (with `responseValidation(..., { mode: "strict" })`). */
export declare class AtlasResponseValidationError extends Error {
    readonly operationId: string;
    readonly problems: readonly ValidationProblem[];
    readonly body: unknown;
    readonly name = "AtlasResponseValidationError";
    constructor(operationId: string, problems: readonly ValidationProblem[], body: unknown);
}
