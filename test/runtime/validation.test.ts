// The runtime's leaf checks agree with Ajv's formats (ajv-formats, full mode) and JSON Schema's
// idea of string length, on hand-picked edge cases and on generated strings.
import { isDate, isDateTime, isInt32, isTime, isUuid, stringLength } from "atlas-restore-client";
import { Ajv2020 } from "ajv/dist/2020.js";
import formatsPlugin from "ajv-formats";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const ajv = new Ajv2020({ strict: true });
formatsPlugin.default(ajv);
const ajvFormat = (format: string) => ajv.compile({ type: "string", format });

const dateTimeCases = [
  "2018-08-02T02:08:48Z",
  "2018-08-02t02:08:48z",
  "2018-08-02 02:08:48Z",
  "2018-08-02T02:08:48.123456+05:30",
  "2018-08-02T02:08:48+0530",
  "2018-08-02T02:08:48+05",
  "2018-08-02T02:08:48",
  "2016-12-31T23:59:60Z",
  "2016-12-31T23:59:60+01:00",
  "2016-12-31T22:59:60-01:00",
  "2016-12-31T23:59:61Z",
  "2023-02-29T00:00:00Z",
  "2024-02-29T00:00:00Z",
  "2023-04-31T00:00:00Z",
  "2023-13-01T00:00:00Z",
  "2023-00-10T00:00:00Z",
  "2023-01-01T24:00:00Z",
  "2023-01-01T23:60:00Z",
  "2023-01-01T00:00:00+24:00",
  "2023-01-01T00:00:00+23:60",
  "2023-01-01TT00:00:00Z",
  "2023-01-01T00:00:00Z ",
  "2023-01-01\n00:00:00Z",
  "2023-1-01T00:00:00Z",
  "",
  "T",
];

describe("formats agree with ajv-formats", () => {
  it.each(dateTimeCases)("date-time %j", (text) => {
    expect(isDateTime(text)).toBe(ajvFormat("date-time")(text));
  });

  it.each(["2024-02-29", "2023-02-29", "1900-02-29", "2000-02-29", "2023-04-31", "2023-4-30", "2023-04-30 "])("date %j", (text) => {
    expect(isDate(text)).toBe(ajvFormat("date")(text));
  });

  it.each(["23:59:60Z", "00:00:00+01:00", "12:00:00", "12:00:00.5z", "25:00:00Z"])("time %j", (text) => {
    expect(isTime(text)).toBe(ajvFormat("time")(text));
  });

  it.each(["2d3c1b4e-5f60-4718-8a9b-0c1d2e3f4a5b", "urn:uuid:2D3C1B4E-5F60-4718-8A9B-0C1D2E3F4A5B", "2d3c1b4e5f6047188a9b0c1d2e3f4a5b", "g d3c1b4e-5f60-4718-8a9b-0c1d2e3f4a5b"])(
    "uuid %j",
    (text) => {
      expect(isUuid(text)).toBe(ajvFormat("uuid")(text));
    },
  );

  it("date-time on 20,000 generated near-misses", () => {
    const digits = (n: number) => fc.stringMatching(new RegExp(`^[0-9]{${n}}$`));
    const nearDateTime = fc
      .tuple(digits(4), digits(2), digits(2), fc.constantFrom("T", "t", " ", "X"), digits(2), digits(2), digits(2), fc.constantFrom("", ".5", ".123456"), fc.constantFrom("Z", "z", "", "+01:00", "-0130", "+24:00", "+05"))
      .map(([y, mo, d, sep, h, mi, s, frac, zone]) => `${y}-${mo}-${d}${sep}${h}:${mi}:${s}${frac}${zone}`);
    fc.assert(
      fc.property(fc.oneof(nearDateTime, fc.string()), (text) => isDateTime(text) === ajvFormat("date-time")(text)),
      { numRuns: 20_000, seed: 7 },
    );
  });

  it("int32 bounds", () => {
    const int32 = ajv.compile({ type: "number", format: "int32" });
    for (const value of [0, -1, 2147483647, 2147483648, -2147483648, -2147483649, 1.5, 1e21]) expect(isInt32(value)).toBe(int32(value));
  });
});

describe("stringLength counts code points like JSON Schema", () => {
  it.each([
    ["", 0],
    ["abc", 3],
    ["é", 1],
    ["😀", 1],
    ["a😀b", 3],
    ["\ud83d", 1],
    ["\ude00", 1],
    ["\ude00\ud83d", 2],
  ])("%j has length %i", (text, length) => {
    expect(stringLength(text)).toBe(length);
  });

  it("agrees with Ajv's maxLength on generated Unicode strings", () => {
    const max3 = ajv.compile({ type: "string", maxLength: 3 });
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 8 }), (text) => (stringLength(text) <= 3) === max3(text)),
      { numRuns: 5_000, seed: 11 },
    );
  });
});
