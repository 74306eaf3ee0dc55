// fast-check arbitraries for the restore-job bodies of the spec: valid-leaning values for every
// top-level body schema, field-aware near misses (boundary numbers, almost-matching strings, broken
// dates), and a mutation operator that breaks a valid value in the ways a real client or server might.
// Everything produced here is JSON: null, booleans, finite numbers, strings, arrays and objects
// (never undefined, NaN, Infinity, functions or class instances).
import fc from "fast-check";
import type { Json } from "./spec.ts";

type Arb<T = Json> = fc.Arbitrary<T>;
type JsonRecord = { [key: string]: Json };

// ----------------------------------------------------------------------------------------------
// Building blocks
// ----------------------------------------------------------------------------------------------

/** An object with `required` members always present and `optional` ones present or absent. */
function object(required: Record<string, Arb>, optional: Record<string, Arb> = {}): Arb<JsonRecord> {
  return fc.record(
    { ...required, ...optional },
    { requiredKeys: Object.keys(required) },
  ) as Arb<JsonRecord>;
}

/** The members of every part, merged left to right (an `allOf` of object parts). */
function merge(...parts: Arb<JsonRecord>[]): Arb<JsonRecord> {
  return fc.tuple(...parts).map((objects) => Object.assign({}, ...objects) as JsonRecord);
}

/** Arbitrary JSON (fast-check's JsonValue, typed as the spec's Json). */
function json(maxDepth: number): Arb {
  return fc.jsonValue({ maxDepth }) as Arb;
}

function arrayOf(item: Arb, maxLength = 3): Arb<Json[]> {
  return fc.array(item, { maxLength });
}

const lowerHex = "0123456789abcdef";
const alphanumerics = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

const hexDigit = fc.constantFrom(...lowerHex);
const alphanumeric = fc.constantFrom(...alphanumerics);
const alphanumericOrHyphen = fc.constantFrom(...alphanumerics, "-", "-", "-");

/** A lone (unpaired) UTF-16 surrogate. */
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));

/** Any string, including astral code points and, sometimes, lone surrogates. */
export const anyString: Arb<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string() },
  { weight: 2, arbitrary: fc.string({ unit: "binary" }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.oneof(fc.string({ unit: "binary", minLength: 1, maxLength: 1 }), loneSurrogate) }) },
);

// ----------------------------------------------------------------------------------------------
// Identifiers and names
// ----------------------------------------------------------------------------------------------

/** `^([a-f0-9]{24})$`, 24 characters. */
export const hexId: Arb<string> = fc.string({ unit: hexDigit, minLength: 24, maxLength: 24 });

const hex = (length: number) => fc.string({ unit: hexDigit, minLength: length, maxLength: length });

/** Strings that almost are 24-hex ids. */
export const nearHexId: Arb<string> = fc.oneof(
  hex(23),
  hex(25),
  hex(24).map((id) => id.toUpperCase()),
  fc.tuple(hex(24), fc.nat(23), fc.constantFrom("g", "G", "x", " ", "-", "\u0660", "\uff10", "\u00e9")).map(
    ([id, at, bad]) => id.slice(0, at) + bad + id.slice(at + 1),
  ),
  hex(24).map((id) => `${id}\n`),
  hex(24).map((id) => ` ${id}`),
  hex(22).map((id) => `0x${id}`),
  fc.constantFrom("", "0", "32b6e34b3d91647abb20e7b", "32b6e34b3d91647abb20e7b8a", "{GROUP-ID}", "null"),
  // 24 code points, 48 UTF-16 units.
  fc.string({ unit: fc.constantFrom("\u{1d7d8}", "\u{1d7d9}", "\u{1d41a}"), minLength: 24, maxLength: 24 }),
  fc.tuple(hex(23), loneSurrogate).map(([id, s]) => id + s),
);

/** `^[a-zA-Z0-9][a-zA-Z0-9-]*$`, 1..64 characters. */
export const clusterName: Arb<string> = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(alphanumeric, fc.string({ unit: alphanumericOrHyphen, maxLength: 12 })).map(([a, b]) => a + b) },
  { weight: 1, arbitrary: fc.tuple(alphanumeric, fc.string({ unit: alphanumericOrHyphen, minLength: 58, maxLength: 63 })).map(([a, b]) => a + b) },
  { weight: 1, arbitrary: fc.constantFrom("MyCluster", "MyOtherCluster", "a", "0", "a-", "A--b", "x".repeat(64)) },
);

/** Strings that almost are cluster names. */
export const nearClusterName: Arb<string> = fc.oneof(
  fc.constantFrom("", "-", "-abc", "a_b", "a.b", "a b", " a", "a\n", "\u00e9", "Cl\u00fcster", "\u{1d4dc}yCluster", "a/b", "../x"),
  fc.string({ unit: alphanumeric, minLength: 65, maxLength: 70 }),
  fc.tuple(alphanumeric, fc.string({ unit: alphanumericOrHyphen, minLength: 63, maxLength: 63 })).map(([a, b]) => a + b + "x"),
  fc.tuple(fc.string({ unit: alphanumeric, minLength: 1, maxLength: 63 }), fc.constantFrom("_", "\u00e9", "\u{1f600}", "\u0301", " ")).map(
    ([a, b]) => a + b,
  ),
  fc.tuple(fc.string({ unit: alphanumeric, minLength: 62, maxLength: 63 }), loneSurrogate).map(([a, b]) => a + b),
);

// `^[\p{L}\p{N}\-_.(),:&@+']{1,64}$`: letters and numbers of any script, astral ones included.
const tenantNameChar = fc.oneof(
  { weight: 6, arbitrary: alphanumeric },
  { weight: 2, arbitrary: fc.constantFrom(..."-_.(),:&@+'") },
  {
    weight: 2,
    arbitrary: fc.constantFrom("\u00e9", "\u00df", "\u65e5", "\u0416", "\u0663", "\u00bd", "\u216b", "\u{1d49c}", "\u{10400}", "\u{1d7d8}", "\u{20000}"),
  },
);

/** Valid `targetDeploymentItemName`s, up to 64 code points (128 UTF-16 units with astral letters). */
export const tenantName: Arb<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: tenantNameChar, minLength: 1, maxLength: 16 }) },
  { weight: 1, arbitrary: fc.string({ unit: tenantNameChar, minLength: 60, maxLength: 64 }) },
  { weight: 1, arbitrary: fc.constantFrom("MyM5Cluster", "string", "\u{1d49c}".repeat(64), "x".repeat(64)) },
);

/** Strings that almost are `targetDeploymentItemName`s. */
export const nearTenantName: Arb<string> = fc.oneof(
  fc.constantFrom("", " ", "a b", "a/b", "a\u0301", "\u{1f600}", "a\n", "\u{1d49c}".repeat(65), "x".repeat(65), "#", "a\"b"),
  fc.string({ unit: tenantNameChar, minLength: 65, maxLength: 70 }),
  fc.tuple(fc.string({ unit: tenantNameChar, minLength: 1, maxLength: 63 }), fc.constantFrom(" ", "/", "\u0301", "\u{1f600}", "$")).map(
    ([a, b]) => a + b,
  ),
  fc.tuple(fc.string({ unit: tenantNameChar, minLength: 0, maxLength: 63 }), loneSurrogate).map(([a, b]) => a + b),
);

/** `^vpce-[0-9a-f]{17}$` */
export const endpointId: Arb<string> = hex(17).map((h) => `vpce-${h}`);
export const nearEndpointId: Arb<string> = fc.oneof(
  hex(16).map((h) => `vpce-${h}`),
  hex(18).map((h) => `vpce-${h}`),
  hex(17).map((h) => `VPCE-${h}`),
  hex(17).map((h) => `vpce-${h.toUpperCase()}x`),
  hex(17).map((h) => `vpce_${h}`),
  fc.constantFrom("vpce-3bf78b0ddee411ba1\n", "vpce-", "vpce-3bf78b0ddee411bag"),
);

/** RFC 4122 UUIDs as ajv-formats accepts them (case-insensitive, optional `urn:uuid:`). */
export const uuid: Arb<string> = fc.oneof(
  fc.uuid(),
  fc.uuid().map((u) => u.toUpperCase()),
  fc.uuid().map((u) => `urn:uuid:${u}`),
  fc.constant("2d3c1b4e-5f60-4718-8a9b-0c1d2e3f4a5b"),
);
export const nearUuid: Arb<string> = fc.oneof(
  fc.uuid().map((u) => u.replaceAll("-", "")),
  fc.uuid().map((u) => `{${u}}`),
  fc.uuid().map((u) => `${u.slice(0, -1)}g`),
  fc.uuid().map((u) => u.slice(1)),
  fc.uuid().map((u) => `urn:${u}`),
  fc.uuid().map((u) => `${u}\n`),
);

/** `^[0-9]+$` */
export const digits: Arb<string> = fc.oneof(
  fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: 1, maxLength: 12 }),
  fc.constantFrom("0", "1", "1533160800", "5", "99999999999999999999999"),
);
export const nearDigits: Arb<string> = fc.constantFrom("", "-1", "+1", "1.5", "1e3", " 1", "1 ", "1\n", "\u0661\u0662", "\uff11", "0x1f", "12a");

// ----------------------------------------------------------------------------------------------
// Dates and times
// ----------------------------------------------------------------------------------------------

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const zone: Arb<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constant("Z") },
  { weight: 1, arbitrary: fc.constant("z") },
  {
    weight: 3,
    arbitrary: fc
      .record({ sign: fc.constantFrom("+", "-"), h: fc.integer({ min: 0, max: 23 }), m: fc.integer({ min: 0, max: 59 }), colon: fc.boolean() })
      .map(({ sign, h, m, colon }) => `${sign}${pad(h)}${colon ? ":" : ""}${pad(m)}`),
  },
);

/** Valid RFC 3339 date-times (as ajv-formats' full `date-time` reads them): any year, real days, a zone. */
export const dateTime: Arb<string> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .record({
        year: fc.oneof(fc.integer({ min: 1970, max: 2100 }), fc.integer({ min: 0, max: 9999 })),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 31 }),
        hour: fc.integer({ min: 0, max: 23 }),
        minute: fc.integer({ min: 0, max: 59 }),
        second: fc.integer({ min: 0, max: 59 }),
        fraction: fc.option(fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: 1, maxLength: 6 }), { nil: undefined }),
        separator: fc.constantFrom("T", "T", "T", "t", " "),
        zone,
      })
      .map(
        (d) =>
          `${pad(d.year, 4)}-${pad(d.month)}-${pad(Math.min(d.day, daysIn(d.year, d.month)))}${d.separator}` +
          `${pad(d.hour)}:${pad(d.minute)}:${pad(d.second)}${d.fraction === undefined ? "" : `.${d.fraction}`}${d.zone}`,
      ),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "2025-05-04T09:42:00Z",
      "2024-02-29T00:00:00Z",
      "2000-02-29T12:00:00Z",
      "2016-12-31T23:59:60Z", // leap second
      "2016-12-31T23:59:60.999Z",
      "2017-01-01T00:59:60+01:00", // 23:59:60 UTC
      "2016-12-31T18:29:60-05:30",
      "2020-08-01T20:02:07+0530",
      "2020-08-01 20:02:07z",
      "2020-08-01\t20:02:07Z",
      "0000-01-01T00:00:00Z",
      "9999-12-31T23:59:59.999999999Z",
    ),
  },
);

/** Strings that almost are date-times. */
export const nearDateTime: Arb<string> = fc.oneof(
  fc.constantFrom(
    "2023-02-29T10:00:00Z", // not a leap year
    "2100-02-29T10:00:00Z",
    "2023-04-31T10:00:00Z",
    "2023-13-01T10:00:00Z",
    "2023-00-10T10:00:00Z",
    "2023-01-00T10:00:00Z",
    "2023-01-01T24:00:00Z",
    "2023-01-01T23:60:00Z",
    "2023-01-01T23:59:61Z",
    "2023-06-30T12:59:60Z", // leap second at the wrong time
    "2023-01-01T23:59:60+01:00", // 22:59:60 UTC
    "2023-01-01T12:00:00", // no time zone
    "2023-01-01T12:00:00.123",
    "2023-01-01T12:00:00+24:00",
    "2023-01-01T12:00:00+05:60",
    "2023-01-01T12:00:00+5:00",
    "2023-01-01T12:00Z",
    "2023-01-01",
    "12:00:00Z",
    "2023-01-01T12:00:00.Z",
    "23-01-01T12:00:00Z",
    "2023-1-1T12:00:00Z",
    "2023-01-01T12:00:00ZZ",
    "2023-01-01TT12:00:00Z",
    "2023-01-01T12:00:00 Z",
    "2023-01-01_12:00:00Z",
    "2023-01-01T12:00:00Z\n",
    " 2023-01-01T12:00:00Z",
    "\uff12023-01-01T12:00:00Z",
    "2023-01-01T1\u0662:00:00Z",
    "2023-01-01T12:00:00\u2212 05:00",
    "1533160800",
    "",
  ),
  // A valid date-time with one character replaced or removed.
  fc.tuple(dateTime, fc.nat(), fc.constantFrom("", "9", "x", "-", ":", "T", " ")).map(([text, at, by]) => {
    const index = at % text.length;
    return text.slice(0, index) + by + text.slice(index + 1);
  }),
);

// ----------------------------------------------------------------------------------------------
// Numbers
// ----------------------------------------------------------------------------------------------

export const INT32_MAX = 2147483647;
export const INT32_MIN = -2147483648;
/** `minimum` of the epoch-second fields (2008-01-01). */
export const EPOCH_SECONDS_MIN = 1199145600;
/** `minimum` of `pointInTimeUTCMillis`. */
export const EPOCH_MILLIS_MIN = 1199145600000;

/** Integers around the limits the spec uses, and numbers that are not integers or not int32. */
export const edgeNumbers: readonly number[] = [
  0, -0, 1, -1, 2, 3, 48, 400, 404,
  EPOCH_SECONDS_MIN - 1, EPOCH_SECONDS_MIN, EPOCH_SECONDS_MIN + 1,
  INT32_MAX - 1, INT32_MAX, INT32_MAX + 1, INT32_MIN, INT32_MIN - 1, INT32_MIN + 1,
  2 ** 32, -(2 ** 32), 2 ** 53, 2 ** 53 - 1, -(2 ** 53), 2 ** 53 + 2,
  EPOCH_MILLIS_MIN - 1, EPOCH_MILLIS_MIN, EPOCH_MILLIS_MIN + 1, EPOCH_MILLIS_MIN + 0.5,
  0.5, 1.5, -0.5, EPOCH_SECONDS_MIN + 0.5, INT32_MAX + 0.5, 1e21, -1e21, 1e300, Number.MAX_VALUE, Number.MIN_VALUE, 1e-7,
];

/** Numbers close to the int32 and minimum boundaries (near misses as well as hits). */
export const nearNumber: Arb<number> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...edgeNumbers) },
  { weight: 2, arbitrary: fc.integer({ min: -5, max: 5 }).map((d) => EPOCH_SECONDS_MIN + d) },
  { weight: 2, arbitrary: fc.integer({ min: -5, max: 5 }).map((d) => INT32_MAX + d) },
  { weight: 1, arbitrary: fc.integer({ min: -5, max: 5 }).map((d) => INT32_MIN + d) },
  { weight: 1, arbitrary: fc.integer({ min: -5, max: 5 }).map((d) => EPOCH_MILLIS_MIN + d) },
  { weight: 2, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.integer() },
);

/** int32 values at or above `min`, crowding both ends. */
function int32From(min: number): Arb<number> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.integer({ min, max: INT32_MAX }) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 3 }).map((d) => min + d) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 3 }).map((d) => INT32_MAX - d) },
  );
}

export const int32: Arb<number> = fc.oneof(
  fc.integer({ min: INT32_MIN, max: INT32_MAX }),
  fc.constantFrom(INT32_MIN, INT32_MAX, 0, -0, 1, -1),
);
export const epochSeconds = int32From(EPOCH_SECONDS_MIN);
export const positiveInt32 = int32From(1);
export const nonNegativeInt32 = int32From(0);
/** Any JSON integer (no format), including beyond int32 and beyond 2^53. */
export const anyInteger: Arb<number> = fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.constantFrom(2 ** 53, 1e21, -0));
/** int64 epoch milliseconds at or above the minimum. */
export const epochMillis: Arb<number> = fc.oneof(
  fc.integer({ min: EPOCH_MILLIS_MIN, max: Number.MAX_SAFE_INTEGER }),
  fc.integer({ min: 0, max: 3 }).map((d) => EPOCH_MILLIS_MIN + d),
  fc.constantFrom(1533160800000, 2 ** 53, 1e21),
);

// ----------------------------------------------------------------------------------------------
// Shared schemas (common.yaml)
// ----------------------------------------------------------------------------------------------

export const link = object({}, { href: fc.oneof(fc.webUrl(), anyString), rel: fc.oneof(fc.constantFrom("self", "http://mms.mongodb.com/cluster"), anyString) });
export const links = arrayOf(link);

const fieldViolation = object({ description: anyString, field: anyString });
const badRequestDetail = fc.oneof(fc.constant(null), object({}, { fields: arrayOf(fieldViolation) }));

export const apiError: Arb<JsonRecord> = object(
  {
    error: fc.oneof(fc.constantFrom(400, 401, 403, 404, 409, 410, 429, 500), int32),
    errorCode: fc.oneof(fc.constantFrom("VALIDATION_ERROR", "RESOURCE_NOT_FOUND", "RATE_LIMITED"), anyString),
  },
  {
    badRequestDetail,
    detail: fc.option(anyString, { nil: null }),
    parameters: arrayOf(fc.dictionary(fc.string(), json(2)) as Arb<JsonRecord>),
    reason: fc.option(anyString, { nil: null }),
  },
);

// ----------------------------------------------------------------------------------------------
// v1.0
// ----------------------------------------------------------------------------------------------

const v1JobBase = {
  cancelled: fc.boolean(),
  createdAt: dateTime,
  expired: fc.boolean(),
  expiresAt: dateTime,
  failed: fc.boolean(),
  finishedAt: dateTime,
  id: fc.oneof(hexId, anyString),
  links,
  timestamp: dateTime,
};

const v1Component = object({}, { downloadUrl: fc.option(anyString, { nil: null }), replicaSetName: anyString });

export const v1CloudBackupRestoreJob: Arb<JsonRecord> = fc.oneof(
  object(
    { deliveryType: fc.constant("automated") },
    { ...v1JobBase, snapshotId: anyString, targetClusterName: fc.oneof(clusterName, anyString), targetGroupId: anyString },
  ),
  object(
    { deliveryType: fc.constant("download") },
    { ...v1JobBase, snapshotId: anyString, deliveryUrl: arrayOf(anyString), components: arrayOf(v1Component) },
  ),
  object(
    { deliveryType: fc.constant("pointInTime") },
    {
      ...v1JobBase,
      oplogTs: fc.oneof(epochSeconds, anyInteger),
      oplogInc: fc.oneof(positiveInt32, anyInteger),
      pointInTimeUTCSeconds: fc.oneof(epochSeconds, anyInteger),
      targetClusterName: anyString,
      targetGroupId: anyString,
    },
  ),
);

export const v1CloudBackupRestoreJobPage: Arb<JsonRecord> = object(
  { results: arrayOf(v1CloudBackupRestoreJob) },
  { links, totalCount: nonNegativeInt32 },
);

const legacyHttpDelivery = object({ methodName: fc.constant("HTTP"), expirationHours: positiveInt32, maxDownloads: positiveInt32 });
const legacyAutomatedDelivery = merge(
  object({ methodName: fc.constant("AUTOMATED_RESTORE"), targetGroupId: hexId }),
  fc.oneof(object({ targetClusterName: clusterName }), object({ targetClusterId: hexId })),
);
/** Exactly one restore point. */
const legacyRestorePoint = fc.oneof(
  object({ snapshotId: hexId }),
  object({ checkpointId: hexId }),
  object({ oplogTs: digits, oplogInc: digits }),
  object({ pointInTimeUTCMillis: epochMillis }),
);

export const v1CreateLegacyRestoreJobRequest: Arb<JsonRecord> = fc.oneof(
  merge(object({ delivery: legacyHttpDelivery }), object({ snapshotId: hexId })),
  merge(object({ delivery: legacyAutomatedDelivery }), legacyRestorePoint),
);

const legacyMethodNames = ["HTTP", "QUERY", "AUTOMATED_RESTORE", "CLIENT_PIT_HTTP", "THIRD_PARTY_COPY", "CLIENT_PIT_SCP", "SCP"];
const legacyDeliveryStatuses = ["NOT_STARTED", "IN_PROGRESS", "READY", "FAILED", "INTERRUPTED", "EXPIRED", "MAX_DOWNLOADS_EXCEEDED", "PENDING"];
const legacyJobStatuses = ["FINISHED", "IN_PROGRESS", "BROKEN", "KILLED"];

const legacyJobDelivery = object(
  { methodName: fc.constantFrom(...legacyMethodNames) },
  {
    expirationHours: positiveInt32,
    expires: dateTime,
    maxDownloads: positiveInt32,
    statusName: fc.constantFrom(...legacyDeliveryStatuses),
    url: anyString,
  },
);
const legacyFileHash = object({}, { typeName: fc.constant("SHA1"), fileName: anyString, hash: anyString });
const legacyOplogTimestamp = object({}, { date: dateTime, increment: fc.oneof(int32, digits) });

export const v1LegacyRestoreJob: Arb<JsonRecord> = object(
  { delivery: legacyJobDelivery },
  {
    batchId: anyString,
    clusterId: anyString,
    created: dateTime,
    encryptionEnabled: fc.boolean(),
    groupId: fc.oneof(hexId, anyString),
    hashes: arrayOf(legacyFileHash),
    id: fc.oneof(hexId, anyString),
    links,
    masterKeyUUID: uuid,
    snapshotId: anyString,
    statusName: fc.constantFrom(...legacyJobStatuses),
    timestamp: legacyOplogTimestamp,
  },
);

export const v1LegacyRestoreJobCreated: Arb<JsonRecord> = fc.oneof(
  object({ results: arrayOf(v1LegacyRestoreJob) }, { links, totalCount: nonNegativeInt32 }),
  v1LegacyRestoreJob,
);

// ----------------------------------------------------------------------------------------------
// v2
// ----------------------------------------------------------------------------------------------

const pointInTimeMoment = fc.oneof(
  object({ pointInTimeUTCSeconds: epochSeconds }),
  object({ oplogTs: epochSeconds, oplogInc: positiveInt32 }),
);

export const v2CreateBackupRestoreJobRequest: Arb<JsonRecord> = fc.oneof(
  object({ deliveryType: fc.constant("automated"), snapshotId: hexId, targetClusterName: clusterName, targetGroupId: hexId }),
  object({ deliveryType: fc.constant("download"), snapshotId: hexId }),
  merge(object({ deliveryType: fc.constant("pointInTime"), targetClusterName: clusterName, targetGroupId: hexId }), pointInTimeMoment),
);

const privateDownloadDeliveryUrl = object({}, { deliveryUrl: anyString, endpointId });
const v2Component = object(
  {},
  { downloadUrl: fc.option(anyString, { nil: null }), privateDownloadDeliveryUrls: arrayOf(privateDownloadDeliveryUrl), replicaSetName: anyString },
);
const bsonTimestamp = object({}, { date: dateTime, increment: int32 });

const v2JobBase = {
  cancelled: fc.boolean(),
  components: arrayOf(v2Component),
  desiredTimestamp: bsonTimestamp,
  expired: fc.boolean(),
  expiresAt: dateTime,
  failed: fc.boolean(),
  finishedAt: dateTime,
  id: hexId,
  links,
  timestamp: dateTime,
};

export const v2CloudBackupRestoreJob: Arb<JsonRecord> = fc.oneof(
  object({ deliveryType: fc.constant("automated") }, { ...v2JobBase, snapshotId: hexId, targetClusterName: clusterName, targetGroupId: hexId }),
  object(
    { deliveryType: fc.constant("download") },
    { ...v2JobBase, snapshotId: hexId, deliveryUrl: arrayOf(anyString), privateDownloadDeliveryUrls: arrayOf(privateDownloadDeliveryUrl) },
  ),
  object(
    { deliveryType: fc.constant("pointInTime") },
    {
      ...v2JobBase,
      oplogTs: epochSeconds,
      oplogInc: positiveInt32,
      pointInTimeUTCSeconds: epochSeconds,
      targetClusterName: clusterName,
      targetGroupId: hexId,
    },
  ),
);

const tenantStatuses = ["PENDING", "QUEUED", "RUNNING", "FAILED", "COMPLETED"];
const tenantBaseOptional = {
  clusterName: fc.oneof(clusterName, fc.string({ unit: alphanumeric, minLength: 65, maxLength: 80 })), // no length limit here
  id: hexId,
  links,
  projectId: hexId,
  restoreFinishedDate: dateTime,
  restoreScheduledDate: dateTime,
  snapshotFinishedDate: dateTime,
  status: fc.constantFrom(...tenantStatuses),
  targetProjectId: hexId,
};

export const v2TenantRestoreJob: Arb<JsonRecord> = fc.oneof(
  object({ deliveryType: fc.constant("RESTORE"), snapshotId: hexId, targetDeploymentItemName: tenantName }, tenantBaseOptional),
  object(
    { deliveryType: fc.constant("DOWNLOAD"), snapshotId: hexId, targetDeploymentItemName: tenantName },
    { ...tenantBaseOptional, expirationDate: dateTime, snapshotUrl: anyString },
  ),
);

// ----------------------------------------------------------------------------------------------
// Field-aware replacement values (valid ones and near misses)
// ----------------------------------------------------------------------------------------------

const discriminatorValues = [
  "automated", "download", "pointInTime", "RESTORE", "DOWNLOAD", "HTTP", "AUTOMATED_RESTORE",
  "Automated", "AUTOMATED", "pointintime", "point_in_time", "restore", "Download", "http", " automated", "",
];

const idKeys = ["snapshotId", "targetGroupId", "checkpointId", "targetClusterId", "id", "projectId", "targetProjectId", "groupId", "clusterId", "batchId"];
const dateKeys = ["createdAt", "expiresAt", "finishedAt", "created", "expires", "date", "restoreFinishedDate", "restoreScheduledDate", "snapshotFinishedDate", "expirationDate"];
const integerKeys = ["oplogTs", "oplogInc", "pointInTimeUTCSeconds", "pointInTimeUTCMillis", "increment", "totalCount", "error", "expirationHours", "maxDownloads"];
const booleanKeys = ["cancelled", "expired", "failed", "encryptionEnabled"];
const plainStringKeys = ["href", "rel", "url", "snapshotUrl", "deliveryUrl", "downloadUrl", "replicaSetName", "fileName", "hash", "errorCode", "detail", "reason", "description", "field"];
const nullableKeys = ["detail", "reason", "downloadUrl", "badRequestDetail"];

/** Every property name the spec gives a body schema. */
export const knownKeys: readonly string[] = [
  ...new Set([
    ...idKeys, ...dateKeys, ...integerKeys, ...booleanKeys, ...plainStringKeys,
    "deliveryType", "methodName", "targetClusterName", "clusterName", "targetDeploymentItemName", "status", "statusName", "typeName",
    "masterKeyUUID", "endpointId", "links", "results", "components", "privateDownloadDeliveryUrls", "hashes", "parameters", "fields",
    "delivery", "desiredTimestamp", "timestamp", "badRequestDetail",
  ]),
];

/** Keys that mean something to JavaScript objects; added as own data properties, as JSON.parse does. */
const trickyKeys = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf", "length", "0", ""];

const nullOrWrongType: Arb = fc.constantFrom(null, true, false, 0, 1, -1, "", "null", [], {}, [null], { "": null });

/** Values that fit member `key` (valid for it), when the spec gives that member a shape. */
function fitting(key: string): Arb[] {
  const found: Arb[] = [];
  if (idKeys.includes(key)) found.push(hexId);
  if (dateKeys.includes(key) || key === "timestamp") found.push(dateTime);
  if (integerKeys.includes(key)) found.push(int32, positiveInt32, epochSeconds, digits);
  if (booleanKeys.includes(key)) found.push(fc.boolean());
  if (plainStringKeys.includes(key)) found.push(anyString);
  if (nullableKeys.includes(key)) found.push(fc.constant(null));
  if (key === "deliveryType" || key === "methodName") found.push(fc.constantFrom(...discriminatorValues.slice(0, 7), ...legacyMethodNames));
  if (key === "status" || key === "statusName" || key === "typeName")
    found.push(fc.constantFrom(...tenantStatuses, ...legacyJobStatuses, ...legacyDeliveryStatuses, "SHA1"));
  if (key === "targetClusterName" || key === "clusterName") found.push(clusterName);
  if (key === "targetDeploymentItemName") found.push(tenantName);
  if (key === "masterKeyUUID") found.push(uuid);
  if (key === "endpointId") found.push(endpointId);
  if (key === "links") found.push(links);
  if (key === "results") found.push(arrayOf(fc.oneof(v1CloudBackupRestoreJob, v1LegacyRestoreJob)));
  if (key === "components") found.push(arrayOf(v2Component));
  if (key === "deliveryUrl") found.push(arrayOf(anyString));
  if (key === "privateDownloadDeliveryUrls") found.push(arrayOf(privateDownloadDeliveryUrl));
  if (key === "hashes") found.push(arrayOf(legacyFileHash));
  if (key === "parameters") found.push(arrayOf(fc.constant({})));
  if (key === "fields") found.push(arrayOf(fieldViolation));
  if (key === "delivery") found.push(legacyHttpDelivery, legacyAutomatedDelivery, legacyJobDelivery);
  if (key === "desiredTimestamp" || key === "timestamp") found.push(bsonTimestamp, legacyOplogTimestamp);
  if (key === "badRequestDetail") found.push(badRequestDetail);
  return found;
}

/** Values that almost fit member `key`: boundary numbers, almost-matching strings, wrong discriminators. */
function nearMisses(key: string): Arb[] {
  const found: Arb[] = [];
  if (idKeys.includes(key)) found.push(nearHexId);
  if (dateKeys.includes(key) || key === "timestamp") found.push(nearDateTime);
  if (integerKeys.includes(key)) found.push(nearNumber, nearDigits);
  if (booleanKeys.includes(key)) found.push(fc.constantFrom("true", "false", 1, 0, null));
  if (key === "deliveryType" || key === "methodName") found.push(fc.constantFrom(...discriminatorValues.slice(7)));
  if (key === "status" || key === "statusName" || key === "typeName") found.push(fc.constantFrom("sha1", "MD5", "pending", "Completed", ""));
  if (key === "targetClusterName" || key === "clusterName") found.push(nearClusterName);
  if (key === "targetDeploymentItemName") found.push(nearTenantName);
  if (key === "masterKeyUUID") found.push(nearUuid);
  if (key === "endpointId") found.push(nearEndpointId);
  if (["links", "results", "components", "deliveryUrl", "privateDownloadDeliveryUrls", "hashes", "parameters", "fields"].includes(key))
    found.push(arrayOf(nullOrWrongType));
  return found;
}

const anything: Arb = fc.oneof(nullOrWrongType, nearNumber, anyString, json(2));

/** A value for member `key`: often valid for it, often a near miss, sometimes anything. */
export function valueFor(key: string | number | undefined): Arb {
  const good = typeof key === "string" ? fitting(key) : [];
  const near = typeof key === "string" ? nearMisses(key) : [];
  const weighted: fc.WeightedArbitrary<Json>[] = [{ weight: 2, arbitrary: anything }];
  if (good.length > 0) weighted.push({ weight: 3, arbitrary: fc.oneof(...good) });
  if (near.length > 0) weighted.push({ weight: 5, arbitrary: fc.oneof(...near) });
  return fc.oneof(...weighted);
}

// ----------------------------------------------------------------------------------------------
// Mutations
// ----------------------------------------------------------------------------------------------

type Segment = string | number;

function isJsonObject(value: Json | undefined): value is JsonRecord {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Every location in `value`: the root, each member and each element, recursively. */
function locations(value: Json, prefix: Segment[] = [], found: Segment[][] = []): Segment[][] {
  found.push(prefix);
  if (Array.isArray(value)) value.forEach((item, index) => locations(item, [...prefix, index], found));
  else if (isJsonObject(value)) for (const key of Object.keys(value)) locations(value[key] ?? null, [...prefix, key], found);
  return found;
}

function at(value: Json, path: readonly Segment[]): Json {
  let node: Json = value;
  for (const segment of path) node = (Array.isArray(node) ? node[segment as number] : (node as JsonRecord)[segment]) ?? null;
  return node;
}

/** A shallow copy that keeps the prototype (fast-check may build null-prototype objects) and defines keys as own data properties. */
function copyObject(source: JsonRecord): JsonRecord {
  const copy = Object.create(Object.getPrototypeOf(source) as object | null) as JsonRecord;
  for (const key of Object.keys(source)) define(copy, key, source[key] ?? null);
  return copy;
}

function define(target: JsonRecord, key: string, value: Json): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

const remove = Symbol("remove");

/** `root` with the node at `path` replaced by `update(node)` (or removed), copying only along the path. */
function updateAt(root: Json, path: readonly Segment[], update: (node: Json) => Json | typeof remove): Json {
  if (path.length === 0) {
    const result = update(root);
    return result === remove ? null : result;
  }
  const [head, ...rest] = path as [Segment, ...Segment[]];
  if (Array.isArray(root)) {
    const copy = root.slice();
    const child = rest.length === 0 ? update(root[head as number] ?? null) : updateAt(root[head as number] ?? null, rest, update);
    if (child === remove) copy.splice(head as number, 1);
    else copy[head as number] = child;
    return copy;
  }
  if (isJsonObject(root)) {
    const copy = copyObject(root);
    const child = rest.length === 0 ? update(root[head as string] ?? null) : updateAt(root[head as string] ?? null, rest, update);
    if (child === remove) delete copy[head as string];
    else define(copy, head as string, child);
    return copy;
  }
  return root;
}

export interface MutationOptions {
  /** Member names worth adding or overwriting for this schema: discriminators, restore points, required fields. */
  readonly focusKeys: readonly string[];
}

/** One mutation of `value`: replace, drop, add or overwrite a member, or reshape an array, anywhere in it. */
function mutateOnce(value: Json, options: MutationOptions): Arb {
  const where = locations(value);
  const memberKey = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...options.focusKeys) },
    { weight: 2, arbitrary: fc.constantFrom(...knownKeys) },
    { weight: 1, arbitrary: fc.constantFrom(...trickyKeys) },
    { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
  );
  // Members the spec names are where near misses matter; pick them more often than other places.
  const members = where.filter((path) => {
    const last = path[path.length - 1];
    return typeof last === "string" && knownKeys.includes(last);
  });
  const focused = members.filter((path) => options.focusKeys.includes(path[path.length - 1] as string));
  const places: fc.WeightedArbitrary<Segment[]>[] = [{ weight: 2, arbitrary: fc.constantFrom(...where) }];
  if (members.length > 0) places.push({ weight: 2, arbitrary: fc.constantFrom(...members) });
  if (focused.length > 0) places.push({ weight: 3, arbitrary: fc.constantFrom(...focused) });
  const place = fc.oneof(...places);
  return place.chain((path) => {
    const node = at(value, path);
    const last = path[path.length - 1];
    const parentIsObject = path.length > 0 && isJsonObject(at(value, path.slice(0, -1)));
    const replace = valueFor(last).map((replacement) => updateAt(value, path, () => replacement));
    const operations: Arb[] = [
      // Replace the value with another, typed for its member name when there is one.
      replace,
      replace,
      // Wrap it, or swap it for null.
      fc.constantFrom("array", "null", "object").map((how) =>
        updateAt(value, path, (old) => (how === "array" ? [old] : how === "null" ? null : { value: old })),
      ),
    ];
    if (path.length > 0) {
      // Drop the member or element (a required field, a discriminator, an item).
      operations.push(fc.constant(updateAt(value, path, () => remove)));
      if (parentIsObject) operations.push(fc.constant(updateAt(value, path, () => remove)));
    }
    if (isJsonObject(node)) {
      // Add or overwrite a member: a second restore point, a wrong discriminator, an unknown field.
      const set = memberKey.chain((key) =>
        valueFor(key).map((member) =>
          updateAt(value, path, (old) => {
            const copy = copyObject(old as JsonRecord);
            define(copy, key, member);
            return copy;
          }),
        ),
      );
      operations.push(set, set, set);
    }
    if (Array.isArray(node)) {
      operations.push(
        valueFor(undefined).map((item) => updateAt(value, path, (old) => [...(old as Json[]), item])),
        fc.constant(updateAt(value, path, (old) => [...(old as Json[]), ...(old as Json[])])),
        fc.constant(updateAt(value, path, () => [])),
      );
    }
    return fc.oneof(...operations);
  });
}

/** Valid values broken by one to three mutations. */
export function mutated(valid: Arb<JsonRecord>, options: MutationOptions): Arb {
  return valid
    .chain((value) => mutateOnce(value, options))
    .chain((value) =>
      fc.oneof(
        { weight: 6, arbitrary: fc.constant(value) },
        { weight: 3, arbitrary: mutateOnce(value, options) },
        { weight: 1, arbitrary: mutateOnce(value, options).chain((again) => mutateOnce(again, options)) },
      ),
    );
}

/**
 * Inputs for a differential run: valid values, mutated ones (mostly invalid, sometimes still valid),
 * and arbitrary JSON.
 */
export function differentialInput(valid: Arb<JsonRecord>, options: MutationOptions): Arb {
  return fc.oneof(
    { weight: 7, arbitrary: valid },
    { weight: 11, arbitrary: mutated(valid, options) },
    { weight: 2, arbitrary: json(3) },
  );
}

/** Whether `value` is plain JSON: null, booleans, finite numbers, strings, dense arrays and plain objects of JSON. */
export function isJson(value: unknown): value is Json {
  if (value === null || typeof value === "boolean" || typeof value === "string") return true;
  if (typeof value === "number") return Number.isFinite(value);
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) if (!(index in value) || !isJson(value[index])) return false;
    return true;
  }
  if (typeof value !== "object") return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null) return false;
  for (const key of Reflect.ownKeys(value)) {
    if (typeof key !== "string") return false;
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor === undefined || !("value" in descriptor) || !descriptor.enumerable || !isJson(descriptor.value)) return false;
  }
  return true;
}
