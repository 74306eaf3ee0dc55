// The description of one API operation that generated code hands to the client: data, not code.

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

/** How a body travels: JSON, text (csv), raw bytes (gzip), or a URL-encoded form. */
export type BodyFormat = "json" | "text" | "bytes" | "form";

/** One media type an operation can send or answer with; versioned Atlas media types name their version. */
export interface MediaVariant {
  readonly mediaType: string;
  readonly format: BodyFormat;
  readonly version?: string;
}

export interface OperationDescriptor {
  readonly operationId: string;
  readonly method: HttpMethod;
  /** Path template from the host root, e.g. `/api/atlas/v2/groups/{groupId}/...`. */
  readonly path: string;
  readonly parameters: readonly ParameterDescriptor[];
  /** Media type of the request body by default, when the operation takes one. */
  readonly requestMediaType?: string;
  readonly requestFormat?: BodyFormat;
  /** Every media type the body may be sent as, when there is more than one (one per API version). */
  readonly requestVariants?: readonly MediaVariant[];
  /** Media type asked for in `Accept` by default (the newest versioned Atlas type for v2). */
  readonly responseMediaType: string;
  readonly responseFormat: BodyFormat;
  /** Every media type the answer may come as, when there is more than one; `apiVersion` picks. */
  readonly responseVariants?: readonly MediaVariant[];
  /** Statuses the spec documents as success. */
  readonly successStatuses: readonly number[];
  /** Statuses the spec documents as errors (`default` excluded). */
  readonly errorStatuses: readonly number[];
  readonly deprecated: boolean;
  /** `x-sunset`: the date after which the service stops answering. */
  readonly sunset?: string;
}
