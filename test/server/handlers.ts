// The five documented operations: path, query and body checks, the store, and the JSON they answer.
// Request bodies are checked with the generated guards; the answers follow the spec's response schemas.
import { v1, v2 } from "atlas-restore-client";
import { AtlasHttpError, notFound, pointerToField, validationError, type FieldViolation } from "./errors.ts";
import {
  booleanParam,
  checkClusterName,
  checkGroupId,
  checkJobId,
  integerParam,
  jsonBody,
  type ApiRequest,
  type Reply,
} from "./http.ts";
import type { AtlasStore, BackupKind, Cluster } from "./store.ts";
import { cloudJobJson, legacyJobJson, pageJson, tenantJobJson } from "./views.ts";

export interface HandlerContext {
  readonly store: AtlasStore;
  /** Answer the sunset tenant operation with 410 VERSION_GONE once its `x-sunset` date has passed. */
  readonly enforceSunset: boolean;
}

export type Handler = (context: HandlerContext, request: ApiRequest, params: readonly string[], mediaType: string) => Reply;

const HOUR = 3_600_000;
const INT32_MAX = 2_147_483_647;
const tenantSunset = Date.parse("2026-01-22T00:00:00Z");

function resource(body: unknown, mediaType: string): Reply {
  return { status: 200, body, contentType: mediaType, kind: "resource" };
}

function list(body: unknown, mediaType: string): Reply {
  return { status: 200, body, contentType: mediaType, kind: "list" };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `pretty` and `envelope` must be booleans when present (they were already applied leniently). */
function checkPresentationParams(request: ApiRequest): void {
  booleanParam(request.query, "pretty", false);
  booleanParam(request.query, "envelope", false);
}

function requireCluster(store: AtlasStore, groupId: string, clusterName: string, backup: BackupKind): Cluster {
  if (!store.project(groupId)) throw notFound(`No project with ID ${groupId} exists.`, [{ groupId }]);
  const cluster = store.cluster(groupId, clusterName);
  if (!cluster) throw notFound(`No cluster named ${clusterName} exists in project ${groupId}.`, [{ clusterName, groupId }]);
  if (cluster.backup !== backup) {
    const wanted = { cloud: "Cloud Backup", legacy: "legacy backup", tenant: "an M2/M5 or Flex (tenant) cluster" }[backup];
    throw new AtlasHttpError(400, "BACKUP_TYPE_MISMATCH", `Cluster ${clusterName} is not ${backup === "tenant" ? wanted : `backed up with ${wanted}`}.`, {
      parameters: [{ clusterName }],
    });
  }
  return cluster;
}

/** One entry per refused field; several problems with one field are joined. */
function mergeViolations(violations: FieldViolation[]): FieldViolation[] {
  const byField = new Map<string, string[]>();
  for (const violation of violations) byField.set(violation.field, [...(byField.get(violation.field) ?? []), violation.description]);
  return [...byField].map(([field, descriptions]) => ({ field, description: descriptions.join("; ") }));
}

function toViolations(problems: readonly { path: string; message: string }[]): FieldViolation[] {
  return problems.map((problem) => ({ field: pointerToField(problem.path), description: problem.message }));
}

// ----- v1.0 -----

export const listBackupRestoreJobs: Handler = ({ store }, request, [groupIdRaw = "", clusterRaw = ""], mediaType) => {
  const groupId = checkGroupId(groupIdRaw, "GROUP-ID");
  const clusterName = checkClusterName(clusterRaw, "CLUSTER-NAME");
  checkPresentationParams(request);
  const pageNum = integerParam(request.query, "pageNum", 1, 1, INT32_MAX);
  const itemsPerPage = integerParam(request.query, "itemsPerPage", 100, 1, 500);
  const includeCount = booleanParam(request.query, "includeCount", true);
  requireCluster(store, groupId, clusterName, "cloud");
  const { total, jobs } = store.cloudJobsPage(groupId, clusterName, (pageNum - 1) * itemsPerPage, itemsPerPage);
  const selfUrl = new URL(request.target, request.baseUrl);
  return list(
    pageJson(
      jobs.map((job) => cloudJobJson(store, job, "v1.0", request.baseUrl)),
      { pageNum, itemsPerPage, total, includeCount, selfUrl },
    ),
    mediaType,
  );
};

export const getBackupRestoreJob: Handler = ({ store }, request, [groupIdRaw = "", clusterRaw = "", jobIdRaw = ""], mediaType) => {
  const groupId = checkGroupId(groupIdRaw, "GROUP-ID");
  const clusterName = checkClusterName(clusterRaw, "CLUSTER-NAME");
  const jobId = checkJobId(jobIdRaw, "RESTORE-JOB-ID");
  checkPresentationParams(request);
  requireCluster(store, groupId, clusterName, "cloud");
  const job = store.cloudJob(groupId, clusterName, jobId);
  if (!job) throw notFound(`No restore job with ID ${jobId} exists for cluster ${clusterName}.`, [{ restoreJobId: jobId }]);
  return resource(cloudJobJson(store, job, "v1.0", request.baseUrl), mediaType);
};

export const createLegacyBackupRestoreJob: Handler = ({ store }, request, [groupIdRaw = "", clusterRaw = ""], mediaType) => {
  const groupId = checkGroupId(groupIdRaw, "GROUP-ID");
  const clusterName = checkClusterName(clusterRaw, "CLUSTER-NAME");
  checkPresentationParams(request);
  const cluster = requireCluster(store, groupId, clusterName, "legacy");
  const body = jsonBody(request.body);
  const violations = legacyRequestViolations(body);
  if (violations.length > 0) throw validationError("The restore job request is not valid.", violations);
  const valid = body as v1.CreateLegacyRestoreJobRequest;
  const now = store.now();
  if (valid.snapshotId !== undefined && !store.snapshot(groupId, clusterName, valid.snapshotId)) {
    throw notFound(`No snapshot with ID ${valid.snapshotId} exists for cluster ${clusterName}.`, [{ snapshotId: valid.snapshotId }]);
  }
  if (valid.checkpointId !== undefined && cluster.shards.length === 0) {
    throw validationError("Checkpoint restores apply to sharded clusters only.", [{ field: "checkpointId", description: "needs a sharded cluster" }]);
  }
  if (valid.pointInTimeUTCMillis !== undefined && (valid.pointInTimeUTCMillis > now || valid.pointInTimeUTCMillis < now - 24 * HOUR)) {
    throw validationError("The point in time must lie within the last 24 hours.", [
      { field: "pointInTimeUTCMillis", description: "must lie within the last 24 hours" },
    ]);
  }
  if (valid.oplogTs !== undefined && Number(valid.oplogTs) * 1000 > now) {
    throw validationError("The oplog timestamp lies in the future.", [{ field: "oplogTs", description: "must not lie in the future" }]);
  }
  const delivery = valid.delivery;
  if (delivery.methodName === "AUTOMATED_RESTORE") {
    if (!store.project(delivery.targetGroupId)) throw notFound(`No project with ID ${delivery.targetGroupId} exists.`, [{ targetGroupId: delivery.targetGroupId }]);
    const targetName = "targetClusterName" in delivery ? delivery.targetClusterName : undefined;
    const targetId = "targetClusterId" in delivery ? delivery.targetClusterId : undefined;
    const target =
      targetName !== undefined
        ? store.cluster(delivery.targetGroupId, targetName)
        : targetId !== undefined
          ? store.clusterById(delivery.targetGroupId, targetId)
          : undefined;
    if (!target) {
      const named = targetName ?? targetId ?? "";
      throw notFound(`No target cluster ${named} exists in project ${delivery.targetGroupId}.`, [{ targetCluster: named }]);
    }
  }
  const jobs = store.createLegacyJobs(groupId, clusterName, {
    ...(valid.snapshotId !== undefined ? { snapshotId: valid.snapshotId } : {}),
    ...(valid.checkpointId !== undefined ? { checkpointId: valid.checkpointId } : {}),
    ...(valid.oplogTs !== undefined ? { oplogTs: valid.oplogTs } : {}),
    ...(valid.oplogInc !== undefined ? { oplogInc: valid.oplogInc } : {}),
    ...(valid.pointInTimeUTCMillis !== undefined ? { pointInTimeUTCMillis: valid.pointInTimeUTCMillis } : {}),
    delivery:
      delivery.methodName === "HTTP"
        ? { methodName: "HTTP", expirationHours: delivery.expirationHours, maxDownloads: delivery.maxDownloads }
        : {
            methodName: "AUTOMATED_RESTORE",
            targetGroupId: delivery.targetGroupId,
            ...("targetClusterName" in delivery && delivery.targetClusterName !== undefined ? { targetClusterName: delivery.targetClusterName } : {}),
            ...("targetClusterId" in delivery && delivery.targetClusterId !== undefined ? { targetClusterId: delivery.targetClusterId } : {}),
          },
  });
  // The live service answers with a page of the jobs it created (one per replica set of a sharded cluster).
  return list({ links: [], results: jobs.map((job) => legacyJobJson(store, job, request.baseUrl)), totalCount: jobs.length }, mediaType);
};

/** Field-level problems of a legacy create body; the union's "matches none" is explained by the variant `delivery.methodName` picks. */
function legacyRequestViolations(body: unknown): FieldViolation[] {
  const problems = v1.validateCreateLegacyRestoreJobRequest(body);
  if (problems.length === 0) return [];
  if (!isRecord(body)) return [{ field: "body", description: "must be a JSON object" }];
  const delivery = body["delivery"];
  const methodName = isRecord(delivery) ? delivery["methodName"] : undefined;
  const variant =
    methodName === "HTTP"
      ? v1.validateLegacyDownloadRestoreJobRequest(body)
      : methodName === "AUTOMATED_RESTORE"
        ? v1.validateLegacyAutomatedRestoreJobRequest(body)
        : undefined;
  if (variant === undefined) {
    return [{ field: delivery === undefined ? "delivery" : "delivery.methodName", description: delivery === undefined ? "is required" : "must be HTTP or AUTOMATED_RESTORE" }];
  }
  return mergeViolations(
    variant.map((problem) => {
      if (problem.path === "" && /must match one of/.test(problem.message)) {
        return { field: "snapshotId", description: "exactly one restore point is required: snapshotId, checkpointId, oplogTs with oplogInc, or pointInTimeUTCMillis" };
      }
      if (problem.path === "/delivery" && /must match one of/.test(problem.message)) {
        return { field: "delivery.targetClusterName", description: "exactly one of delivery.targetClusterName and delivery.targetClusterId is required" };
      }
      return { field: pointerToField(problem.path), description: problem.message };
    }),
  );
}

// ----- v2 -----

export const createBackupRestoreJob: Handler = ({ store }, request, [groupIdRaw = "", clusterRaw = ""], mediaType) => {
  const groupId = checkGroupId(groupIdRaw, "groupId");
  const clusterName = checkClusterName(clusterRaw, "clusterName");
  checkPresentationParams(request);
  requireCluster(store, groupId, clusterName, "cloud");
  const body = jsonBody(request.body);
  const violations = createRequestViolations(body);
  if (violations.length > 0) throw validationError("The restore job request is not valid.", violations);
  const valid = body as v2.CreateBackupRestoreJobRequest;
  const now = store.now();
  if (valid.deliveryType !== "pointInTime" && !store.snapshot(groupId, clusterName, valid.snapshotId)) {
    throw notFound(`No snapshot with ID ${valid.snapshotId} exists for cluster ${clusterName}.`, [{ snapshotId: valid.snapshotId }]);
  }
  if (valid.deliveryType !== "download") {
    if (!store.project(valid.targetGroupId)) throw notFound(`No project with ID ${valid.targetGroupId} exists.`, [{ targetGroupId: valid.targetGroupId }]);
    if (!store.cluster(valid.targetGroupId, valid.targetClusterName)) {
      throw notFound(`No cluster named ${valid.targetClusterName} exists in project ${valid.targetGroupId}.`, [{ targetClusterName: valid.targetClusterName }]);
    }
  }
  if (valid.deliveryType === "pointInTime") {
    const seconds = valid.pointInTimeUTCSeconds ?? valid.oplogTs;
    const field = valid.pointInTimeUTCSeconds !== undefined ? "pointInTimeUTCSeconds" : "oplogTs";
    if (seconds !== undefined && seconds * 1000 > now) {
      throw validationError("The point in time lies in the future.", [{ field, description: "must not lie in the future" }]);
    }
  }
  if (valid.deliveryType === "download") {
    const running = store.runningDownload(groupId, clusterName);
    if (running) {
      throw new AtlasHttpError(409, "CONCURRENT_DOWNLOAD_RESTORE_JOB", `Cluster ${clusterName} already has a download restore job in progress (${running.id}); a cloud backup allows one download at a time.`, {
        parameters: [{ restoreJobId: running.id }],
      });
    }
  }
  const job = store.createCloudJob(groupId, clusterName, valid);
  return resource(cloudJobJson(store, job, "v2", request.baseUrl), mediaType);
};

/** Field-level problems of a v2 create body; a point-in-time body that matches neither way of naming the moment is explained. */
function createRequestViolations(body: unknown): FieldViolation[] {
  const problems = v2.validateCreateBackupRestoreJobRequest(body);
  if (problems.length === 0) return [];
  if (!isRecord(body)) return [{ field: "body", description: "must be a JSON object" }];
  const violations: FieldViolation[] = [];
  for (const problem of problems) {
    if (problem.path === "" && body["deliveryType"] === "pointInTime") {
      const bySeconds = body["pointInTimeUTCSeconds"] !== undefined;
      const byOplog = body["oplogTs"] !== undefined || body["oplogInc"] !== undefined;
      const detailed =
        bySeconds && !byOplog ? v2.validatePointInTimeBySeconds(body) : byOplog && !bySeconds ? v2.validatePointInTimeByOplog(body) : [];
      if (detailed.length > 0) violations.push(...toViolations(detailed));
      else if (bySeconds && byOplog) violations.push({ field: "pointInTimeUTCSeconds", description: "cannot be set together with oplogTs and oplogInc" });
      else violations.push({ field: "pointInTimeUTCSeconds", description: "pointInTimeUTCSeconds, or oplogTs with oplogInc, is required" });
      continue;
    }
    violations.push(...toViolations([problem]));
  }
  return mergeViolations(violations);
}

export const getBackupTenantRestore: Handler = ({ store, enforceSunset }, request, [groupIdRaw = "", clusterRaw = "", restoreIdRaw = ""], mediaType) => {
  const groupId = checkGroupId(groupIdRaw, "groupId");
  const clusterName = checkClusterName(clusterRaw, "clusterName", false);
  const restoreId = checkJobId(restoreIdRaw, "restoreId");
  checkPresentationParams(request);
  if (enforceSunset && store.now() >= tenantSunset) {
    throw new AtlasHttpError(410, "VERSION_GONE", "This happens when a resource is marked for sunset and the sunset date is in the past.", {
      parameters: [{ sunset: "2026-01-22" }],
    });
  }
  requireCluster(store, groupId, clusterName, "tenant");
  const job = store.tenantJob(groupId, clusterName, restoreId);
  if (!job) throw notFound(`No restore job with ID ${restoreId} exists for cluster ${clusterName}.`, [{ restoreId }]);
  return resource(tenantJobJson(store, job, request.baseUrl), mediaType);
};
