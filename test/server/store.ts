// The in-memory state of the fake Atlas: projects, clusters, snapshots and restore jobs (cloud backup,
// tenant and legacy). Jobs keep only what was asked and when; how far they have got is computed from
// the injectable clock each time they are read, so a test that moves its fake clock sees them progress.

export type BackupKind = "cloud" | "legacy" | "tenant";
export type CloudDeliveryType = "automated" | "download" | "pointInTime";
export type TenantStatus = "PENDING" | "QUEUED" | "RUNNING" | "COMPLETED";
export type LegacyStatus = "IN_PROGRESS" | "FINISHED";
export type LegacyDeliveryStatus = "NOT_STARTED" | "IN_PROGRESS" | "READY" | "EXPIRED";

export interface Project {
  readonly id: string;
  readonly name: string;
}

export interface Cluster {
  readonly id: string;
  readonly groupId: string;
  readonly name: string;
  readonly backup: BackupKind;
  /** Replica sets of a sharded cluster (shards and config server); empty for a replica set. */
  readonly shards: readonly string[];
}

export interface Snapshot {
  readonly id: string;
  readonly groupId: string;
  readonly clusterName: string;
  /** When the snapshot was taken (ms since the epoch). */
  readonly takenAt: number;
}

export interface CloudJob {
  readonly id: string;
  readonly groupId: string;
  readonly clusterName: string;
  readonly deliveryType: CloudDeliveryType;
  readonly createdAt: number;
  readonly durationMs: number;
  readonly seq: number;
  readonly snapshotId?: string;
  readonly snapshotTakenAt?: number;
  readonly targetClusterName?: string;
  readonly targetGroupId?: string;
  readonly pointInTimeUTCSeconds?: number;
  readonly oplogTs?: number;
  readonly oplogInc?: number;
  /** Replica sets of the source cluster when it is sharded (download jobs report one component each). */
  readonly shards: readonly string[];
}

export interface TenantJob {
  readonly id: string;
  readonly groupId: string;
  readonly clusterName: string;
  readonly deliveryType: "RESTORE" | "DOWNLOAD";
  readonly snapshotId: string;
  readonly snapshotFinishedAt: number;
  readonly targetDeploymentItemName: string;
  readonly targetProjectId: string;
  readonly createdAt: number;
  readonly durationMs: number;
}

export interface LegacyJob {
  readonly id: string;
  readonly groupId: string;
  readonly clusterName: string;
  readonly clusterId: string;
  readonly batchId?: string;
  readonly replicaSetName?: string;
  readonly methodName: "HTTP" | "AUTOMATED_RESTORE";
  readonly expirationHours?: number;
  readonly maxDownloads?: number;
  readonly snapshotId?: string;
  readonly checkpointId?: string;
  readonly oplogTs?: string;
  readonly oplogInc?: string;
  readonly pointInTimeUTCMillis?: number;
  readonly targetGroupId?: string;
  readonly targetClusterName?: string;
  readonly targetClusterId?: string;
  /** The oplog position the restored data ends at (ms since the epoch, and ordinal in that second). */
  readonly restoredTo: { readonly at: number; readonly increment: number };
  readonly createdAt: number;
  readonly durationMs: number;
}

/** What the seeded store holds, for tests and the demo. */
export interface SeedInfo {
  readonly groupId: string;
  readonly projectName: string;
  readonly clusters: {
    /** Cloud backup replica set with snapshots and two finished restore jobs. */
    readonly primary: string;
    /** Cloud backup replica set to restore into. */
    readonly target: string;
    /** Cloud backup sharded cluster (shard-0, shard-1, config). */
    readonly sharded: string;
    /** Cluster on legacy backup. */
    readonly legacy: string;
    /** M5 (tenant) cluster with tenant restore jobs. */
    readonly tenant: string;
  };
  /** Snapshot ids per cluster name, newest first. */
  readonly snapshots: Readonly<Record<string, readonly string[]>>;
  readonly tenantJobs: {
    /** RESTORE job, completed a day before the store was created. */
    readonly completedRestore: string;
    /** DOWNLOAD job, completed two hours before the store was created. */
    readonly completedDownload: string;
    /** RESTORE job created with the store: PENDING, then QUEUED, RUNNING, COMPLETED as the clock moves. */
    readonly fresh: string;
  };
}

export interface StoreOptions {
  readonly now: () => number;
  readonly jobDurationMs: number;
  readonly seed: boolean;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export class AtlasStore {
  readonly now: () => number;
  /** Duration given to jobs created from now on; tests may change it. */
  jobDurationMs: number;
  readonly seed: SeedInfo;

  private idCounter = 0;
  private seqCounter = 0;
  private readonly projects = new Map<string, Project>();
  private readonly clusters = new Map<string, Cluster>();
  private readonly snapshots = new Map<string, Snapshot[]>();
  private readonly cloudJobs = new Map<string, { jobs: CloudJob[]; sorted: boolean; byId: Map<string, CloudJob> }>();
  private readonly tenantJobs = new Map<string, TenantJob>();
  private readonly legacyJobs = new Map<string, LegacyJob>();

  constructor(options: StoreOptions) {
    this.now = options.now;
    this.jobDurationMs = options.jobDurationMs;
    this.seed = options.seed ? this.seedData() : emptySeed;
  }

  /** A fresh 24-hex ObjectId-like identifier: creation second, then a counter (unique per store). */
  newId(): string {
    this.idCounter += 1;
    const seconds = Math.max(0, Math.floor(this.now() / 1000)) % 0x1_0000_0000;
    return seconds.toString(16).padStart(8, "0") + "a7c0de" + this.idCounter.toString(16).padStart(10, "0");
  }

  // ----- projects, clusters, snapshots -----

  addProject(name: string, id: string = this.newId()): Project {
    const project = { id, name };
    this.projects.set(id, project);
    return project;
  }

  project(groupId: string): Project | undefined {
    return this.projects.get(groupId);
  }

  addCluster(groupId: string, name: string, options: { backup?: BackupKind; shards?: readonly string[] } = {}): Cluster {
    if (!this.projects.has(groupId)) throw new Error(`no project ${groupId}`);
    const cluster: Cluster = { id: this.newId(), groupId, name, backup: options.backup ?? "cloud", shards: options.shards ?? [] };
    this.clusters.set(key(groupId, name), cluster);
    return cluster;
  }

  cluster(groupId: string, name: string): Cluster | undefined {
    return this.clusters.get(key(groupId, name));
  }

  clusterById(groupId: string, clusterId: string): Cluster | undefined {
    for (const cluster of this.clusters.values()) if (cluster.groupId === groupId && cluster.id === clusterId) return cluster;
    return undefined;
  }

  addSnapshot(groupId: string, clusterName: string, takenAt: number = this.now()): Snapshot {
    if (!this.cluster(groupId, clusterName)) throw new Error(`no cluster ${clusterName} in ${groupId}`);
    const snapshot = { id: this.newId(), groupId, clusterName, takenAt };
    const list = this.snapshots.get(key(groupId, clusterName)) ?? [];
    list.push(snapshot);
    list.sort((a, b) => b.takenAt - a.takenAt);
    this.snapshots.set(key(groupId, clusterName), list);
    return snapshot;
  }

  snapshot(groupId: string, clusterName: string, snapshotId: string): Snapshot | undefined {
    return this.snapshots.get(key(groupId, clusterName))?.find((snapshot) => snapshot.id === snapshotId);
  }

  snapshotsOf(groupId: string, clusterName: string): readonly Snapshot[] {
    return this.snapshots.get(key(groupId, clusterName)) ?? [];
  }

  // ----- cloud backup restore jobs -----

  /** Records a cloud backup restore job as the v2 create call asks for it (the request is already valid). */
  createCloudJob(
    groupId: string,
    clusterName: string,
    request: {
      deliveryType: CloudDeliveryType;
      snapshotId?: string;
      targetClusterName?: string;
      targetGroupId?: string;
      pointInTimeUTCSeconds?: number;
      oplogTs?: number;
      oplogInc?: number;
    },
    createdAt: number = this.now(),
  ): CloudJob {
    const cluster = this.cluster(groupId, clusterName);
    if (!cluster) throw new Error(`no cluster ${clusterName} in ${groupId}`);
    const snapshot = request.snapshotId !== undefined ? this.snapshot(groupId, clusterName, request.snapshotId) : undefined;
    const job: CloudJob = {
      id: this.newId(),
      groupId,
      clusterName,
      deliveryType: request.deliveryType,
      createdAt,
      durationMs: this.jobDurationMs,
      seq: ++this.seqCounter,
      shards: cluster.shards,
      ...(request.snapshotId !== undefined ? { snapshotId: request.snapshotId } : {}),
      ...(snapshot !== undefined ? { snapshotTakenAt: snapshot.takenAt } : {}),
      ...(request.targetClusterName !== undefined ? { targetClusterName: request.targetClusterName } : {}),
      ...(request.targetGroupId !== undefined ? { targetGroupId: request.targetGroupId } : {}),
      ...(request.pointInTimeUTCSeconds !== undefined ? { pointInTimeUTCSeconds: request.pointInTimeUTCSeconds } : {}),
      ...(request.oplogTs !== undefined ? { oplogTs: request.oplogTs } : {}),
      ...(request.oplogInc !== undefined ? { oplogInc: request.oplogInc } : {}),
    };
    const entry = this.cloudEntry(groupId, clusterName);
    const last = entry.jobs[entry.jobs.length - 1];
    if (last !== undefined && (last.createdAt > job.createdAt || (last.createdAt === job.createdAt && last.seq > job.seq))) entry.sorted = false;
    entry.jobs.push(job);
    entry.byId.set(job.id, job);
    return job;
  }

  /**
   * Adds `count` cloud backup restore jobs quickly (automated, download and pointInTime in turn), created
   * one second apart and ending now, so 100,000 jobs can be listed. Returns them oldest first.
   */
  addCloudJobs(groupId: string, clusterName: string, count: number, options: { spacingMs?: number; endAt?: number } = {}): CloudJob[] {
    const cluster = this.cluster(groupId, clusterName);
    if (!cluster) throw new Error(`no cluster ${clusterName} in ${groupId}`);
    const snapshot = this.snapshotsOf(groupId, clusterName)[0] ?? this.addSnapshot(groupId, clusterName, this.now() - DAY);
    const target = [...this.clusters.values()].find((c) => c.groupId === groupId && c.backup === "cloud" && c.name !== clusterName) ?? cluster;
    const spacing = options.spacingMs ?? 1000;
    const endAt = options.endAt ?? this.now();
    const created: CloudJob[] = [];
    for (let index = 0; index < count; index++) {
      const createdAt = endAt - (count - 1 - index) * spacing;
      const kind = index % 3;
      const request =
        kind === 0
          ? { deliveryType: "automated" as const, snapshotId: snapshot.id, targetClusterName: target.name, targetGroupId: groupId }
          : kind === 1
            ? { deliveryType: "download" as const, snapshotId: snapshot.id }
            : { deliveryType: "pointInTime" as const, pointInTimeUTCSeconds: Math.floor((createdAt - HOUR) / 1000), targetClusterName: target.name, targetGroupId: groupId };
      created.push(this.createCloudJob(groupId, clusterName, request, createdAt));
    }
    return created;
  }

  cloudJob(groupId: string, clusterName: string, id: string): CloudJob | undefined {
    return this.cloudJobs.get(key(groupId, clusterName))?.byId.get(id);
  }

  /** Some of the cluster's cloud backup restore jobs, newest first (by `createdAt`, then creation order), and how many there are. */
  cloudJobsPage(groupId: string, clusterName: string, offset: number, limit: number): { total: number; jobs: CloudJob[] } {
    const entry = this.cloudJobs.get(key(groupId, clusterName));
    if (!entry) return { total: 0, jobs: [] };
    if (!entry.sorted) {
      entry.jobs.sort((a, b) => a.createdAt - b.createdAt || a.seq - b.seq);
      entry.sorted = true;
    }
    const jobs: CloudJob[] = [];
    const last = entry.jobs.length - 1;
    for (let index = offset; index < Math.min(entry.jobs.length, offset + limit); index++) jobs.push(entry.jobs[last - index] as CloudJob);
    return { total: entry.jobs.length, jobs };
  }

  /** Every cloud backup restore job of the cluster, newest first. */
  cloudJobsOf(groupId: string, clusterName: string): CloudJob[] {
    return this.cloudJobsPage(groupId, clusterName, 0, Number.MAX_SAFE_INTEGER).jobs;
  }

  /** When the job finishes (ms); it is finished once the clock reaches this. */
  cloudJobFinishesAt(job: CloudJob): number {
    return job.createdAt + job.durationMs;
  }

  cloudJobFinished(job: CloudJob): boolean {
    return this.now() >= this.cloudJobFinishesAt(job);
  }

  /** Restore jobs expire two days after they finish. */
  cloudJobExpiresAt(job: CloudJob): number {
    return this.cloudJobFinishesAt(job) + 2 * DAY;
  }

  /** An unfinished download job of the cluster, if any (a cloud backup allows one download at a time). */
  runningDownload(groupId: string, clusterName: string): CloudJob | undefined {
    const entry = this.cloudJobs.get(key(groupId, clusterName));
    if (!entry) return undefined;
    for (let index = entry.jobs.length - 1; index >= 0; index--) {
      const job = entry.jobs[index] as CloudJob;
      if (job.deliveryType === "download" && !this.cloudJobFinished(job)) return job;
    }
    return undefined;
  }

  private cloudEntry(groupId: string, clusterName: string): { jobs: CloudJob[]; sorted: boolean; byId: Map<string, CloudJob> } {
    let entry = this.cloudJobs.get(key(groupId, clusterName));
    if (!entry) {
      entry = { jobs: [], sorted: true, byId: new Map() };
      this.cloudJobs.set(key(groupId, clusterName), entry);
    }
    return entry;
  }

  // ----- tenant (M2/M5/Flex) restore jobs -----

  addTenantJob(
    groupId: string,
    clusterName: string,
    options: { deliveryType?: "RESTORE" | "DOWNLOAD"; createdAt?: number; snapshotId?: string; targetDeploymentItemName?: string; targetProjectId?: string } = {},
  ): TenantJob {
    const cluster = this.cluster(groupId, clusterName);
    if (!cluster) throw new Error(`no cluster ${clusterName} in ${groupId}`);
    const snapshot =
      (options.snapshotId !== undefined ? this.snapshot(groupId, clusterName, options.snapshotId) : this.snapshotsOf(groupId, clusterName)[0]) ??
      this.addSnapshot(groupId, clusterName, (options.createdAt ?? this.now()) - HOUR);
    const job: TenantJob = {
      id: this.newId(),
      groupId,
      clusterName,
      deliveryType: options.deliveryType ?? "RESTORE",
      snapshotId: snapshot.id,
      snapshotFinishedAt: snapshot.takenAt,
      targetDeploymentItemName: options.targetDeploymentItemName ?? clusterName,
      targetProjectId: options.targetProjectId ?? groupId,
      createdAt: options.createdAt ?? this.now(),
      durationMs: this.jobDurationMs,
    };
    this.tenantJobs.set(job.id, job);
    return job;
  }

  tenantJob(groupId: string, clusterName: string, id: string): TenantJob | undefined {
    const job = this.tenantJobs.get(id);
    return job && job.groupId === groupId && job.clusterName === clusterName ? job : undefined;
  }

  /** PENDING for the first quarter of the job's duration, QUEUED for the second, RUNNING until it ends, then COMPLETED. */
  tenantStatus(job: TenantJob): TenantStatus {
    const elapsed = this.now() - job.createdAt;
    if (elapsed >= job.durationMs) return "COMPLETED";
    if (elapsed >= job.durationMs / 2) return "RUNNING";
    if (elapsed >= job.durationMs / 4) return "QUEUED";
    return "PENDING";
  }

  // ----- legacy backup restore jobs -----

  /** Records the jobs a legacy create call starts: one, or one per replica set of a sharded cluster. */
  createLegacyJobs(
    groupId: string,
    clusterName: string,
    request: {
      snapshotId?: string;
      checkpointId?: string;
      oplogTs?: string;
      oplogInc?: string;
      pointInTimeUTCMillis?: number;
      delivery: { methodName: "HTTP" | "AUTOMATED_RESTORE"; expirationHours?: number; maxDownloads?: number; targetGroupId?: string; targetClusterName?: string; targetClusterId?: string };
    },
  ): LegacyJob[] {
    const cluster = this.cluster(groupId, clusterName);
    if (!cluster) throw new Error(`no cluster ${clusterName} in ${groupId}`);
    const now = this.now();
    const snapshot = request.snapshotId !== undefined ? this.snapshot(groupId, clusterName, request.snapshotId) : undefined;
    const restoredTo =
      snapshot !== undefined
        ? { at: snapshot.takenAt, increment: 1 }
        : request.oplogTs !== undefined
          ? { at: Number(request.oplogTs) * 1000, increment: Number(request.oplogInc ?? "1") }
          : request.pointInTimeUTCMillis !== undefined
            ? { at: request.pointInTimeUTCMillis, increment: 1 }
            : { at: now - HOUR, increment: 1 };
    const parts = cluster.shards.length > 0 ? cluster.shards : [undefined];
    const batchId = cluster.shards.length > 0 ? this.newId() : undefined;
    const delivery = request.delivery;
    return parts.map((replicaSetName) => {
      const job: LegacyJob = {
        id: this.newId(),
        groupId,
        clusterName,
        clusterId: cluster.id,
        methodName: delivery.methodName,
        restoredTo,
        createdAt: now,
        durationMs: this.jobDurationMs,
        ...(batchId !== undefined ? { batchId } : {}),
        ...(replicaSetName !== undefined ? { replicaSetName } : {}),
        ...(delivery.expirationHours !== undefined ? { expirationHours: delivery.expirationHours } : {}),
        ...(delivery.maxDownloads !== undefined ? { maxDownloads: delivery.maxDownloads } : {}),
        ...(delivery.targetGroupId !== undefined ? { targetGroupId: delivery.targetGroupId } : {}),
        ...(delivery.targetClusterName !== undefined ? { targetClusterName: delivery.targetClusterName } : {}),
        ...(delivery.targetClusterId !== undefined ? { targetClusterId: delivery.targetClusterId } : {}),
        ...(request.snapshotId !== undefined ? { snapshotId: request.snapshotId } : {}),
        ...(request.checkpointId !== undefined ? { checkpointId: request.checkpointId } : {}),
        ...(request.oplogTs !== undefined ? { oplogTs: request.oplogTs } : {}),
        ...(request.oplogInc !== undefined ? { oplogInc: request.oplogInc } : {}),
        ...(request.pointInTimeUTCMillis !== undefined ? { pointInTimeUTCMillis: request.pointInTimeUTCMillis } : {}),
      };
      this.legacyJobs.set(job.id, job);
      return job;
    });
  }

  legacyJob(id: string): LegacyJob | undefined {
    return this.legacyJobs.get(id);
  }

  legacyJobsOf(groupId: string, clusterName: string): LegacyJob[] {
    return [...this.legacyJobs.values()].filter((job) => job.groupId === groupId && job.clusterName === clusterName);
  }

  /** IN_PROGRESS until the job's duration has passed, then FINISHED. */
  legacyStatus(job: LegacyJob): LegacyStatus {
    return this.now() - job.createdAt >= job.durationMs ? "FINISHED" : "IN_PROGRESS";
  }

  /** NOT_STARTED for the first half, IN_PROGRESS for the second, READY once finished, EXPIRED after `expirationHours` (HTTP). */
  legacyDeliveryStatus(job: LegacyJob): LegacyDeliveryStatus {
    const elapsed = this.now() - job.createdAt;
    if (elapsed < job.durationMs / 2) return "NOT_STARTED";
    if (elapsed < job.durationMs) return "IN_PROGRESS";
    const expires = this.legacyDownloadExpiresAt(job);
    return expires !== undefined && this.now() >= expires ? "EXPIRED" : "READY";
  }

  legacyDownloadExpiresAt(job: LegacyJob): number | undefined {
    return job.methodName === "HTTP" && job.expirationHours !== undefined ? job.createdAt + job.durationMs + job.expirationHours * HOUR : undefined;
  }

  // ----- seed -----

  private seedData(): SeedInfo {
    const now = this.now();
    const groupId = "5f1a2b3c4d5e6f7a8b9c0d1e";
    const projectName = "Restore Demo";
    this.addProject(projectName, groupId);
    const names = { primary: "Cluster0", target: "Cluster1", sharded: "Sharded0", legacy: "LegacyCluster", tenant: "M5Cluster" };
    this.addCluster(groupId, names.primary);
    this.addCluster(groupId, names.target);
    this.addCluster(groupId, names.sharded, { shards: ["shard-0", "shard-1", "config"] });
    this.addCluster(groupId, names.legacy, { backup: "legacy" });
    this.addCluster(groupId, names.tenant, { backup: "tenant" });
    for (const days of [3, 2, 1]) this.addSnapshot(groupId, names.primary, now - days * DAY);
    this.addSnapshot(groupId, names.target, now - DAY);
    this.addSnapshot(groupId, names.sharded, now - DAY);
    for (const days of [2, 1]) this.addSnapshot(groupId, names.legacy, now - days * DAY);
    for (const days of [2, 1]) this.addSnapshot(groupId, names.tenant, now - days * DAY);
    const primarySnapshot = this.snapshotsOf(groupId, names.primary)[0] as Snapshot;
    this.createCloudJob(groupId, names.primary, { deliveryType: "automated", snapshotId: primarySnapshot.id, targetClusterName: names.target, targetGroupId: groupId }, now - 2 * DAY);
    this.createCloudJob(groupId, names.primary, { deliveryType: "download", snapshotId: primarySnapshot.id }, now - DAY);
    const completedRestore = this.addTenantJob(groupId, names.tenant, { deliveryType: "RESTORE", createdAt: now - DAY });
    const completedDownload = this.addTenantJob(groupId, names.tenant, { deliveryType: "DOWNLOAD", createdAt: now - 2 * HOUR });
    const fresh = this.addTenantJob(groupId, names.tenant, { deliveryType: "RESTORE", createdAt: now });
    const snapshots: Record<string, string[]> = {};
    for (const name of Object.values(names)) snapshots[name] = this.snapshotsOf(groupId, name).map((snapshot) => snapshot.id);
    return {
      groupId,
      projectName,
      clusters: names,
      snapshots,
      tenantJobs: { completedRestore: completedRestore.id, completedDownload: completedDownload.id, fresh: fresh.id },
    };
  }
}

const emptySeed: SeedInfo = {
  groupId: "",
  projectName: "",
  clusters: { primary: "", target: "", sharded: "", legacy: "", tenant: "" },
  snapshots: {},
  tenantJobs: { completedRestore: "", completedDownload: "", fresh: "" },
};

function key(groupId: string, clusterName: string): string {
  return `${groupId}/${clusterName}`;
}
