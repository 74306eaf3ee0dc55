const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;
export function isInt32(value) {
  return Number.isInteger(value) && value >= INT32_MIN && value <= INT32_MAX;
}
export function isInt64(value) {
  return Number.isInteger(value);
}
const daysInMonth = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function isLeapYear(year) {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}
const fullDate = /^(\d{4})-(\d{2})-(\d{2})$/;
export function isDate(text) {
  const match = fullDate.exec(text);
  if (match === null) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const last = month === 2 && isLeapYear(year) ? 29 : daysInMonth[month] ?? 0;
  return day <= last;
}
const fullTime = /^(\d{2}):(\d{2}):(\d{2}(?:\.\d+)?)(?:([zZ])|([+-])(\d{2})(?::?(\d{2}))?)?$/;
export function isTime(text) {
  const match = fullTime.exec(text);
  if (match === null) return false;
  const zulu = match[4] !== void 0;
  const sign = match[5];
  if (!zulu && sign === void 0) return false;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  const second = Number(match[3]);
  const offsetHours = Number(match[6] ?? 0);
  const offsetMinutes = Number(match[7] ?? 0);
  if (offsetHours > 23 || offsetMinutes > 59) return false;
  if (hour <= 23 && minute <= 59 && second < 60) return true;
  const direction = sign === "-" ? -1 : 1;
  const utcMinute = minute - offsetMinutes * direction;
  const utcHour = hour - offsetHours * direction - (utcMinute < 0 ? 1 : 0);
  return (utcHour === 23 || utcHour === -1) && (utcMinute === 59 || utcMinute === -1) && second < 61;
}
export function isDateTime(text) {
  const separator = /[tT\s]/.exec(text);
  if (separator === null) return false;
  const at = separator.index;
  return isDate(text.slice(0, at)) && isTime(text.slice(at + 1));
}
const uuid = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
export function isUuid(text) {
  return uuid.test(text);
}
const atext = "[a-z0-9!#$%&'*+/=?^_`{|}~-]+";
const domainLabel = "[a-z0-9](?:[a-z0-9-]*[a-z0-9])?";
const email = /* @__PURE__ */ new RegExp(`^${atext}(?:\\.${atext})*@(?:${domainLabel}\\.)+${domainLabel}$`, "i");
export function isEmail(text) {
  return email.test(text);
}
const unreserved = "a-z0-9\\-._~";
const subDelims = "!$&'()*+,;=";
const pctEncoded = "%[0-9a-f]{2}";
const pchar = `(?:[${unreserved}${subDelims}:@]|${pctEncoded})`;
const decOctet = "(?:25[0-5]|2[0-4]\\d|[01]?\\d\\d?)";
const ipv4 = `(?:${decOctet}\\.){3}${decOctet}`;
const h16 = "[0-9a-f]{1,4}";
const ls32 = `(?:${h16}:${h16}|${ipv4})`;
const ipv6 = `(?:${h16}:){6}${ls32}|::(?:${h16}:){5}${ls32}|(?:${h16})?::(?:${h16}:){4}${ls32}|(?:(?:${h16}:){0,1}${h16})?::(?:${h16}:){3}${ls32}|(?:(?:${h16}:){0,2}${h16})?::(?:${h16}:){2}${ls32}|(?:(?:${h16}:){0,3}${h16})?::${h16}:${ls32}|(?:(?:${h16}:){0,4}${h16})?::${ls32}|(?:(?:${h16}:){0,5}${h16})?::${h16}|(?:(?:${h16}:){0,6}${h16})?::`;
const ipFuture = `v[0-9a-f]+\\.[${unreserved}${subDelims}:]+`;
const host = `(?:\\[(?:${ipv6}|${ipFuture})\\]|${ipv4}|(?:[${unreserved}${subDelims}]|${pctEncoded})*)`;
const authority = `(?:(?:[${unreserved}${subDelims}:]|${pctEncoded})*@)?${host}(?::\\d*)?`;
const pathAbEmpty = `(?:/${pchar}*)*`;
const pathAbsolute = `/(?:${pchar}+(?:/${pchar}*)*)?`;
const pathRootless = `${pchar}+(?:/${pchar}*)*`;
const hierPart = `(?:/?/${authority}${pathAbEmpty}|${pathAbsolute}|${pathRootless})`;
const queryOrFragment = `(?:${pchar}|[/?])*`;
const uri = /* @__PURE__ */ new RegExp(`^[a-z][a-z0-9+\\-.]*:${hierPart}(?:\\?${queryOrFragment})?(?:#${queryOrFragment})?$`, "i");
export function isUri(text) {
  return uri.test(text);
}
export function jsonEqual(a, b) {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return a !== a && b !== b;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => jsonEqual(item, b[index]));
  const aKeys = Object.keys(a);
  const bRecord = b;
  if (aKeys.length !== Object.keys(b).length) return false;
  return aKeys.every((key) => Object.hasOwn(bRecord, key) && jsonEqual(a[key], bRecord[key]));
}
export function hasUniqueItems(items) {
  for (let later = 1; later < items.length; later++) {
    for (let earlier = 0; earlier < later; earlier++) if (jsonEqual(items[earlier], items[later])) return false;
  }
  return true;
}
