// Arbitraries for scalar schemas: strings (length limits, patterns, the formats the guards check),
// integers and numbers (bounds, exclusive bounds, int32, multipleOf).
import fc from "fast-check";
import type { Json, JsonObject } from "../../support/spec.ts";

export type Arb = fc.Arbitrary<Json>;

export interface PatternSource {
  /** Patterns fast-check cannot generate from (lookarounds, for one). */
  readonly fallbacks: Set<string>;
  /** Strings the document gives as examples of a pattern: what stands in for the unsupported ones. */
  readonly examples: ReadonlyMap<string, readonly string[]>;
  readonly memo: Map<string, fc.Arbitrary<string>>;
}

export function stringArbitrary(schema: JsonObject, patterns: PatternSource): Arb {
  const format = typeof schema.format === "string" ? formatted(schema.format) : undefined;
  if (format) return format;
  if (typeof schema.pattern === "string") return matching(schema.pattern, typeof schema.maxLength === "number" ? schema.maxLength : undefined, patterns);
  const minLength = typeof schema.minLength === "number" ? schema.minLength : 0;
  const maxLength = typeof schema.maxLength === "number" ? schema.maxLength : minLength + 24;
  return fc.oneof(
    { weight: 4, arbitrary: fc.string({ minLength, maxLength: Math.min(maxLength, minLength + 24), unit: "grapheme-ascii" }) },
    // Code points beyond ASCII and the BMP: lengths count code points on both sides.
    { weight: 1, arbitrary: fc.string({ minLength, maxLength: Math.min(maxLength, minLength + 8), unit: "binary" }) },
  );
}

function matching(pattern: string, maxLength: number | undefined, patterns: PatternSource): Arb {
  const known = patterns.memo.get(pattern);
  if (known) return known;
  let arb: fc.Arbitrary<string>;
  try {
    arb = fc.stringMatching(compile(pattern), maxLength === undefined ? {} : { maxLength });
  } catch {
    patterns.fallbacks.add(pattern);
    const examples = patterns.examples.get(pattern) ?? [];
    const plain = fc.string({ maxLength: Math.min(maxLength ?? 24, 24) });
    arb = examples.length > 0 ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...examples) }, { weight: 1, arbitrary: plain }) : plain;
  }
  patterns.memo.set(pattern, arb);
  return arb;
}

/** With the `u` flag where the pattern allows it, as both validators compile it. */
export function compile(pattern: string): RegExp {
  try {
    return new RegExp(pattern, "u");
  } catch {
    return new RegExp(pattern);
  }
}

function formatted(format: string): Arb | undefined {
  const moment = fc.date({ min: new Date("1970-01-01T00:00:00Z"), max: new Date("2100-12-31T23:59:59Z"), noInvalidDate: true });
  switch (format) {
    case "date-time":
      return fc.oneof(moment.map((date) => date.toISOString()), moment.map((date) => date.toISOString().replace(/\.\d+Z$/, "+02:00")));
    case "date":
      return moment.map((date) => date.toISOString().slice(0, 10));
    case "time":
      return moment.map((date) => `${date.toISOString().slice(11, 19)}Z`);
    case "uuid":
      return fc.uuid();
    case "email":
      return fc.oneof(fc.emailAddress(), fc.constantFrom("someone@example.com", "a.b-c@mongodb.com"));
    case "uri":
      return fc.webUrl();
    default:
      return undefined;
  }
}

export function integerArbitrary(schema: JsonObject): Arb {
  const int32 = schema.format === "int32";
  let min = typeof schema.minimum === "number" ? schema.minimum + (schema.exclusiveMinimum === true ? 1 : 0) : int32 ? -(2 ** 31) : -(2 ** 40);
  let max = typeof schema.maximum === "number" ? schema.maximum - (schema.exclusiveMaximum === true ? 1 : 0) : int32 ? 2 ** 31 - 1 : 2 ** 40;
  min = Math.max(Math.ceil(min), Number.MIN_SAFE_INTEGER);
  max = Math.min(Math.floor(max), Number.MAX_SAFE_INTEGER);
  if (min > max) return fc.constant(min);
  const any = fc.maxSafeInteger().map((n) => min + Math.abs(n % (max - min + 1)));
  const small = min <= 1000 && max >= -1000 ? fc.integer({ min: Math.max(min, -1000), max: Math.min(max, 1000) }) : any;
  const ints = fc.oneof({ weight: 3, arbitrary: small }, { weight: 1, arbitrary: any }, fc.constantFrom(min, max));
  const step = schema.multipleOf;
  return typeof step === "number" ? ints.map((n) => n - (n % step)) : ints;
}

export function numberArbitrary(schema: JsonObject): Arb {
  const min = typeof schema.minimum === "number" ? schema.minimum : -1e9;
  const max = typeof schema.maximum === "number" ? schema.maximum : 1e9;
  if (min > max) return fc.constant(min);
  return fc.double({ min, max, minExcluded: schema.exclusiveMinimum === true, maxExcluded: schema.exclusiveMaximum === true, noNaN: true, noDefaultInfinity: true });
}
