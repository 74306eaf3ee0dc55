// Helpers the generated guards call. The generated code does the walking; these are the leaf checks
// that would be long to repeat inline (formats, Unicode-aware string length) and the problem plumbing.

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
    problems.push({ path: "", message: `could not be checked: ${error instanceof Error ? error.message : String(error)}` });
  }
  return problems;
}

/** The JSON pointer of member `key` of the value at `path`. */
export function childPointer(path: string, key: string): string {
  return `${path}/${key.replaceAll("~", "~0").replaceAll("/", "~1")}`;
}

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

const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;

export function isInt32(value: number): boolean {
  return Number.isInteger(value) && value >= INT32_MIN && value <= INT32_MAX;
}

export function isInt64(value: number): boolean {
  return Number.isInteger(value);
}

const daysInMonth = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

const fullDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** RFC 3339 full-date: `2024-02-29`. */
export function isDate(text: string): boolean {
  const match = fullDate.exec(text);
  if (match === null) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const last = month === 2 && isLeapYear(year) ? 29 : (daysInMonth[month] ?? 0);
  return day <= last;
}

const fullTime = /^(\d{2}):(\d{2}):(\d{2}(?:\.\d+)?)(?:([zZ])|([+-])(\d{2})(?::?(\d{2}))?)?$/;

/**
 * RFC 3339 time with a zone (`20:02:07Z`, `20:02:07.5+01:00`), accepting a leap second only where it
 * falls on 23:59:60 UTC. Also accepts an offset written without its colon, as Ajv's formats do.
 */
export function isTime(text: string): boolean {
  const match = fullTime.exec(text);
  if (match === null) return false;
  const zulu = match[4] !== undefined;
  const sign = match[5];
  if (!zulu && sign === undefined) return false;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  const second = Number(match[3]);
  const offsetHours = Number(match[6] ?? 0);
  const offsetMinutes = Number(match[7] ?? 0);
  if (offsetHours > 23 || offsetMinutes > 59) return false;
  if (hour <= 23 && minute <= 59 && second < 60) return true;
  // A leap second: the wall-clock time must be 23:59:60 once the offset is taken back out.
  const direction = sign === "-" ? -1 : 1;
  const utcMinute = minute - offsetMinutes * direction;
  const utcHour = hour - offsetHours * direction - (utcMinute < 0 ? 1 : 0);
  return (utcHour === 23 || utcHour === -1) && (utcMinute === 59 || utcMinute === -1) && second < 61;
}

/** RFC 3339 date-time: a full-date, `T` (or `t`, or one whitespace character), and a time with a zone. */
export function isDateTime(text: string): boolean {
  const separator = /[tT\s]/.exec(text);
  if (separator === null) return false;
  const at = separator.index;
  return isDate(text.slice(0, at)) && isTime(text.slice(at + 1));
}

const uuid = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;

export function isUuid(text: string): boolean {
  return uuid.test(text);
}
