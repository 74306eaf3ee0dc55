// The guards promise never to throw. Feed them what a JSON parser never produces, and what a hostile
// caller might: cycles, exotic objects, throwing proxies and getters, huge and deep values, special
// numbers, and keys that mean something to JavaScript. `isX` must answer a boolean, `validateX` an
// array of problems (empty exactly when `isX` says yes), and the verdict must be the obvious one
// where there is an obvious one.
import { v1, v2 } from "atlas-restore-client";
import { describe, expect, it } from "vitest";
import { SpecSchemas } from "../support/spec.ts";

type Is = (value: unknown) => boolean;
type Validate = (value: unknown) => unknown;

interface GuardPair {
  readonly name: string;
  readonly is: Is;
  readonly validate: Validate;
}

const topLevel: readonly GuardPair[] = [
  { name: "v1.CloudBackupRestoreJob", is: v1.isCloudBackupRestoreJob, validate: v1.validateCloudBackupRestoreJob },
  { name: "v1.CloudBackupRestoreJobPage", is: v1.isCloudBackupRestoreJobPage, validate: v1.validateCloudBackupRestoreJobPage },
  { name: "v1.CreateLegacyRestoreJobRequest", is: v1.isCreateLegacyRestoreJobRequest, validate: v1.validateCreateLegacyRestoreJobRequest },
  { name: "v1.LegacyRestoreJobCreated", is: v1.isLegacyRestoreJobCreated, validate: v1.validateLegacyRestoreJobCreated },
  { name: "v2.CreateBackupRestoreJobRequest", is: v2.isCreateBackupRestoreJobRequest, validate: v2.validateCreateBackupRestoreJobRequest },
  { name: "v2.CloudBackupRestoreJob", is: v2.isCloudBackupRestoreJob, validate: v2.validateCloudBackupRestoreJob },
  { name: "v2.TenantRestoreJob", is: v2.isTenantRestoreJob, validate: v2.validateTenantRestoreJob },
  { name: "v2.ApiError", is: v2.isApiError, validate: v2.validateApiError },
];

/** Every guard the package exports (one per named schema), for the cheap hostile values. */
const everyGuard: readonly GuardPair[] = (
  [
    ["v1", v1],
    ["v2", v2],
  ] as const
).flatMap(([label, namespace]) => {
  const exports = namespace as unknown as Record<string, unknown>;
  return Object.keys(exports)
    .filter((key) => key.startsWith("is") && typeof exports[key] === "function" && typeof exports[`validate${key.slice(2)}`] === "function")
    .map((key) => ({ name: `${label}.${key.slice(2)}`, is: exports[key] as Is, validate: exports[`validate${key.slice(2)}`] as Validate }));
});

/** Calls both functions of a guard; they must not throw and must answer in the promised shapes. */
function probe(guard: GuardPair, value: unknown, options: { consistent?: boolean } = {}): boolean {
  let verdict: unknown;
  let problems: unknown;
  expect(() => {
    verdict = guard.is(value);
  }, `is${guard.name} threw`).not.toThrow();
  expect(typeof verdict, `is${guard.name} answers a boolean`).toBe("boolean");
  expect(() => {
    problems = guard.validate(value);
  }, `validate${guard.name} threw`).not.toThrow();
  expect(Array.isArray(problems), `validate${guard.name} answers an array`).toBe(true);
  const malformed = (problems as unknown[]).find(
    (problem) =>
      typeof problem !== "object" ||
      problem === null ||
      typeof (problem as { path?: unknown }).path !== "string" ||
      typeof (problem as { message?: unknown }).message !== "string",
  );
  expect(malformed, `validate${guard.name} answers { path, message } problems`).toBeUndefined();
  if (options.consistent !== false) {
    expect((problems as unknown[]).length === 0, `validate${guard.name} is empty exactly when is${guard.name} is true`).toBe(verdict);
  }
  return verdict as boolean;
}

// ----------------------------------------------------------------------------------------------
// Valid bodies to embed hostile parts into
// ----------------------------------------------------------------------------------------------

const hexId = "32b6e34b3d91647abb20e7b8";
const valid = {
  v1Job: () => ({ deliveryType: "automated", id: "x", links: [] as unknown[] }),
  v1Page: () => ({ results: [{ deliveryType: "download" }] as unknown[], totalCount: 1 }),
  v1LegacyRequest: () => ({ delivery: { methodName: "HTTP", expirationHours: 48, maxDownloads: 1 }, snapshotId: hexId }),
  v1LegacyCreated: () => ({ delivery: { methodName: "HTTP" }, links: [] as unknown[] }),
  v2Request: () => ({ deliveryType: "pointInTime", targetClusterName: "MyCluster", targetGroupId: hexId, pointInTimeUTCSeconds: 1717171717 }),
  v2Job: () => ({ deliveryType: "download", id: hexId, links: [] as unknown[], deliveryUrl: [] as unknown[] }),
  tenant: () => ({ deliveryType: "RESTORE", snapshotId: hexId, targetDeploymentItemName: "MyM5Cluster" }),
  apiError: () => ({ error: 404, errorCode: "RESOURCE_NOT_FOUND", detail: null, parameters: [] as unknown[] }),
};
/** The valid body for each top-level guard, in `topLevel` order. */
const validFor: Readonly<Record<string, () => Record<string, unknown>>> = {
  "v1.CloudBackupRestoreJob": valid.v1Job,
  "v1.CloudBackupRestoreJobPage": valid.v1Page,
  "v1.CreateLegacyRestoreJobRequest": valid.v1LegacyRequest,
  "v1.LegacyRestoreJobCreated": valid.v1LegacyCreated,
  "v2.CreateBackupRestoreJobRequest": valid.v2Request,
  "v2.CloudBackupRestoreJob": valid.v2Job,
  "v2.TenantRestoreJob": valid.tenant,
  "v2.ApiError": valid.apiError,
};

function validBody(guard: GuardPair): Record<string, unknown> {
  const make = validFor[guard.name];
  if (make === undefined) throw new Error(`no valid body for ${guard.name}`);
  return make();
}

/** A Proxy whose every trap throws. */
function throwingProxy<T extends object>(target: T, thrown: () => unknown = () => new Error("trap")): T {
  const handler: ProxyHandler<T> = {};
  for (const trap of [
    "get", "set", "has", "deleteProperty", "ownKeys", "getOwnPropertyDescriptor", "defineProperty",
    "getPrototypeOf", "setPrototypeOf", "isExtensible", "preventExtensions", "apply", "construct",
  ] as const) {
    (handler as Record<string, unknown>)[trap] = () => {
      throw thrown();
    };
  }
  return new Proxy(target, handler);
}

/** `body` with `key` turned into a getter that throws `thrown`. */
function withThrowingGetter(body: Record<string, unknown>, key: string, thrown: () => unknown): Record<string, unknown> {
  Object.defineProperty(body, key, {
    enumerable: true,
    get() {
      throw thrown();
    },
  });
  return body;
}

function nestedArrays(depth: number): unknown[] {
  let value: unknown[] = [];
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

function nestedObjects(depth: number): Record<string, unknown> {
  let value: Record<string, unknown> = {};
  for (let i = 0; i < depth; i++) value = { child: value, links: [value], results: [value] };
  return value;
}

class Job {
  deliveryType = "automated";
  snapshotId = hexId;
  targetClusterName = "MyCluster";
  targetGroupId = hexId;
}

class Empty {}

// ----------------------------------------------------------------------------------------------
// Cheap hostile values, against every exported guard
// ----------------------------------------------------------------------------------------------

const cycle: Record<string, unknown> = { name: "cycle" };
cycle.self = cycle;
const selfArray: unknown[] = [];
selfArray.push(selfArray);

const nonJson: readonly (readonly [string, () => unknown])[] = [
  ["undefined", () => undefined],
  ["NaN", () => NaN],
  ["Infinity", () => Infinity],
  ["-Infinity", () => -Infinity],
  ["-0", () => -0],
  ["BigInt", () => 10n ** 30n],
  ["Symbol", () => Symbol("restore")],
  ["function", () => function deliveryType() {}],
  ["arrow function with fields", () => Object.assign(() => undefined, valid.apiError())],
  ["class", () => Job],
  ["Date", () => new Date(0)],
  ["invalid Date", () => new Date(Number.NaN)],
  ["Map", () => new Map(Object.entries(valid.v2Request()))],
  ["Set", () => new Set([1, 2])],
  ["WeakMap", () => new WeakMap()],
  ["RegExp", () => /deliveryType/],
  ["Error", () => new Error("boom")],
  ["Promise", () => Promise.resolve(valid.apiError())],
  ["Uint8Array", () => new Uint8Array(8)],
  ["ArrayBuffer", () => new ArrayBuffer(8)],
  ["boxed String", () => new String("automated")],
  ["boxed Number", () => new Number(1)],
  ["instance of an empty class", () => new Empty()],
  ["Object.create(null)", () => Object.create(null) as unknown],
  ["object with a cycle (a.self = a)", () => cycle],
  ["array containing itself", () => selfArray],
  ["Proxy whose every trap throws", () => throwingProxy({ deliveryType: "automated" })],
  ["Proxy of an array whose every trap throws", () => throwingProxy([1, 2, 3])],
  ["Proxy of a function whose every trap throws", () => throwingProxy(() => undefined)],
  ["revoked Proxy", () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  }],
  ["object whose every member getter throws", () => {
    const body: Record<string, unknown> = {};
    for (const key of ["deliveryType", "results", "delivery", "error", "errorCode", "snapshotId", "methodName", "fields", "href", "date"]) {
      withThrowingGetter(body, key, () => new Error(`get ${key}`));
    }
    return body;
  }],
  ["10,000-deep nested arrays", () => nestedArrays(10_000)],
  ["10,000-deep nested objects", () => nestedObjects(10_000)],
  ["JSON.parse with __proto__, constructor and prototype keys", () =>
    JSON.parse('{"__proto__": {"deliveryType": "automated", "error": 400, "errorCode": "X"}, "constructor": {"prototype": {"polluted": true}}, "prototype": null}') as unknown],
  ["frozen empty object", () => Object.freeze({})],
  ["sparse array", () => new Array(10)],
];

describe("hostile values, every exported guard", () => {
  it("finds the guards", () => {
    expect(everyGuard.length).toBeGreaterThanOrEqual(40);
    for (const guard of topLevel) expect(everyGuard.map((g) => g.name)).toContain(guard.name);
  });

  it.each(nonJson)("%s", (_, make) => {
    const value = make();
    for (const guard of everyGuard) probe(guard, value);
    // None of these is a restore-job or error body.
    for (const guard of topLevel) expect(guard.is(value), `is${guard.name}`).toBe(false);
  });

  it("does not pollute Object.prototype", () => {
    const parsed = JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}') as unknown;
    for (const guard of everyGuard) probe(guard, parsed);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

// ----------------------------------------------------------------------------------------------
// Hostile parts inside otherwise valid bodies, against the top-level guards
// ----------------------------------------------------------------------------------------------

const schemas = new SpecSchemas();
const ajvFor: Readonly<Record<string, ReturnType<SpecSchemas["schema"]>>> = {
  "v1.CloudBackupRestoreJob": schemas.schema("atlas-v1.0.yaml", "CloudBackupRestoreJob"),
  "v1.CloudBackupRestoreJobPage": schemas.schema("atlas-v1.0.yaml", "CloudBackupRestoreJobPage"),
  "v1.CreateLegacyRestoreJobRequest": schemas.schema("atlas-v1.0.yaml", "CreateLegacyRestoreJobRequest"),
  "v1.LegacyRestoreJobCreated": schemas.schema("atlas-v1.0.yaml", "LegacyRestoreJobCreated"),
  "v2.CreateBackupRestoreJobRequest": schemas.schema("atlas-v2.yaml", "CreateBackupRestoreJobRequest"),
  "v2.CloudBackupRestoreJob": schemas.schema("atlas-v2.yaml", "CloudBackupRestoreJob"),
  "v2.TenantRestoreJob": schemas.schema("atlas-v2.yaml", "TenantRestoreJob"),
  "v2.ApiError": schemas.schema("common.yaml", "ApiError"),
};

function guard(name: string): GuardPair {
  const found = topLevel.find((g) => g.name === name);
  if (found === undefined) throw new Error(`no top-level guard ${name}`);
  return found;
}

describe("hostile parts in valid bodies, top-level guards", () => {
  it("the valid bodies are valid (for the guards and for Ajv)", () => {
    for (const g of topLevel) {
      expect(probe(g, validBody(g)), g.name).toBe(true);
      expect(ajvFor[g.name]?.(validBody(g)), `Ajv ${g.name}`).toBe(true);
    }
  });

  it("accepts a valid body with a cycle hanging off an unknown member", () => {
    for (const g of topLevel) {
      const body = validBody(g);
      body.self = body;
      body.loop = selfArray;
      expect(probe(g, body), g.name).toBe(true);
    }
  });

  it("rejects cycles where the schema wants something else", () => {
    const page = valid.v1Page();
    page.results = [page]; // the page is not a restore job
    expect(probe(guard("v1.CloudBackupRestoreJobPage"), page)).toBe(false);
    const job = valid.v2Job();
    job.links = selfArray; // an array is not a Link
    expect(probe(guard("v2.CloudBackupRestoreJob"), job)).toBe(false);
    const created = valid.v1LegacyCreated();
    created.links = [created]; // a Link has no required members, so the job itself is a (strange) Link
    expect(probe(guard("v1.LegacyRestoreJobCreated"), created)).toBe(true);
  });

  it("accepts valid bodies built on Object.create(null), as Ajv does", () => {
    for (const g of topLevel) {
      const body = Object.assign(Object.create(null) as Record<string, unknown>, validBody(g));
      expect(probe(g, body), g.name).toBe(true);
      expect(ajvFor[g.name]?.(body), `Ajv ${g.name}`).toBe(true);
    }
  });

  it("gives class instances with valid own fields Ajv's verdict, and ignores inherited ones from JSON.parse's __proto__", () => {
    const instance = new Job();
    expect(probe(guard("v2.CreateBackupRestoreJobRequest"), instance)).toBe(ajvFor["v2.CreateBackupRestoreJobRequest"]?.(instance));
    for (const g of topLevel) {
      // JSON.parse makes "__proto__" an own data member; the body's fields hidden under it do not count.
      const hidden = JSON.parse(`{"__proto__": ${JSON.stringify(validBody(g))}}`) as unknown;
      expect(probe(g, hidden), `${g.name} with its fields under __proto__`).toBe(false);
      expect(ajvFor[g.name]?.(hidden), `Ajv ${g.name} with its fields under __proto__`).toBe(false);
      const decorated = JSON.parse(
        JSON.stringify({ ...validBody(g), constructor: { prototype: { x: 1 } }, prototype: null }).replace(/^\{/, '{"__proto__": {"x": 1},'),
      ) as unknown;
      expect(probe(g, decorated), `${g.name} with __proto__/constructor/prototype members`).toBe(true);
      expect(ajvFor[g.name]?.(decorated), `Ajv ${g.name} with __proto__/constructor/prototype members`).toBe(true);
    }
  });

  it("rejects NaN, ±Infinity, BigInt and out-of-range numbers in int32 fields", () => {
    const bad = [NaN, Infinity, -Infinity, 1717171717n, 2147483648, 1.5, "1717171717", null];
    for (const value of bad) {
      expect(probe(guard("v2.CreateBackupRestoreJobRequest"), { ...valid.v2Request(), pointInTimeUTCSeconds: value }), String(value)).toBe(false);
      expect(probe(guard("v2.ApiError"), { ...valid.apiError(), error: value }), String(value)).toBe(false);
      expect(probe(guard("v1.CloudBackupRestoreJobPage"), { ...valid.v1Page(), totalCount: value }), String(value)).toBe(false);
      expect(probe(guard("v1.CreateLegacyRestoreJobRequest"), {
        ...valid.v1LegacyRequest(),
        delivery: { methodName: "HTTP", expirationHours: value, maxDownloads: 1 },
      }), String(value)).toBe(false);
    }
  });

  it("treats -0 as the integer 0", () => {
    expect(probe(guard("v1.CloudBackupRestoreJobPage"), { ...valid.v1Page(), totalCount: -0 })).toBe(true); // minimum 0
    expect(probe(guard("v2.ApiError"), { ...valid.apiError(), error: -0 })).toBe(true);
    expect(probe(guard("v2.CreateBackupRestoreJobRequest"), { ...valid.v2Request(), pointInTimeUTCSeconds: -0 })).toBe(false); // minimum 1199145600
  });

  it("rejects Symbols, functions, Dates, Maps and boxed strings where a string is due", () => {
    const notStrings = [Symbol("x"), () => "MyCluster", new Date(), new Map(), new String("MyCluster"), 10n];
    for (const value of notStrings) {
      expect(probe(guard("v2.ApiError"), { ...valid.apiError(), errorCode: value })).toBe(false);
      expect(probe(guard("v2.CreateBackupRestoreJobRequest"), { ...valid.v2Request(), targetClusterName: value })).toBe(false);
      expect(probe(guard("v2.TenantRestoreJob"), { ...valid.tenant(), deliveryType: value })).toBe(false);
      expect(probe(guard("v2.CloudBackupRestoreJob"), { ...valid.v2Job(), timestamp: value })).toBe(false);
    }
  });

  it("ignores symbol-keyed members", () => {
    for (const g of topLevel) expect(probe(g, { ...validBody(g), [Symbol("deliveryType")]: 1 }), g.name).toBe(true);
  });

  it("rejects a body whose required member has a throwing getter", () => {
    const required: Readonly<Record<string, string>> = {
      "v1.CloudBackupRestoreJob": "deliveryType",
      "v1.CloudBackupRestoreJobPage": "results",
      "v1.CreateLegacyRestoreJobRequest": "delivery",
      "v1.LegacyRestoreJobCreated": "delivery",
      "v2.CreateBackupRestoreJobRequest": "deliveryType",
      "v2.CloudBackupRestoreJob": "deliveryType",
      "v2.TenantRestoreJob": "targetDeploymentItemName",
      "v2.ApiError": "errorCode",
    };
    for (const g of topLevel) {
      const body = withThrowingGetter(validBody(g), required[g.name] ?? "", () => new Error("getter"));
      expect(probe(g, body), g.name).toBe(false);
    }
  });

  it("rejects a body whose member is a Proxy with throwing traps", () => {
    expect(probe(guard("v1.CloudBackupRestoreJobPage"), { results: [throwingProxy({ deliveryType: "automated" })] })).toBe(false);
    expect(probe(guard("v1.CreateLegacyRestoreJobRequest"), { ...valid.v1LegacyRequest(), delivery: throwingProxy({}) })).toBe(false);
    expect(probe(guard("v2.ApiError"), { ...valid.apiError(), badRequestDetail: throwingProxy({}) })).toBe(false);
  });

  it("handles arrays of 1,000,000 items", () => {
    const million = 1_000_000;
    expect(probe(guard("v1.CloudBackupRestoreJobPage"), { results: new Array(million).fill({ deliveryType: "download" }) })).toBe(true);
    expect(probe(guard("v2.CloudBackupRestoreJob"), { ...valid.v2Job(), links: new Array(million).fill({}) })).toBe(true);
    expect(probe(guard("v2.ApiError"), { ...valid.apiError(), parameters: new Array(million).fill({}) })).toBe(true);
    // One bad item at the very end is still found.
    const results: unknown[] = new Array(million).fill({ delivery: { methodName: "HTTP" } });
    results[million - 1] = { delivery: { methodName: "FTP" } };
    expect(probe(guard("v1.LegacyRestoreJobCreated"), { results })).toBe(false);
    // A million bad items: every one is reported.
    const bad = { results: new Array(million).fill(0) };
    expect(guard("v1.CloudBackupRestoreJobPage").is(bad)).toBe(false);
    expect((guard("v1.CloudBackupRestoreJobPage").validate(bad) as unknown[]).length).toBe(million);
    // Holes are not Links.
    expect(probe(guard("v2.CloudBackupRestoreJob"), { ...valid.v2Job(), links: new Array(million) })).toBe(false);
    for (const g of topLevel) probe(g, new Array(million).fill(validBody(g)));
  });

  it("handles 10,000-deep nesting inside bodies", () => {
    for (const g of topLevel) {
      expect(probe(g, { ...validBody(g), extra: nestedArrays(10_000), more: nestedObjects(10_000) }), g.name).toBe(true);
    }
    expect(probe(guard("v2.ApiError"), { ...valid.apiError(), parameters: [nestedObjects(10_000)] })).toBe(true);
    expect(probe(guard("v2.ApiError"), { ...valid.apiError(), parameters: nestedArrays(10_000) })).toBe(false);
    expect(probe(guard("v1.CloudBackupRestoreJobPage"), { results: nestedArrays(10_000) })).toBe(false);
  });

  it("handles 10 MB strings", () => {
    const ascii = "a".repeat(10 * 1024 * 1024);
    const digits = "1".repeat(10 * 1024 * 1024);
    const astral = "\u{1d49c}".repeat(5 * 1024 * 1024); // 10 M UTF-16 units, 5 M code points
    const lone = "\ud835".repeat(10 * 1024 * 1024);
    const nearlyName = `${"a".repeat(10 * 1024 * 1024 - 1)}_`;
    for (const text of [ascii, digits, astral, lone, nearlyName]) {
      for (const g of topLevel) expect(probe(g, text), g.name).toBe(false);
      // Unconstrained strings may be long.
      expect(probe(guard("v2.ApiError"), { ...valid.apiError(), errorCode: text, detail: text })).toBe(true);
      expect(probe(guard("v1.CloudBackupRestoreJob"), { ...valid.v1Job(), id: text })).toBe(true);
      // Patterned, length-limited and formatted ones may not.
      expect(probe(guard("v2.CreateBackupRestoreJobRequest"), { ...valid.v2Request(), targetClusterName: text })).toBe(false);
      expect(probe(guard("v2.CreateBackupRestoreJobRequest"), { ...valid.v2Request(), targetGroupId: text })).toBe(false);
      expect(probe(guard("v2.TenantRestoreJob"), { ...valid.tenant(), targetDeploymentItemName: text })).toBe(false);
      expect(probe(guard("v2.TenantRestoreJob"), { ...valid.tenant(), clusterName: text })).toBe(text === ascii || text === digits);
      expect(probe(guard("v2.CloudBackupRestoreJob"), { ...valid.v2Job(), expiresAt: text })).toBe(false);
      expect(probe(guard("v1.LegacyRestoreJobCreated"), { ...valid.v1LegacyCreated(), masterKeyUUID: text })).toBe(false);
    }
    // `^[0-9]+$` has no length limit: ten million digits are a valid oplog timestamp.
    expect(probe(guard("v1.CreateLegacyRestoreJobRequest"), {
      delivery: { methodName: "AUTOMATED_RESTORE", targetGroupId: hexId, targetClusterName: "MyCluster" },
      oplogTs: digits,
      oplogInc: "1",
    })).toBe(true);
  });
});

// ----------------------------------------------------------------------------------------------
// Getters that throw things that are not Errors
// ----------------------------------------------------------------------------------------------

const thrownValues: readonly (readonly [string, () => unknown])[] = [
  ["an Error", () => new Error("getter")],
  ["a string", () => "getter"],
  ["undefined", () => undefined],
  ["null", () => null],
  ["a Symbol", () => Symbol("getter")],
  ["a number", () => 42],
  ["a plain object", () => ({ reason: "getter" })],
];

/**
 * Thrown values that cannot be turned into a string (an `Object.create(null)` object, an object whose
 * `toString` throws, an Error whose `message` getter throws, a Proxy whose `getPrototypeOf` trap
 * throws, which `instanceof` consults). `collectProblems` once let these escape from `validateX`
 * while describing them; it must report a problem instead.
 */
const unprintableThrownValues: readonly (readonly [string, () => unknown])[] = [
  ["Object.create(null)", () => Object.create(null) as unknown],
  ["an object whose toString throws", () => ({ toString: () => { throw new Error("toString"); } })],
  ["an Error whose message getter throws", () => Object.defineProperty(new Error("x"), "message", { get: () => { throw new Error("message"); } })],
  ["a Proxy whose every trap throws", () => throwingProxy({})],
];

describe("getters that throw anything", () => {
  it.each([...thrownValues, ...unprintableThrownValues])("isX answers false when a getter throws %s", (_, thrown) => {
    for (const g of topLevel) {
      const body = withThrowingGetter(validBody(g), "links", thrown);
      withThrowingGetter(body, Object.keys(validBody(g))[0] ?? "x", thrown);
      let verdict: unknown;
      expect(() => (verdict = g.is(body)), g.name).not.toThrow();
      expect(verdict, g.name).toBe(false);
    }
  });

  it.each(thrownValues)("validateX reports a problem when a getter throws %s", (_, thrown) => {
    for (const g of topLevel) {
      const body = withThrowingGetter(validBody(g), Object.keys(validBody(g))[0] ?? "x", thrown);
      expect(probe(g, body), g.name).toBe(false);
    }
  });

  it.each(unprintableThrownValues)("validateX does not throw when a getter throws %s", (_, thrown) => {
    for (const g of topLevel) {
      const body = withThrowingGetter(validBody(g), Object.keys(validBody(g))[0] ?? "x", thrown);
      expect(() => g.validate(body), g.name).not.toThrow();
    }
  });
});
