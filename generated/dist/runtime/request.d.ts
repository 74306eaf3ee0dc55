import type { OperationDescriptor } from "./operation.js";
/** The generated parameters object of an operation (an interface, so typed here as any object). */
export type ParameterValues = object;
/** Where one call goes and the header parameters it carries. */
export interface RequestTarget {
    readonly url: URL;
    readonly headers: Record<string, string>;
}
/** The URL and header parameters of a call, each argument checked before it is used. */
export declare function requestTarget(baseUrl: string, operation: OperationDescriptor, values: ParameterValues): RequestTarget;
export declare function buildUrl(baseUrl: string, operation: OperationDescriptor, values: ParameterValues): URL;
/** Percent-encodes one path segment; `.` and `..` are encoded too, so they cannot act as dot-segments. */
export declare function encodePathSegment(text: string): string;
