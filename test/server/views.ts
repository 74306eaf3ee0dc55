// How the fake Atlas shows its stored jobs on the wire: the JSON of each kind of restore job, for each
// API version, with its progress as of the store's clock. Only fields the spec declares are sent (v1.0
// jobs also carry `createdAt`, which v1.0 declares and v2 does not).
import type { AtlasStore, CloudJob, LegacyJob, TenantJob } from "./store.ts";

export type ApiVersion = "v1.0" | "v2";

const HOUR = 3_600_000;

/** ISO 8601 in UTC without milliseconds, as Atlas writes it. */
export function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}

export interface Link {
  readonly href: string;
  readonly rel: string;
}

export function groupHref(baseUrl: string, version: ApiVersion, groupId: string): string {
  return `${baseUrl}/api/atlas/${version}/groups/${groupId}`;
}

export function clusterHref(baseUrl: string, version: ApiVersion, groupId: string, clusterName: string): string {
  return `${groupHref(baseUrl, version, groupId)}/clusters/${clusterName}`;
}

function downloadUrl(job: CloudJob, part?: string): string {
  return `https://restore.example.com/restore-${job.id}${part !== undefined ? `-${part}` : ""}.tar.gz`;
}

export function cloudJobJson(store: AtlasStore, job: CloudJob, version: ApiVersion, baseUrl: string): Record<string, unknown> {
  const now = store.now();
  const finished = store.cloudJobFinished(job);
  const expiresAt = store.cloudJobExpiresAt(job);
  const expired = now >= expiresAt;
  const cluster = clusterHref(baseUrl, version, job.groupId, job.clusterName);
  const links: Link[] = [
    { href: `${cluster}/backup/restoreJobs/${job.id}`, rel: "self" },
    ...(job.snapshotId !== undefined ? [{ href: `${cluster}/backup/snapshots/${job.snapshotId}`, rel: "http://mms.mongodb.com/snapshot" }] : []),
    { href: cluster, rel: "http://mms.mongodb.com/cluster" },
    { href: groupHref(baseUrl, version, job.groupId), rel: "http://mms.mongodb.com/group" },
  ];
  const json: Record<string, unknown> = {
    cancelled: false,
    ...(version === "v1.0" ? { createdAt: iso(job.createdAt) } : {}),
    deliveryType: job.deliveryType,
    expired,
    expiresAt: iso(expiresAt),
    failed: false,
    ...(finished ? { finishedAt: iso(store.cloudJobFinishesAt(job)) } : {}),
    id: job.id,
    links,
    ...(job.snapshotTakenAt !== undefined ? { timestamp: iso(job.snapshotTakenAt) } : {}),
  };
  switch (job.deliveryType) {
    case "automated":
      return { ...json, snapshotId: job.snapshotId, targetClusterName: job.targetClusterName, targetGroupId: job.targetGroupId };
    case "download": {
      // Download addresses appear once the job has finished, and go away once it has expired.
      const available = finished && !expired;
      const parts = job.shards.length > 0 ? job.shards : [undefined];
      return {
        ...json,
        snapshotId: job.snapshotId,
        deliveryUrl: available ? parts.map((part) => downloadUrl(job, part)) : [],
        ...(job.shards.length > 0
          ? { components: job.shards.map((replicaSetName) => ({ downloadUrl: available ? downloadUrl(job, replicaSetName) : null, replicaSetName })) }
          : {}),
      };
    }
    case "pointInTime":
      return {
        ...json,
        ...(job.pointInTimeUTCSeconds !== undefined ? { pointInTimeUTCSeconds: job.pointInTimeUTCSeconds } : {}),
        ...(job.oplogTs !== undefined ? { oplogTs: job.oplogTs, oplogInc: job.oplogInc } : {}),
        ...(version === "v2" && job.oplogTs !== undefined ? { desiredTimestamp: { date: iso(job.oplogTs * 1000), increment: job.oplogInc } } : {}),
        targetClusterName: job.targetClusterName,
        targetGroupId: job.targetGroupId,
      };
  }
}

export function tenantJobJson(store: AtlasStore, job: TenantJob, baseUrl: string): Record<string, unknown> {
  const status = store.tenantStatus(job);
  const completedAt = job.createdAt + job.durationMs;
  const completed = status === "COMPLETED";
  const self = `${clusterHref(baseUrl, "v2", job.groupId, job.clusterName)}/backup/tenant/restores/${job.id}`;
  return {
    clusterName: job.clusterName,
    deliveryType: job.deliveryType,
    id: job.id,
    links: [{ href: self, rel: "self" }],
    projectId: job.groupId,
    ...(completed ? { restoreFinishedDate: iso(completedAt) } : {}),
    restoreScheduledDate: iso(job.createdAt),
    snapshotFinishedDate: iso(job.snapshotFinishedAt),
    snapshotId: job.snapshotId,
    status,
    targetDeploymentItemName: job.targetDeploymentItemName,
    targetProjectId: job.targetProjectId,
    ...(job.deliveryType === "DOWNLOAD" && completed
      ? { expirationDate: iso(completedAt + 72 * HOUR), snapshotUrl: `https://restore.example.com/tenant-${job.id}.tar.gz` }
      : {}),
  };
}

export function legacyJobJson(store: AtlasStore, job: LegacyJob, baseUrl: string): Record<string, unknown> {
  const deliveryStatus = store.legacyDeliveryStatus(job);
  const expires = store.legacyDownloadExpiresAt(job);
  const http = job.methodName === "HTTP";
  return {
    ...(job.batchId !== undefined ? { batchId: job.batchId } : {}),
    clusterId: job.clusterId,
    created: iso(job.createdAt),
    delivery: {
      // An automated restore is reported as HTTP: Atlas moves the data to the target host over HTTP.
      methodName: "HTTP",
      ...(job.expirationHours !== undefined ? { expirationHours: job.expirationHours } : {}),
      ...(http && expires !== undefined && (deliveryStatus === "READY" || deliveryStatus === "EXPIRED") ? { expires: iso(expires) } : {}),
      ...(job.maxDownloads !== undefined ? { maxDownloads: job.maxDownloads } : {}),
      statusName: deliveryStatus,
      ...(http && deliveryStatus === "READY" ? { url: `https://restore.example.com/restore-${job.id}.tar.gz` } : {}),
    },
    encryptionEnabled: false,
    groupId: job.groupId,
    id: job.id,
    links: [{ href: `${groupHref(baseUrl, "v1.0", job.groupId)}/clusters/${job.clusterName}/restoreJobs/${job.id}`, rel: "self" }],
    ...(job.snapshotId !== undefined ? { snapshotId: job.snapshotId } : {}),
    statusName: store.legacyStatus(job),
    timestamp: { date: iso(job.restoredTo.at), increment: job.restoredTo.increment },
  };
}

/** One page of a list: `links` (self, and previous/next where they exist), `results`, and `totalCount` when asked for. */
export function pageJson(
  results: unknown[],
  paging: { pageNum: number; itemsPerPage: number; total: number; includeCount: boolean; selfUrl: URL },
): Record<string, unknown> {
  const link = (pageNum: number, rel: string): Link => {
    const url = new URL(paging.selfUrl);
    url.searchParams.set("pageNum", String(pageNum));
    url.searchParams.set("itemsPerPage", String(paging.itemsPerPage));
    return { href: url.toString(), rel };
  };
  const links: Link[] = [link(paging.pageNum, "self")];
  if (paging.pageNum > 1) links.push(link(paging.pageNum - 1, "previous"));
  if (paging.pageNum * paging.itemsPerPage < paging.total) links.push(link(paging.pageNum + 1, "next"));
  return { links, results, ...(paging.includeCount ? { totalCount: paging.total } : {}) };
}
