export type HttpMethod = "GET" | "PUT" | "POST" | "DELETE" | "PATCH" | "HEAD" | "OPTIONS" | "TRACE";
export interface ParameterDescriptor {
    /** The name on the wire, e.g. `GROUP-ID`. */
    readonly name: string;
    /** The property of the generated parameters object, e.g. `groupId`. */
    readonly key: string;
    readonly in: "path" | "query" | "header";
    readonly required: boolean;
    /** Path parameters are checked against these before any request is built. */
    readonly pattern?: RegExp;
    readonly minLength?: number;
    readonly maxLength?: number;
}
export interface OperationDescriptor {
    readonly operationId: string;
    readonly method: HttpMethod;
    /** Path template from the host root, e.g. `/api/atlas/v2/groups/{groupId}/...`. */
    readonly path: string;
    readonly parameters: readonly ParameterDescriptor[];
    /** Media type of the request body, when the operation takes one. */
    readonly requestMediaType?: string;
    /** Media type asked for in `Accept` (the versioned Atlas type for v2). */
    readonly responseMediaType: string;
    /** Statuses the spec documents as success. */
    readonly successStatuses: readonly number[];
    /** Statuses the spec documents as errors (`default` excluded). */
    readonly errorStatuses: readonly number[];
    readonly deprecated: boolean;
    /** `x-sunset`: the date after which the service stops answering. */
    readonly sunset?: string;
}
