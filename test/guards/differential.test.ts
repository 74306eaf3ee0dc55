// Differential test: the generated guards must give Ajv's verdict (JSON Schema 2020-12, formats
// checked, configured by test/support/spec.ts) on every generated JSON input, and `validateX` must
// report problems exactly when `isX` says no.
import fc from "fast-check";
import { v1, v2 } from "atlas-restore-client";
import { describe, expect, it } from "vitest";
import {
  differentialInput,
  isJson,
  v1CloudBackupRestoreJob,
  v1CloudBackupRestoreJobPage,
  v1CreateLegacyRestoreJobRequest,
  v1LegacyRestoreJobCreated,
  v2CloudBackupRestoreJob,
  v2CreateBackupRestoreJobRequest,
  v2TenantRestoreJob,
  apiError,
  type MutationOptions,
} from "../support/arbitraries.ts";
import { SpecSchemas, formatErrors } from "../support/spec.ts";

const NUM_RUNS = 10_000;
/** Each schema must see at least this share of Ajv-valid inputs, and at least this share of invalid ones. */
const MIN_SHARE = 0.2;

interface DifferentialCase {
  readonly file: string;
  readonly schema: string;
  readonly is: (value: unknown) => boolean;
  readonly validate: (value: unknown) => readonly { path: string; message: string }[];
  readonly input: fc.Arbitrary<unknown>;
  readonly seed: number;
}

const cloudJobFocus: MutationOptions = {
  focusKeys: ["deliveryType", "id", "snapshotId", "targetClusterName", "targetGroupId", "oplogTs", "oplogInc", "pointInTimeUTCSeconds", "expiresAt", "timestamp", "components", "links"],
};

const cases: readonly DifferentialCase[] = [
  {
    file: "atlas-v1.0.yaml",
    schema: "CloudBackupRestoreJob",
    is: v1.isCloudBackupRestoreJob,
    validate: v1.validateCloudBackupRestoreJob,
    input: differentialInput(v1CloudBackupRestoreJob, cloudJobFocus),
    seed: 0x1001,
  },
  {
    file: "atlas-v1.0.yaml",
    schema: "CloudBackupRestoreJobPage",
    is: v1.isCloudBackupRestoreJobPage,
    validate: v1.validateCloudBackupRestoreJobPage,
    input: differentialInput(v1CloudBackupRestoreJobPage, { focusKeys: ["results", "totalCount", "links", "deliveryType", "createdAt"] }),
    seed: 0x1002,
  },
  {
    file: "atlas-v1.0.yaml",
    schema: "CreateLegacyRestoreJobRequest",
    is: v1.isCreateLegacyRestoreJobRequest,
    validate: v1.validateCreateLegacyRestoreJobRequest,
    input: differentialInput(v1CreateLegacyRestoreJobRequest, {
      focusKeys: [
        "snapshotId", "checkpointId", "oplogTs", "oplogInc", "pointInTimeUTCMillis", "delivery",
        "methodName", "targetGroupId", "targetClusterName", "targetClusterId", "expirationHours", "maxDownloads",
      ],
    }),
    seed: 0x1003,
  },
  {
    file: "atlas-v1.0.yaml",
    schema: "LegacyRestoreJobCreated",
    is: v1.isLegacyRestoreJobCreated,
    validate: v1.validateLegacyRestoreJobCreated,
    input: differentialInput(v1LegacyRestoreJobCreated, {
      focusKeys: ["results", "delivery", "methodName", "statusName", "masterKeyUUID", "timestamp", "increment", "date", "created", "expires", "hashes", "typeName", "totalCount"],
    }),
    seed: 0x1004,
  },
  {
    file: "atlas-v2.yaml",
    schema: "CreateBackupRestoreJobRequest",
    is: v2.isCreateBackupRestoreJobRequest,
    validate: v2.validateCreateBackupRestoreJobRequest,
    input: differentialInput(v2CreateBackupRestoreJobRequest, {
      focusKeys: ["deliveryType", "snapshotId", "targetClusterName", "targetGroupId", "pointInTimeUTCSeconds", "oplogTs", "oplogInc"],
    }),
    seed: 0x2001,
  },
  {
    file: "atlas-v2.yaml",
    schema: "CloudBackupRestoreJob",
    is: v2.isCloudBackupRestoreJob,
    validate: v2.validateCloudBackupRestoreJob,
    input: differentialInput(v2CloudBackupRestoreJob, {
      focusKeys: [...cloudJobFocus.focusKeys, "desiredTimestamp", "increment", "privateDownloadDeliveryUrls", "endpointId", "downloadUrl", "deliveryUrl"],
    }),
    seed: 0x2002,
  },
  {
    file: "atlas-v2.yaml",
    schema: "TenantRestoreJob",
    is: v2.isTenantRestoreJob,
    validate: v2.validateTenantRestoreJob,
    input: differentialInput(v2TenantRestoreJob, {
      focusKeys: ["deliveryType", "snapshotId", "targetDeploymentItemName", "clusterName", "status", "expirationDate", "projectId", "id", "restoreScheduledDate"],
    }),
    seed: 0x2003,
  },
  {
    file: "common.yaml",
    schema: "ApiError",
    is: v2.isApiError,
    validate: v2.validateApiError,
    input: differentialInput(apiError, { focusKeys: ["error", "errorCode", "detail", "reason", "badRequestDetail", "parameters", "fields"] }),
    seed: 0x3001,
  },
];

const schemas = new SpecSchemas();

// ----------------------------------------------------------------------------------------------
// Named edge cases: the boundaries the brief lists, pinned so they run whatever the random inputs
// do. Each states the verdict the spec gives (Ajv's), and the guard must agree.
// ----------------------------------------------------------------------------------------------

const id = "32b6e34b3d91647abb20e7b8";
const v2Automated = { deliveryType: "automated", snapshotId: id, targetClusterName: "MyCluster", targetGroupId: id };
const v2Seconds = { deliveryType: "pointInTime", targetClusterName: "MyCluster", targetGroupId: id, pointInTimeUTCSeconds: 1199145600 };
const v2Oplog = { deliveryType: "pointInTime", targetClusterName: "MyCluster", targetGroupId: id, oplogTs: 1199145600, oplogInc: 1 };
const v2Job = { deliveryType: "automated" };
const legacyHttp = { delivery: { methodName: "HTTP", expirationHours: 1, maxDownloads: 1 }, snapshotId: id };
const legacyAutomated = { delivery: { methodName: "AUTOMATED_RESTORE", targetGroupId: id, targetClusterName: "MyCluster" } };
const tenant = { deliveryType: "DOWNLOAD", snapshotId: id, targetDeploymentItemName: "MyM5Cluster" };
const apiErrorBody = { error: 400, errorCode: "VALIDATION_ERROR" };
const legacyJob = { delivery: { methodName: "HTTP" } };

type Edge = readonly [label: string, schema: string, input: unknown, valid: boolean];
const edges: readonly Edge[] = [
  // date-time
  ["2023-02-29 is not a date", "v2 CloudBackupRestoreJob", { ...v2Job, expiresAt: "2023-02-29T00:00:00Z" }, false],
  ["2024-02-29 is a date", "v2 CloudBackupRestoreJob", { ...v2Job, expiresAt: "2024-02-29T00:00:00Z" }, true],
  ["1900-02-29 is not a date", "v2 CloudBackupRestoreJob", { ...v2Job, expiresAt: "1900-02-29T00:00:00Z" }, false],
  ["2000-02-29 is a date", "v2 CloudBackupRestoreJob", { ...v2Job, expiresAt: "2000-02-29T00:00:00Z" }, true],
  ["24:00:00 is not a time", "v2 CloudBackupRestoreJob", { ...v2Job, timestamp: "2023-01-01T24:00:00Z" }, false],
  ["a date-time needs a time zone", "v2 CloudBackupRestoreJob", { ...v2Job, finishedAt: "2023-01-01T12:00:00" }, false],
  ["23:59:60Z is a leap second", "v2 CloudBackupRestoreJob", { ...v2Job, finishedAt: "2016-12-31T23:59:60Z" }, true],
  ["00:59:60+01:00 is 23:59:60 UTC", "v2 CloudBackupRestoreJob", { ...v2Job, finishedAt: "2017-01-01T00:59:60+01:00" }, true],
  ["23:59:60+01:00 is not a leap second", "v2 CloudBackupRestoreJob", { ...v2Job, finishedAt: "2016-12-31T23:59:60+01:00" }, false],
  ["12:59:60Z is not a leap second", "v2 CloudBackupRestoreJob", { ...v2Job, finishedAt: "2016-12-31T12:59:60Z" }, false],
  ["an offset without its colon", "v2 CloudBackupRestoreJob", { ...v2Job, finishedAt: "2020-08-01T20:02:07+0530" }, true],
  ["an offset of 24 hours", "v2 CloudBackupRestoreJob", { ...v2Job, finishedAt: "2020-08-01T20:02:07+24:00" }, false],
  ["lower-case t and z", "v2 CloudBackupRestoreJob", { ...v2Job, finishedAt: "2020-08-01t20:02:07z" }, true],
  ["a space for T", "v2 CloudBackupRestoreJob", { ...v2Job, finishedAt: "2020-08-01 20:02:07Z" }, true],
  ["two separators", "v2 CloudBackupRestoreJob", { ...v2Job, finishedAt: "2020-08-01T 20:02:07Z" }, false],
  ["a trailing newline", "v2 CloudBackupRestoreJob", { ...v2Job, finishedAt: "2020-08-01T20:02:07Z\n" }, false],
  ["null for a date-time", "v2 CloudBackupRestoreJob", { ...v2Job, expiresAt: null }, false],
  // int32 and minimums
  ["pointInTimeUTCSeconds at its minimum", "v2 CreateBackupRestoreJobRequest", v2Seconds, true],
  ["pointInTimeUTCSeconds one below", "v2 CreateBackupRestoreJobRequest", { ...v2Seconds, pointInTimeUTCSeconds: 1199145599 }, false],
  ["pointInTimeUTCSeconds at int32 max", "v2 CreateBackupRestoreJobRequest", { ...v2Seconds, pointInTimeUTCSeconds: 2147483647 }, true],
  ["pointInTimeUTCSeconds one past int32", "v2 CreateBackupRestoreJobRequest", { ...v2Seconds, pointInTimeUTCSeconds: 2147483648 }, false],
  ["pointInTimeUTCSeconds as 1.5e9 + 0.5", "v2 CreateBackupRestoreJobRequest", { ...v2Seconds, pointInTimeUTCSeconds: 1500000000.5 }, false],
  ["oplogInc 0", "v2 CreateBackupRestoreJobRequest", { ...v2Oplog, oplogInc: 0 }, false],
  ["oplogInc 1", "v2 CreateBackupRestoreJobRequest", v2Oplog, true],
  ["oplogInc without oplogTs", "v2 CreateBackupRestoreJobRequest", { ...v2Seconds, oplogInc: 1 }, false],
  ["both moments", "v2 CreateBackupRestoreJobRequest", { ...v2Oplog, pointInTimeUTCSeconds: 1717171717 }, false],
  ["a moment on an automated restore", "v2 CreateBackupRestoreJobRequest", { ...v2Automated, oplogTs: 1717171717 }, false],
  ["null for a forbidden member", "v2 CreateBackupRestoreJobRequest", { ...v2Automated, pointInTimeUTCSeconds: null }, false],
  ["a snapshot on a point-in-time restore", "v2 CreateBackupRestoreJobRequest", { ...v2Seconds, snapshotId: id }, false],
  ["the download discriminator on an automated body (its extra members are allowed)", "v2 CreateBackupRestoreJobRequest", { ...v2Automated, deliveryType: "download" }, true],
  ["an unknown discriminator", "v2 CreateBackupRestoreJobRequest", { ...v2Automated, deliveryType: "Automated" }, false],
  ["no discriminator", "v2 CreateBackupRestoreJobRequest", { ...v2Automated, deliveryType: undefined }, false],
  ["a 64-character cluster name", "v2 CreateBackupRestoreJobRequest", { ...v2Automated, targetClusterName: "a".repeat(64) }, true],
  ["a 65-character cluster name", "v2 CreateBackupRestoreJobRequest", { ...v2Automated, targetClusterName: "a".repeat(65) }, false],
  ["a cluster name ending in a hyphen", "v2 CreateBackupRestoreJobRequest", { ...v2Automated, targetClusterName: "a-" }, true],
  ["a cluster name starting with a hyphen", "v2 CreateBackupRestoreJobRequest", { ...v2Automated, targetClusterName: "-a" }, false],
  ["an upper-case hex id", "v2 CreateBackupRestoreJobRequest", { ...v2Automated, snapshotId: id.toUpperCase() }, false],
  ["a 23-digit id", "v2 CreateBackupRestoreJobRequest", { ...v2Automated, snapshotId: id.slice(1) }, false],
  ["an id with a trailing newline", "v2 CreateBackupRestoreJobRequest", { ...v2Automated, snapshotId: `${id.slice(1)}\n` }, false],
  // v1.0 legacy request
  ["a second restore point", "v1 CreateLegacyRestoreJobRequest", { ...legacyAutomated, snapshotId: id, checkpointId: id }, false],
  ["a checkpoint on an HTTP download", "v1 CreateLegacyRestoreJobRequest", { ...legacyHttp, checkpointId: id }, false],
  ["a checkpoint on an automated restore", "v1 CreateLegacyRestoreJobRequest", { ...legacyAutomated, checkpointId: id }, true],
  ["both target cluster name and id", "v1 CreateLegacyRestoreJobRequest", { ...legacyAutomated, snapshotId: id, delivery: { ...legacyAutomated.delivery, targetClusterId: id } }, false],
  ["pointInTimeUTCMillis at its minimum", "v1 CreateLegacyRestoreJobRequest", { ...legacyAutomated, pointInTimeUTCMillis: 1199145600000 }, true],
  ["pointInTimeUTCMillis one below", "v1 CreateLegacyRestoreJobRequest", { ...legacyAutomated, pointInTimeUTCMillis: 1199145599999 }, false],
  ["pointInTimeUTCMillis beyond 2^53", "v1 CreateLegacyRestoreJobRequest", { ...legacyAutomated, pointInTimeUTCMillis: 2 ** 60 }, true],
  ["oplogTs as a number", "v1 CreateLegacyRestoreJobRequest", { ...legacyAutomated, oplogTs: 1533160800, oplogInc: "1" }, false],
  ["oplogTs in Arabic-Indic digits", "v1 CreateLegacyRestoreJobRequest", { ...legacyAutomated, oplogTs: "\u0661\u0662", oplogInc: "1" }, false],
  ["expirationHours 0", "v1 CreateLegacyRestoreJobRequest", { ...legacyHttp, delivery: { ...legacyHttp.delivery, expirationHours: 0 } }, false],
  ["expirationHours past int32", "v1 CreateLegacyRestoreJobRequest", { ...legacyHttp, delivery: { ...legacyHttp.delivery, expirationHours: 2147483648 } }, false],
  // v1.0 legacy response
  ["a page that is also a job", "v1 LegacyRestoreJobCreated", { results: [], ...legacyJob }, false],
  ["an increment as a string of digits", "v1 LegacyRestoreJobCreated", { ...legacyJob, timestamp: { increment: "1" } }, true],
  ["an increment of 1.5", "v1 LegacyRestoreJobCreated", { ...legacyJob, timestamp: { increment: 1.5 } }, false],
  ["an upper-case urn:uuid", "v1 LegacyRestoreJobCreated", { ...legacyJob, masterKeyUUID: "urn:uuid:2D3C1B4E-5F60-4718-8A9B-0C1D2E3F4A5B" }, true],
  ["a UUID without hyphens", "v1 LegacyRestoreJobCreated", { ...legacyJob, masterKeyUUID: "2d3c1b4e5f6047188a9b0c1d2e3f4a5b" }, false],
  ["totalCount -0", "v1 CloudBackupRestoreJobPage", { results: [], totalCount: -0 }, true],
  ["totalCount -1", "v1 CloudBackupRestoreJobPage", { results: [], totalCount: -1 }, false],
  ["a null downloadUrl", "v1 CloudBackupRestoreJobPage", { results: [{ deliveryType: "download", components: [{ downloadUrl: null }] }] }, true],
  ["a null replicaSetName", "v1 CloudBackupRestoreJobPage", { results: [{ deliveryType: "download", components: [{ replicaSetName: null }] }] }, false],
  ["components on an automated v1 job (undeclared there)", "v1 CloudBackupRestoreJob", { deliveryType: "automated", components: 5 }, true],
  ["oplogTs beyond int32 on a v1 job (no format)", "v1 CloudBackupRestoreJob", { deliveryType: "pointInTime", oplogTs: 2 ** 40 }, true],
  // v2 tenant job
  ["a 64-code-point astral name", "v2 TenantRestoreJob", { ...tenant, targetDeploymentItemName: "\u{1d49c}".repeat(64) }, true],
  ["a 65-code-point astral name", "v2 TenantRestoreJob", { ...tenant, targetDeploymentItemName: "\u{1d49c}".repeat(65) }, false],
  ["a name with a combining mark", "v2 TenantRestoreJob", { ...tenant, targetDeploymentItemName: "Cafe\u0301" }, false],
  ["a name with a lone surrogate", "v2 TenantRestoreJob", { ...tenant, targetDeploymentItemName: "a\ud835" }, false],
  ["expirationDate on a RESTORE job (undeclared there)", "v2 TenantRestoreJob", { ...tenant, deliveryType: "RESTORE", expirationDate: "not a date" }, true],
  ["expirationDate on a DOWNLOAD job", "v2 TenantRestoreJob", { ...tenant, expirationDate: "not a date" }, false],
  ["a long source cluster name (no length limit)", "v2 TenantRestoreJob", { ...tenant, clusterName: "a".repeat(100) }, true],
  // ApiError
  ["null detail and reason", "common ApiError", { ...apiErrorBody, detail: null, reason: null }, true],
  ["null errorCode", "common ApiError", { ...apiErrorBody, errorCode: null }, false],
  ["null badRequestDetail", "common ApiError", { ...apiErrorBody, badRequestDetail: null }, true],
  ["a field violation without its field", "common ApiError", { ...apiErrorBody, badRequestDetail: { fields: [{ description: "x" }] } }, false],
  ["an error past int32", "common ApiError", { ...apiErrorBody, error: 2147483648 }, false],
  ["an error of -2^31", "common ApiError", { ...apiErrorBody, error: -2147483648 }, true],
  ["a parameter that is an array", "common ApiError", { ...apiErrorBody, parameters: [[]] }, false],
];

function caseFor(label: string): DifferentialCase {
  const [version, schema] = label.split(" ");
  const file = version === "v1" ? "atlas-v1.0.yaml" : version === "v2" ? "atlas-v2.yaml" : "common.yaml";
  const found = cases.find((c) => c.file === file && c.schema === schema);
  if (found === undefined) throw new Error(`no differential case ${label}`);
  return found;
}

describe("named edge cases", () => {
  it.each(edges)("%s (%s)", (_, label, rawInput, valid) => {
    // Round-trip through JSON so an `undefined` member is really absent.
    const input = JSON.parse(JSON.stringify(rawInput, (_, v: unknown) => (Object.is(v, -0) ? "__minus_zero__" : v)), (_, v: unknown) =>
      v === "__minus_zero__" ? -0 : v,
    ) as unknown;
    const c = caseFor(label);
    const ajv = schemas.schema(c.file, c.schema);
    expect(ajv(input), `Ajv: ${formatErrors(ajv.errors)}`).toBe(valid);
    expect(c.is(input), `is${c.schema}`).toBe(valid);
    expect(c.validate(input).length === 0, `validate${c.schema}: ${JSON.stringify(c.validate(input))}`).toBe(valid);
  });
});

/** What was measured per schema, for the summary at the end. */
const measured: { schema: string; runs: number; valid: number }[] = [];

function describeInput(input: unknown): string {
  return JSON.stringify(input, (_, v: unknown) => (Object.is(v, -0) ? "-0 (number)" : v));
}

describe("generated guards agree with Ajv", () => {
  it.each(cases.map((c) => [`${c.file} ${c.schema}`, c] as const))("%s", (label, c) => {
    const ajv = schemas.schema(c.file, c.schema);
    let runs = 0;
    let valid = 0;
    fc.assert(
      fc.property(c.input, (input) => {
        if (!isJson(input)) throw new Error(`not JSON: ${describeInput(input)}`);
        const expected = ajv(input);
        const ajvErrors = formatErrors(ajv.errors);
        const verdict = c.is(input);
        const problems = c.validate(input);
        if (verdict !== expected) {
          throw new Error(`is${c.schema} says ${verdict}, Ajv says ${expected} (${ajvErrors}) for ${describeInput(input)}`);
        }
        if ((problems.length === 0) !== verdict) {
          throw new Error(`is${c.schema} says ${verdict} but validate${c.schema} reports ${JSON.stringify(problems)} for ${describeInput(input)}`);
        }
        runs++;
        if (expected) valid++;
      }),
      { numRuns: NUM_RUNS, seed: c.seed },
    );
    measured.push({ schema: label, runs, valid });
    expect(runs).toBe(NUM_RUNS);
    expect(valid / runs, `${label}: Ajv-valid share`).toBeGreaterThanOrEqual(MIN_SHARE);
    expect((runs - valid) / runs, `${label}: Ajv-invalid share`).toBeGreaterThanOrEqual(MIN_SHARE);
  });

  it("measured every schema", () => {
    expect(measured.map((m) => m.schema)).toHaveLength(cases.length);
    for (const m of measured) {
      console.log(`${m.schema}: ${m.runs} inputs, ${((100 * m.valid) / m.runs).toFixed(1)}% valid, ${((100 * (m.runs - m.valid)) / m.runs).toFixed(1)}% invalid`);
    }
  });
});
