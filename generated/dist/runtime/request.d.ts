import type { OperationDescriptor } from "./operation.js";
/** The generated parameters object of an operation (an interface, so typed here as any object). */
export type ParameterValues = object;
export declare function buildUrl(baseUrl: string, operation: OperationDescriptor, values: ParameterValues): URL;
/** Header parameters the operation declares, as header name -> value. */
export declare function parameterHeaders(operation: OperationDescriptor, values: ParameterValues): Record<string, string>;
/** Percent-encodes one path segment; `.` and `..` are encoded too, so they cannot act as dot-segments. */
export declare function encodePathSegment(text: string): string;
