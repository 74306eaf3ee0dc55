/** One reason a value does not match its schema: where (a JSON pointer into the value) and what. */
export interface ValidationProblem {
    readonly path: string;
    readonly message: string;
}
/** A generated check: walks `value`; with `problems` it records every problem, without it stops at the first. */
export type Check = (value: unknown, path: string, problems: ValidationProblem[] | undefined) => boolean;
/** Records one problem and returns false, so generated code can write `valid = report(...)`. */
export declare function report(problems: ValidationProblem[], path: string, message: string): false;
/** Runs a check as a type guard. Never throws: a value that cannot be read (a throwing getter, a cycle deeper than the stack) is not valid. */
export declare function runCheck(check: Check, value: unknown): boolean;
/** Runs a check and returns every problem (empty when the value is valid). Never throws. */
export declare function collectProblems(check: Check, value: unknown): ValidationProblem[];
/** The JSON pointer of member `key` of the value at `path`. */
export declare function childPointer(path: string, key: string): string;
/** `Array.isArray` itself, typed to say only what it knows: the items of an array are unknown, not `any`. */
export declare const isArray: (value: unknown) => value is readonly unknown[];
/** A JSON object: not null, not an array. */
export declare function isRecord(value: unknown): value is Record<string, unknown>;
/** Length in Unicode code points, as JSON Schema counts it (a surrogate pair is one character). */
export declare function stringLength(text: string): number;
