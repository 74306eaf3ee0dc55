// The discriminated unions of the spec: what each variant requires, that the discriminator mapping
// matches the variants, and that the schemas reject bodies that mix exclusive restore points.
import { describe, expect, it } from "vitest";
import { SpecSchemas, formatErrors, type Json, type JsonObject } from "../support/spec.ts";

const spec = new SpecSchemas();

function isObject(node: Json | undefined): node is JsonObject {
  return node !== null && node !== undefined && typeof node === "object" && !Array.isArray(node);
}

/** Required names and declared properties of a schema, following $ref and allOf. */
function flatten(file: string, node: Json): { required: Set<string>; properties: Map<string, Json> } {
  const required = new Set<string>();
  const properties = new Map<string, Json>();
  const visit = (currentFile: string, current: Json): void => {
    if (!isObject(current)) return;
    if (typeof current.$ref === "string") {
      const target = spec.resolveRef(currentFile, current.$ref);
      visit(target.file, target.node);
      return;
    }
    for (const name of (current.required as string[] | undefined) ?? []) required.add(name);
    if (isObject(current.properties)) {
      for (const [name, schema] of Object.entries(current.properties)) properties.set(name, schema);
    }
    for (const part of (current.allOf as Json[] | undefined) ?? []) visit(currentFile, part);
  };
  visit(file, node);
  return { required, properties };
}

function schemaNode(file: string, name: string): JsonObject {
  const node = spec.resolveRef(file, `#/components/schemas/${name}`).node;
  if (!isObject(node)) throw new Error(`${file}: ${name} is not a schema object`);
  return node;
}

interface UnionCase {
  file: string;
  union: string;
  property: string;
  variants: Record<string, { schema: string; required: string[] }>;
}

const unions: UnionCase[] = [
  {
    file: "atlas-v1.0.yaml",
    union: "CloudBackupRestoreJob",
    property: "deliveryType",
    variants: {
      automated: { schema: "AutomatedCloudBackupRestoreJob", required: ["deliveryType"] },
      download: { schema: "DownloadCloudBackupRestoreJob", required: ["deliveryType"] },
      pointInTime: { schema: "PointInTimeCloudBackupRestoreJob", required: ["deliveryType"] },
    },
  },
  {
    file: "atlas-v2.yaml",
    union: "CloudBackupRestoreJob",
    property: "deliveryType",
    variants: {
      automated: { schema: "AutomatedCloudBackupRestoreJob", required: ["deliveryType"] },
      download: { schema: "DownloadCloudBackupRestoreJob", required: ["deliveryType"] },
      pointInTime: { schema: "PointInTimeCloudBackupRestoreJob", required: ["deliveryType"] },
    },
  },
  {
    file: "atlas-v2.yaml",
    union: "CreateBackupRestoreJobRequest",
    property: "deliveryType",
    variants: {
      automated: {
        schema: "AutomatedRestoreJobRequest",
        required: ["deliveryType", "snapshotId", "targetClusterName", "targetGroupId"],
      },
      download: { schema: "DownloadRestoreJobRequest", required: ["deliveryType", "snapshotId"] },
      pointInTime: {
        schema: "PointInTimeRestoreJobRequest",
        required: ["deliveryType", "targetClusterName", "targetGroupId"],
      },
    },
  },
  {
    file: "atlas-v2.yaml",
    union: "TenantRestoreJob",
    property: "deliveryType",
    variants: {
      RESTORE: {
        schema: "RestoreTenantRestoreJob",
        required: ["deliveryType", "snapshotId", "targetDeploymentItemName"],
      },
      DOWNLOAD: {
        schema: "DownloadTenantRestoreJob",
        required: ["deliveryType", "snapshotId", "targetDeploymentItemName"],
      },
    },
  },
];

describe.each(unions)("$file $union", ({ file, union, property, variants }) => {
  const node = schemaNode(file, union);
  const discriminator = node.discriminator as JsonObject;
  const mapping = discriminator.mapping as Record<string, string>;

  it(`discriminates on ${property} with one mapping entry per variant`, () => {
    expect(discriminator.propertyName).toBe(property);
    expect(Object.keys(mapping).sort()).toEqual(Object.keys(variants).sort());
    const oneOf = (node.oneOf as JsonObject[]).map((entry) => entry.$ref);
    expect([...oneOf].sort()).toEqual(Object.values(mapping).sort());
  });

  it.each(Object.entries(variants))("variant %s declares its tag and required fields", (tag, expected) => {
    expect(mapping[tag]).toBe(`#/components/schemas/${expected.schema}`);
    const flat = flatten(file, schemaNode(file, expected.schema));
    expect([...flat.required].sort()).toEqual([...expected.required].sort());
    expect(flat.properties.get(property)).toMatchObject({ const: tag });
  });
});

function accepts(file: string, schema: string, value: unknown): void {
  const validate = spec.schema(file, schema);
  expect(validate(value), formatErrors(validate.errors)).toBe(true);
}

function rejects(file: string, schema: string, value: unknown): void {
  expect(spec.schema(file, schema)(value)).toBe(false);
}

const id = (digit: string): string => digit.repeat(24);
const v2 = "atlas-v2.yaml";
const v1 = "atlas-v1.0.yaml";

describe("v2 create request", () => {
  const automated = { deliveryType: "automated", snapshotId: id("a"), targetClusterName: "Target-1", targetGroupId: id("b") };
  const pit = { deliveryType: "pointInTime", targetClusterName: "Target-1", targetGroupId: id("b") };

  it("accepts each kind with exactly its restore point", () => {
    accepts(v2, "CreateBackupRestoreJobRequest", automated);
    accepts(v2, "CreateBackupRestoreJobRequest", { deliveryType: "download", snapshotId: id("a") });
    accepts(v2, "CreateBackupRestoreJobRequest", { ...pit, pointInTimeUTCSeconds: 1_700_000_000 });
    accepts(v2, "CreateBackupRestoreJobRequest", { ...pit, oplogTs: 1_700_000_000, oplogInc: 1 });
  });

  it.each([
    ["automated without a target project", { ...automated, targetGroupId: undefined }],
    ["automated without a snapshot", { deliveryType: "automated", targetClusterName: "T", targetGroupId: id("b") }],
    ["download without a snapshot", { deliveryType: "download" }],
    ["pointInTime with no restore point", pit],
    ["pointInTime mixing seconds and oplog", { ...pit, pointInTimeUTCSeconds: 1_700_000_000, oplogTs: 1_700_000_000, oplogInc: 1 }],
    ["pointInTime with oplogTs but no oplogInc", { ...pit, oplogTs: 1_700_000_000 }],
    ["pointInTime that also names a snapshot", { ...pit, pointInTimeUTCSeconds: 1_700_000_000, snapshotId: id("a") }],
    ["automated mixing in a point in time", { ...automated, pointInTimeUTCSeconds: 1_700_000_000 }],
    ["an unknown delivery type", { ...automated, deliveryType: "restore" }],
    ["oplogTs below the documented minimum", { ...pit, oplogTs: 42, oplogInc: 1 }],
    ["oplogTs beyond int32", { ...pit, oplogTs: 2 ** 31, oplogInc: 1 }],
    ["a snapshot id that is not 24 hex digits", { ...automated, snapshotId: "32B6E34B3D91647ABB20E7B8" }],
    ["a cluster name starting with a dash", { ...automated, targetClusterName: "-target" }],
    ["a cluster name of 65 characters", { ...automated, targetClusterName: "a".repeat(65) }],
  ])("rejects %s", (_, body) => {
    rejects(v2, "CreateBackupRestoreJobRequest", JSON.parse(JSON.stringify(body)));
  });

  it("rejects the documentation's uncorrected request example", () => {
    rejects(v2, "CreateBackupRestoreJobRequest", {
      deliveryType: "automated",
      oplogInc: 1,
      oplogTs: 42,
      pointInTimeUTCSeconds: 42,
      snapshotId: "32b6e34b3d91647abb20e7b8",
      targetClusterName: "string",
      targetGroupId: "32b6e34b3d91647abb20e7b8",
    });
  });
});

describe("v1.0 legacy create request", () => {
  const http = { methodName: "HTTP", expirationHours: 1, maxDownloads: 1 };
  const automated = { methodName: "AUTOMATED_RESTORE", targetGroupId: id("b"), targetClusterName: "Target" };

  it("accepts an HTTP download of a snapshot and an automated restore from each restore point", () => {
    accepts(v1, "CreateLegacyRestoreJobRequest", { delivery: http, snapshotId: id("a") });
    accepts(v1, "CreateLegacyRestoreJobRequest", { delivery: automated, snapshotId: id("a") });
    accepts(v1, "CreateLegacyRestoreJobRequest", { delivery: automated, checkpointId: id("c") });
    accepts(v1, "CreateLegacyRestoreJobRequest", { delivery: automated, oplogTs: "1533160800", oplogInc: "2" });
    accepts(v1, "CreateLegacyRestoreJobRequest", { delivery: automated, pointInTimeUTCMillis: 1_533_160_800_000 });
    accepts(v1, "CreateLegacyRestoreJobRequest", {
      delivery: { methodName: "AUTOMATED_RESTORE", targetGroupId: id("b"), targetClusterId: id("d") },
      snapshotId: id("a"),
    });
  });

  it.each([
    ["snapshotId with checkpointId", { delivery: automated, snapshotId: id("a"), checkpointId: id("c") }],
    ["snapshotId with pointInTimeUTCMillis", { delivery: automated, snapshotId: id("a"), pointInTimeUTCMillis: 1_533_160_800_000 }],
    ["checkpointId with an oplog timestamp", { delivery: automated, checkpointId: id("c"), oplogTs: "1", oplogInc: "1" }],
    ["oplogTs without oplogInc", { delivery: automated, oplogTs: "1533160800" }],
    ["oplogInc without oplogTs", { delivery: automated, oplogInc: "1" }],
    ["no restore point at all", { delivery: automated }],
    ["an HTTP download from a checkpoint", { delivery: http, checkpointId: id("c") }],
    ["an HTTP download without maxDownloads", { delivery: { methodName: "HTTP", expirationHours: 1 }, snapshotId: id("a") }],
    ["maxDownloads of 0", { delivery: { ...http, maxDownloads: 0 }, snapshotId: id("a") }],
    ["an automated restore without a target project", { delivery: { methodName: "AUTOMATED_RESTORE", targetClusterName: "T" }, snapshotId: id("a") }],
    ["an automated restore without a target cluster", { delivery: { methodName: "AUTOMATED_RESTORE", targetGroupId: id("b") }, snapshotId: id("a") }],
    ["both target cluster name and id", { delivery: { ...automated, targetClusterId: id("d") }, snapshotId: id("a") }],
    ["a delivery method the request does not accept", { delivery: { ...http, methodName: "QUERY" }, snapshotId: id("a") }],
    ["pointInTimeUTCMillis given in seconds", { delivery: automated, pointInTimeUTCMillis: 1_533_160_800 }],
  ])("rejects %s", (_, body) => {
    rejects(v1, "CreateLegacyRestoreJobRequest", body);
  });
});

describe("responses accept what the service plausibly sends", () => {
  it("v1.0 jobs accept ISO 8601 expiresAt/finishedAt, reject the integer the type column claims", () => {
    const job = { deliveryType: "automated", expiresAt: "2018-08-02T02:08:48Z", finishedAt: "2018-08-02T02:08:48Z" };
    accepts(v1, "CloudBackupRestoreJob", job);
    rejects(v1, "CloudBackupRestoreJob", { ...job, expiresAt: 1533175728 });
  });

  it("v1.0 download jobs take deliveryUrl as an array, not the string of the list example", () => {
    const job = { deliveryType: "download", deliveryUrl: ["https://restore.example.com/r.tar.gz"] };
    accepts(v1, "CloudBackupRestoreJob", job);
    rejects(v1, "CloudBackupRestoreJob", { ...job, deliveryUrl: "https://restore.example.com/r.tar.gz" });
  });

  it("components may report a null download URL", () => {
    accepts(v1, "CloudBackupRestoreJob", { deliveryType: "download", components: [{ downloadUrl: null, replicaSetName: "rs0" }] });
    accepts(v2, "CloudBackupRestoreJob", { deliveryType: "download", components: [{ downloadUrl: null, replicaSetName: "rs0" }] });
  });

  it("a v2 job's desiredTimestamp.increment may be a small ordinal", () => {
    accepts(v2, "CloudBackupRestoreJob", { deliveryType: "pointInTime", desiredTimestamp: { date: "2025-05-04T09:42:00Z", increment: 1 } });
  });

  it("the legacy create answer may be a page of jobs or one job, and legacy timestamps take either increment type", () => {
    const job = { delivery: { methodName: "HTTP" }, timestamp: { date: "2018-08-01T20:02:07Z", increment: 3 } };
    accepts(v1, "LegacyRestoreJobCreated", job);
    accepts(v1, "LegacyRestoreJobCreated", { ...job, timestamp: { increment: "3" } });
    accepts(v1, "LegacyRestoreJobCreated", { results: [job], totalCount: 1 });
    rejects(v1, "LegacyRestoreJobCreated", { results: "not a list" });
  });

  it("tenant jobs require their discriminant and match the Unicode name pattern", () => {
    const job = { deliveryType: "DOWNLOAD", snapshotId: id("a"), targetDeploymentItemName: "Clúster_1(copy)" };
    accepts(v2, "TenantRestoreJob", job);
    rejects(v2, "TenantRestoreJob", { ...job, deliveryType: undefined });
    rejects(v2, "TenantRestoreJob", { ...job, targetDeploymentItemName: "a".repeat(65) });
    rejects(v2, "TenantRestoreJob", { ...job, status: "CLOSED" });
    rejects(v2, "TenantRestoreJob", { ...job, targetDeploymentItemName: "two words" });
  });

  it("error bodies require error and errorCode and allow a null detail", () => {
    accepts("common.yaml", "ApiError", { error: 404, errorCode: "RESOURCE_NOT_FOUND", detail: null, reason: null, badRequestDetail: null });
    accepts("common.yaml", "ApiError", {
      error: 400,
      errorCode: "VALIDATION_ERROR",
      badRequestDetail: { fields: [{ field: "snapshotId", description: "must be 24 hex digits" }] },
    });
    rejects("common.yaml", "ApiError", { error: 404 });
    rejects("common.yaml", "ApiError", { error: 400, errorCode: "X", badRequestDetail: { fields: [{ field: "snapshotId" }] } });
  });
});
