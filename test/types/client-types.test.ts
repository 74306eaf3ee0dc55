// Type-level guarantees of the generated package, imported by name as a user would. `npm test`
// type-checks this file with the pinned tsc: every `@ts-expect-error` line must really be an error,
// and every `expectTypeOf` must hold, or the build fails.
import { AtlasApiError, createClient, responseValidation, retries, v1, v2 } from "atlas-restore-client";
import { describe, expect, expectTypeOf, it } from "vitest";

const id = "32b6e34b3d91647abb20e7b8";
const client = createClient({ baseUrl: "http://127.0.0.1:1", fetch: () => Promise.reject(new Error("no network in type tests")) });

describe("restore jobs narrow on deliveryType", () => {
  it("v2 CloudBackupRestoreJob", () => {
    const label = (job: v2.CloudBackupRestoreJob): string => {
      switch (job.deliveryType) {
        case "automated":
          expectTypeOf(job).toEqualTypeOf<v2.AutomatedCloudBackupRestoreJob>();
          expectTypeOf(job.targetClusterName).toEqualTypeOf<string | undefined>();
          return "automated";
        case "download":
          expectTypeOf(job).toEqualTypeOf<v2.DownloadCloudBackupRestoreJob>();
          expectTypeOf(job.deliveryUrl).toEqualTypeOf<string[] | undefined>();
          return "download";
        case "pointInTime":
          expectTypeOf(job).toEqualTypeOf<v2.PointInTimeCloudBackupRestoreJob>();
          expectTypeOf(job.oplogTs).toEqualTypeOf<number | undefined>();
          return "pointInTime";
        default:
          expectTypeOf(job).toBeNever();
          return job;
      }
    };
    expect(label({ deliveryType: "download" })).toBe("download");
  });

  it("v1.0 CloudBackupRestoreJob and the tenant job", () => {
    const v1Label = (job: v1.CloudBackupRestoreJob): string | undefined =>
      job.deliveryType === "automated" ? job.targetGroupId : job.deliveryType === "download" ? job.deliveryUrl?.[0] : String(job.pointInTimeUTCSeconds);
    expect(v1Label({ deliveryType: "automated", targetGroupId: "g" })).toBe("g");
    const tenant = (job: v2.TenantRestoreJob): string | undefined => (job.deliveryType === "DOWNLOAD" ? job.snapshotUrl : job.targetProjectId);
    expectTypeOf(tenant).parameter(0).toHaveProperty("status").toEqualTypeOf<"PENDING" | "QUEUED" | "RUNNING" | "FAILED" | "COMPLETED" | undefined>();
  });
});

describe("request unions reject invalid bodies at compile time", () => {
  it("v2 create request", () => {
    const valid: v2.CreateBackupRestoreJobRequest[] = [
      { deliveryType: "automated", snapshotId: id, targetClusterName: "Target", targetGroupId: id },
      { deliveryType: "download", snapshotId: id },
      { deliveryType: "pointInTime", targetClusterName: "Target", targetGroupId: id, pointInTimeUTCSeconds: 1_700_000_000 },
      { deliveryType: "pointInTime", targetClusterName: "Target", targetGroupId: id, oplogTs: 1_700_000_000, oplogInc: 1 },
    ];
    const invalid: v2.CreateBackupRestoreJobRequest[] = [
      // @ts-expect-error an automated restore needs targetGroupId
      { deliveryType: "automated", snapshotId: id, targetClusterName: "Target" },
      // @ts-expect-error a download needs snapshotId
      { deliveryType: "download" },
      // @ts-expect-error seconds and an oplog timestamp are exclusive
      { deliveryType: "pointInTime", targetClusterName: "T", targetGroupId: id, pointInTimeUTCSeconds: 1, oplogTs: 1, oplogInc: 1 },
      // @ts-expect-error oplogTs needs oplogInc
      { deliveryType: "pointInTime", targetClusterName: "T", targetGroupId: id, oplogTs: 1 },
      // @ts-expect-error an automated restore cannot carry a point in time
      { deliveryType: "automated", snapshotId: id, targetClusterName: "T", targetGroupId: id, pointInTimeUTCSeconds: 1 },
      // @ts-expect-error unknown delivery type
      { deliveryType: "restore", snapshotId: id },
    ];
    expect(valid.length + invalid.length).toBe(10);
  });

  it("v1.0 legacy create request", () => {
    const http = { methodName: "HTTP", expirationHours: 1, maxDownloads: 1 } as const;
    const automated = { methodName: "AUTOMATED_RESTORE", targetGroupId: id, targetClusterName: "T" } as const;
    const valid: v1.CreateLegacyRestoreJobRequest[] = [
      { delivery: http, snapshotId: id },
      { delivery: automated, checkpointId: id },
      { delivery: automated, oplogTs: "1533160800", oplogInc: "1" },
      { delivery: automated, pointInTimeUTCMillis: 1_533_160_800_000 },
      { delivery: { methodName: "AUTOMATED_RESTORE", targetGroupId: id, targetClusterId: id }, snapshotId: id },
    ];
    const invalid: v1.CreateLegacyRestoreJobRequest[] = [
      // @ts-expect-error snapshotId and checkpointId are exclusive restore points
      { delivery: automated, snapshotId: id, checkpointId: id },
      // @ts-expect-error an HTTP download restores a snapshot only
      { delivery: http, checkpointId: id },
      // @ts-expect-error oplogTs needs oplogInc
      { delivery: automated, oplogTs: "1" },
      // @ts-expect-error target cluster name and id are exclusive
      { delivery: { methodName: "AUTOMATED_RESTORE", targetGroupId: id, targetClusterName: "T", targetClusterId: id }, snapshotId: id },
      // @ts-expect-error an HTTP delivery needs maxDownloads
      { delivery: { methodName: "HTTP", expirationHours: 1 }, snapshotId: id },
    ];
    expect(valid.length + invalid.length).toBe(10);
  });
});

describe("request functions", () => {
  it("take typed parameters and bodies and return the typed success body", () => {
    expectTypeOf(v2.createBackupRestoreJob).returns.resolves.toEqualTypeOf<v2.CloudBackupRestoreJob>();
    expectTypeOf(v2.getBackupTenantRestore).returns.resolves.toEqualTypeOf<v2.TenantRestoreJob>();
    expectTypeOf(v1.listBackupRestoreJobs).returns.resolves.toEqualTypeOf<v1.CloudBackupRestoreJobPage>();
    expectTypeOf(v1.createLegacyBackupRestoreJob).returns.resolves.toEqualTypeOf<v1.LegacyRestoreJobCreated>();
    expectTypeOf<v1.ListBackupRestoreJobsParameters>().toEqualTypeOf<{
      groupId: string;
      clusterName: string;
      pageNum?: number;
      itemsPerPage?: number;
      includeCount?: boolean;
      pretty?: boolean;
      envelope?: boolean;
    }>();
  });

  it("reject missing or mistyped arguments", () => {
    const body: v2.CreateBackupRestoreJobRequest = { deliveryType: "download", snapshotId: id };
    const calls = [
      // @ts-expect-error groupId is required
      () => v2.createBackupRestoreJob(client, { clusterName: "C" }, body),
      // @ts-expect-error the body is required
      () => v2.createBackupRestoreJob(client, { groupId: id, clusterName: "C" }),
      // @ts-expect-error pretty is a boolean
      () => v2.getBackupTenantRestore(client, { groupId: id, clusterName: "C", restoreId: id, pretty: "yes" }),
      // @ts-expect-error unknown parameter
      () => v1.getBackupRestoreJob(client, { groupId: id, clusterName: "C", restoreJobId: id, page: 2 }),
    ];
    expect(calls).toHaveLength(4);
  });

  it("type errors by the operation's documented statuses", () => {
    const handle = (error: unknown): number | undefined => {
      if (v2.isCreateBackupRestoreJobError(error)) {
        expectTypeOf(error).toEqualTypeOf<AtlasApiError<400 | 401 | 403 | 404 | 409 | 429 | 500>>();
        return error.status;
      }
      if (v1.isListBackupRestoreJobsError(error)) {
        expectTypeOf(error.status).toEqualTypeOf<number>();
        return error.status;
      }
      return undefined;
    };
    expect(handle(new Error("x"))).toBeUndefined();
  });

  it("guards narrow unknown values", () => {
    const value: unknown = { deliveryType: "download", snapshotId: id };
    if (v2.isCreateBackupRestoreJobRequest(value)) expectTypeOf(value).toEqualTypeOf<v2.CreateBackupRestoreJobRequest>();
    expect(v2.isCreateBackupRestoreJobRequest(value)).toBe(true);
    expectTypeOf(v2.validateCreateBackupRestoreJobRequest).returns.toEqualTypeOf<{ readonly path: string; readonly message: string }[]>();
  });
});

describe("client options", () => {
  it("take retries and response validation as values, and nothing that merely looks like them", () => {
    const baseUrl = "http://127.0.0.1:1";
    const validators = { ...v1.responseValidators, ...v2.responseValidators };
    // Functions, not calls: the type checker judges them; nothing here needs to run.
    const made = [
      () => createClient({ baseUrl, retry: retries(), validateResponses: responseValidation(validators, { mode: "warn" }) }),
      // @ts-expect-error a policy is not a retrier: it goes through retries(...)
      () => createClient({ baseUrl, retry: { attempts: 5 } }),
      // @ts-expect-error switching retries off is for one call; a client without them is made without `retry`
      () => createClient({ baseUrl, retry: false }),
      // @ts-expect-error the old string switch: the checks and the mode come together in responseValidation(...)
      () => createClient({ baseUrl, validateResponses: "strict" }),
      // @ts-expect-error a mode is required
      () => createClient({ baseUrl, validateResponses: responseValidation(validators, {}) }),
    ];
    expect(made).toHaveLength(5);
    const once = () => v1.getBackupRestoreJob(client, { groupId: id, clusterName: "C", restoreJobId: id }, { retry: false });
    const postAgain = () => v2.createBackupRestoreJob(client, { groupId: id, clusterName: "C" }, { deliveryType: "download", snapshotId: id }, { retry: retries({ methods: ["POST"] }) });
    expect([once, postAgain]).toHaveLength(2);
  });
});
