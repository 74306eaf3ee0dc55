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
