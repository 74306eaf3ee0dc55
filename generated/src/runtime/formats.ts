// Format and value checks the generated guards call: RFC 3339 dates and times, UUIDs, email
// addresses, URIs, 32- and 64-bit integers, and JSON equality for uniqueItems. Kept apart from the
// client's own needs so a bundle that sends requests without guards never carries them.

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

const atext = "[a-z0-9!#$%&'*+/=?^_`{|}~-]+";
const domainLabel = "[a-z0-9](?:[a-z0-9-]*[a-z0-9])?";
/** An address `local@domain`: dot-separated atext words, then at least two domain labels (as ajv-formats' full mode). */
const email = /* @__PURE__ */ new RegExp(`^${atext}(?:\\.${atext})*@(?:${domainLabel}\\.)+${domainLabel}$`, "i");

export function isEmail(text: string): boolean {
  return email.test(text);
}

// RFC 3986, section 3 and appendix A, assembled from its named rules.
const unreserved = "a-z0-9\\-._~";
const subDelims = "!$&'()*+,;=";
const pctEncoded = "%[0-9a-f]{2}";
const pchar = `(?:[${unreserved}${subDelims}:@]|${pctEncoded})`;
const decOctet = "(?:25[0-5]|2[0-4]\\d|[01]?\\d\\d?)";
const ipv4 = `(?:${decOctet}\\.){3}${decOctet}`;
const h16 = "[0-9a-f]{1,4}";
const ls32 = `(?:${h16}:${h16}|${ipv4})`;
const ipv6 =
  `(?:${h16}:){6}${ls32}|` +
  `::(?:${h16}:){5}${ls32}|` +
  `(?:${h16})?::(?:${h16}:){4}${ls32}|` +
  `(?:(?:${h16}:){0,1}${h16})?::(?:${h16}:){3}${ls32}|` +
  `(?:(?:${h16}:){0,2}${h16})?::(?:${h16}:){2}${ls32}|` +
  `(?:(?:${h16}:){0,3}${h16})?::${h16}:${ls32}|` +
  `(?:(?:${h16}:){0,4}${h16})?::${ls32}|` +
  `(?:(?:${h16}:){0,5}${h16})?::${h16}|` +
  `(?:(?:${h16}:){0,6}${h16})?::`;
const ipFuture = `v[0-9a-f]+\\.[${unreserved}${subDelims}:]+`;
const host = `(?:\\[(?:${ipv6}|${ipFuture})\\]|${ipv4}|(?:[${unreserved}${subDelims}]|${pctEncoded})*)`;
const authority = `(?:(?:[${unreserved}${subDelims}:]|${pctEncoded})*@)?${host}(?::\\d*)?`;
const pathAbEmpty = `(?:/${pchar}*)*`;
const pathAbsolute = `/(?:${pchar}+(?:/${pchar}*)*)?`;
const pathRootless = `${pchar}+(?:/${pchar}*)*`;
// As Ajv's formats read it: the authority may follow one slash or two (so "x:/" + an empty authority +
// a path is accepted), and the hierarchical part may not be empty.
const hierPart = `(?:/?/${authority}${pathAbEmpty}|${pathAbsolute}|${pathRootless})`;
const queryOrFragment = `(?:${pchar}|[/?])*`;
const uri = /* @__PURE__ */ new RegExp(`^[a-z][a-z0-9+\\-.]*:${hierPart}(?:\\?${queryOrFragment})?(?:#${queryOrFragment})?$`, "i");

/** An absolute URI (RFC 3986): a scheme, then the rest of the grammar. */
export function isUri(text: string): boolean {
  return uri.test(text);
}

/** Whether two JSON values are equal, as JSON Schema compares them (objects by members, arrays in order). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return a !== a && b !== b;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => jsonEqual(item, b[index]));
  const aKeys = Object.keys(a);
  const bRecord = b as Record<string, unknown>;
  if (aKeys.length !== Object.keys(b).length) return false;
  return aKeys.every((key) => Object.hasOwn(bRecord, key) && jsonEqual((a as Record<string, unknown>)[key], bRecord[key]));
}

/** `uniqueItems`: no two items of the array are equal JSON values. */
export function hasUniqueItems(items: readonly unknown[]): boolean {
  for (let later = 1; later < items.length; later++) {
    for (let earlier = 0; earlier < later; earlier++) if (jsonEqual(items[earlier], items[later])) return false;
  }
  return true;
}
