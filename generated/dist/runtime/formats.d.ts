export declare function isInt32(value: number): boolean;
export declare function isInt64(value: number): boolean;
/** RFC 3339 full-date: `2024-02-29`. */
export declare function isDate(text: string): boolean;
/**
 * RFC 3339 time with a zone (`20:02:07Z`, `20:02:07.5+01:00`), accepting a leap second only where it
 * falls on 23:59:60 UTC. Also accepts an offset written without its colon, as Ajv's formats do.
 */
export declare function isTime(text: string): boolean;
/** RFC 3339 date-time: a full-date, `T` (or `t`, or one whitespace character), and a time with a zone. */
export declare function isDateTime(text: string): boolean;
export declare function isUuid(text: string): boolean;
export declare function isEmail(text: string): boolean;
/** An absolute URI (RFC 3986): a scheme, then the rest of the grammar. */
export declare function isUri(text: string): boolean;
/** Whether two JSON values are equal, as JSON Schema compares them (objects by members, arrays in order). */
export declare function jsonEqual(a: unknown, b: unknown): boolean;
/** `uniqueItems`: no two items of the array are equal JSON values. */
export declare function hasUniqueItems(items: readonly unknown[]): boolean;
