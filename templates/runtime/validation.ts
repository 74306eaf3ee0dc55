// The plumbing of the generated guards: problems, the two ways to run a check (type guard or full
// report, neither of which ever throws), and the small helpers every guard needs.

/** One reason a value does not match its schema: where (a JSON pointer into the value) and what. */
export interface ValidationProblem {
  readonly path: string;
  readonly message: string;
}

/** A generated check: walks `value`; with `problems` it records every problem, without it stops at the first. */
export type Check = (value: unknown, path: string, problems: ValidationProblem[] | undefined) => boolean;

/** Records one problem and returns false, so generated code can write `valid = report(...)`. */
export function report(problems: ValidationProblem[], path: string, message: string): false {
  problems.push({ path, message });
  return false;
}

/** Runs a check as a type guard. Never throws: a value that cannot be read (a throwing getter, a cycle deeper than the stack) is not valid. */
export function runCheck(check: Check, value: unknown): boolean {
  try {
    return check(value, "", undefined);
  } catch {
    return false;
  }
}

/** Runs a check and returns every problem (empty when the value is valid). Never throws. */
export function collectProblems(check: Check, value: unknown): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  try {
    check(value, "", problems);
  } catch (error) {
    problems.push({ path: "", message: `could not be checked: ${describeThrown(error)}` });
  }
  return problems;
}

/** The JSON pointer of member `key` of the value at `path`. */
export function childPointer(path: string, key: string): string {
  return `${path}/${key.replaceAll("~", "~0").replaceAll("/", "~1")}`;
}

/** What was thrown, in words, even when it cannot be turned into a string itself. */
function describeThrown(error: unknown): string {
  try {
    return error instanceof Error ? String(error.message) : String(error);
  } catch {
    return "a value was thrown that cannot be shown";
  }
}

/** `Array.isArray` itself, typed to say only what it knows: the items of an array are unknown, not `any`. */
export const isArray: (value: unknown) => value is readonly unknown[] = Array.isArray;

/** A JSON object: not null, not an array. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Length in Unicode code points, as JSON Schema counts it (a surrogate pair is one character). */
export function stringLength(text: string): number {
  let length = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) index++;
    }
    length++;
  }
  return length;
}
