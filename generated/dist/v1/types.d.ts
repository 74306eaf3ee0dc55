/**
 * A cloud backup restore job as Atlas reports it. `deliveryType` says which kind it is, and each
 * kind carries its own fields.
 */
export type CloudBackupRestoreJob = AutomatedCloudBackupRestoreJob | DownloadCloudBackupRestoreJob | PointInTimeCloudBackupRestoreJob;
/** Fields that Atlas reports for a restore job whatever its delivery type. */
export interface CloudBackupRestoreJobBase {
    /**
     * Whether someone cancelled the job.
     *
     * @readonly
     */
    cancelled?: boolean;
    /**
     * When Atlas created the job (ISO 8601, UTC). Lists are sorted on this field, newest first.
     *
     * @format date-time
     * @readonly
     */
    createdAt?: string;
    /**
     * How the snapshot is delivered: `automated` copies it into a target cluster, `download` produces
     * a `.tar.gz` of the data files to fetch, and `pointInTime` runs a Continuous Cloud Backup restore
     * to a chosen moment.
     */
    deliveryType: "automated" | "download" | "pointInTime";
    /**
     * Whether the job has expired.
     *
     * @readonly
     */
    expired?: boolean;
    /**
     * When the job expires (ISO 8601, UTC).
     *
     * @format date-time
     * @readonly
     */
    expiresAt?: string;
    /**
     * Whether the job failed.
     *
     * @readonly
     */
    failed?: boolean;
    /**
     * When the job completed (ISO 8601, UTC).
     *
     * @format date-time
     * @readonly
     */
    finishedAt?: string;
    /**
     * Identifier of the restore job.
     *
     * @readonly
     */
    id?: string;
    /**
     * Links to this job and to related resources (RFC 5988).
     *
     * @readonly
     */
    links?: Link[];
    /**
     * When the snapshot behind `snapshotId` was taken (ISO 8601, UTC).
     *
     * @format date-time
     * @readonly
     */
    timestamp?: string;
}
/** A job that copies a snapshot into a target cluster. */
export interface AutomatedCloudBackupRestoreJob extends CloudBackupRestoreJobBase {
    deliveryType: "automated";
    /**
     * Identifier of the snapshot being restored.
     *
     * @readonly
     */
    snapshotId?: string;
    /**
     * Name of the cluster the snapshot is restored into.
     *
     * @readonly
     */
    targetClusterName?: string;
    /**
     * Project that holds the target cluster.
     *
     * @readonly
     */
    targetGroupId?: string;
}
/** A job that prepares the snapshot's data files as archives to download. */
export interface DownloadCloudBackupRestoreJob extends CloudBackupRestoreJobBase {
    deliveryType: "download";
    /**
     * Identifier of the snapshot being restored.
     *
     * @readonly
     */
    snapshotId?: string;
    /**
     * Addresses of the compressed snapshot files. Empty while Atlas is still preparing them: poll the
     * job until it fills in.
     *
     * @readonly
     */
    deliveryUrl?: string[];
    /**
     * For a sharded cluster, one entry per shard and config server, each with its own download.
     *
     * @readonly
     */
    components?: RestoreJobComponent[];
}
/**
 * A Continuous Cloud Backup restore to a moment, given either as epoch seconds or as an oplog
 * timestamp. Serverless instances report neither oplog field.
 */
export interface PointInTimeCloudBackupRestoreJob extends CloudBackupRestoreJobBase {
    deliveryType: "pointInTime";
    /**
     * First half of the oplog timestamp restored to: seconds since the UNIX epoch. Present when it is
     * greater than 0.
     *
     * @readonly
     */
    oplogTs?: number;
    /**
     * Second half of the oplog timestamp: the ordinal of the operation within that second. Present
     * when `oplogTs` is greater than 0.
     *
     * @readonly
     */
    oplogInc?: number;
    /**
     * The moment restored to, in seconds since the UNIX epoch. Present when greater than 0.
     *
     * @readonly
     */
    pointInTimeUTCSeconds?: number;
    /**
     * Name of the cluster the data is restored into.
     *
     * @readonly
     */
    targetClusterName?: string;
    /**
     * Project that holds the target cluster.
     *
     * @readonly
     */
    targetGroupId?: string;
}
/**
 * The download of one shard or config server of a sharded cluster.
 *
 * @readonly
 */
export interface RestoreJobComponent {
    /**
     * Where to download this part of the snapshot; null when the address has expired, was already
     * used, or does not exist yet.
     */
    downloadUrl?: string | null;
    /** Name of the shard or config server this part belongs to. */
    replicaSetName?: string;
}
/** One page of cloud backup restore jobs. */
export interface CloudBackupRestoreJobPage {
    /**
     * Links to this page and to related resources (RFC 5988).
     *
     * @readonly
     */
    links?: Link[];
    /**
     * The restore jobs on this page, newest first.
     *
     * @readonly
     */
    results: CloudBackupRestoreJob[];
    /**
     * Number of jobs across all pages; may exceed the length of `results`. Left out when
     * `includeCount` is false.
     *
     * @format int32
     * @minimum 0
     * @readonly
     */
    totalCount?: number;
}
/**
 * What to restore and how to deliver it. A download over HTTP restores a snapshot; an automated
 * restore into a target cluster restores exactly one restore point: a snapshot, a checkpoint, an
 * oplog timestamp, or a moment in the last 24 hours.
 */
export type CreateLegacyRestoreJobRequest = LegacyDownloadRestoreJobRequest | LegacyAutomatedRestoreJobRequest;
/** Restore a snapshot as a file to download over HTTP. */
export interface LegacyDownloadRestoreJobRequest extends LegacySnapshotRestorePoint {
    delivery: LegacyHttpDelivery;
}
/** Restore into a target cluster, replacing all of its data, from exactly one restore point. */
export type LegacyAutomatedRestoreJobRequest = {
    delivery: LegacyAutomatedDelivery;
} & LegacyRestorePoint;
/** Deliver the restored data as an archive that can be downloaded over HTTP. */
export interface LegacyHttpDelivery {
    /** Download over HTTP. */
    methodName: "HTTP";
    /**
     * Hours the download address stays valid once the job is complete.
     *
     * @format int32
     * @minimum 1
     */
    expirationHours: number;
    /**
     * How many times the download address may be used.
     *
     * @format int32
     * @minimum 1
     */
    maxDownloads: number;
}
/**
 * Restore into a target cluster, named either by name or by id (exactly one of the two), in the
 * target project. Atlas erases the target cluster's data first.
 */
export type LegacyAutomatedDelivery = {
    /**
     * Restore into a target cluster.
     */
    methodName: "AUTOMATED_RESTORE";
    /**
     * Project that holds the target cluster.
     *
     * @pattern ^([a-f0-9]{24})$
     */
    targetGroupId: string;
} & ({
    /**
     * Name of the target cluster, as Get All Snapshots and Get a Snapshot report it. Use this when
     * backup is not enabled on the target cluster, since those endpoints then omit the cluster id.
     *
     * @pattern ^[a-zA-Z0-9][a-zA-Z0-9-]*$
     * @minLength 1
     * @maxLength 64
     */
    targetClusterName: string;
    targetClusterId?: never;
} | {
    /**
     * Identifier of the target cluster (`clusterId` in Get All Snapshots and Get a Snapshot). Only
     * available when backup is enabled on the target cluster.
     *
     * @pattern ^([a-f0-9]{24})$
     */
    targetClusterId: string;
    targetClusterName?: never;
});
/** Exactly one point to restore to. */
export type LegacyRestorePoint = LegacySnapshotRestorePoint | LegacyCheckpointRestorePoint | LegacyOplogRestorePoint | LegacyPointInTimeRestorePoint;
/** Restore a snapshot. */
export interface LegacySnapshotRestorePoint {
    /**
     * Identifier of the snapshot to restore.
     *
     * @pattern ^([a-f0-9]{24})$
     */
    snapshotId: string;
    checkpointId?: never;
    oplogTs?: never;
    oplogInc?: never;
    pointInTimeUTCMillis?: never;
}
/** Restore a sharded cluster up to a checkpoint (sharded clusters only). */
export interface LegacyCheckpointRestorePoint {
    /**
     * Identifier of the sharded-cluster checkpoint to restore up to.
     *
     * @pattern ^([a-f0-9]{24})$
     */
    checkpointId: string;
    snapshotId?: never;
    oplogTs?: never;
    oplogInc?: never;
    pointInTimeUTCMillis?: never;
}
/**
 * Restore up to and including one oplog entry, named by its timestamp (`oplogTs`) and the ordinal
 * within that second (`oplogInc`). Find the entry by querying `local.oplog.rs`.
 */
export interface LegacyOplogRestorePoint {
    /**
     * Seconds since the UNIX epoch, as a decimal string.
     *
     * @pattern ^[0-9]+$
     */
    oplogTs: string;
    /**
     * The 32-bit ordinal of the operation within that second, as a decimal string.
     *
     * @pattern ^[0-9]+$
     */
    oplogInc: string;
    snapshotId?: never;
    checkpointId?: never;
    pointInTimeUTCMillis?: never;
}
/** Restore up to a moment that lies within the last 24 hours. */
export interface LegacyPointInTimeRestorePoint {
    /**
     * The moment, in milliseconds since the UNIX epoch; it must be less than 24 hours ago.
     *
     * @format int64
     * @minimum 1199145600000
     */
    pointInTimeUTCMillis: number;
    snapshotId?: never;
    checkpointId?: never;
    oplogTs?: never;
    oplogInc?: never;
}
/**
 * What the create call answers with: a page of the jobs it created (the live service), or a single
 * job (the documentation). Tell them apart by the `results` field.
 */
export type LegacyRestoreJobCreated = LegacyRestoreJobPage | LegacyRestoreJob;
/** A page of legacy restore jobs. */
export interface LegacyRestoreJobPage {
    /**
     * Links to this page and to related resources (RFC 5988).
     *
     * @readonly
     */
    links?: Link[];
    /**
     * The restore jobs.
     *
     * @readonly
     */
    results: LegacyRestoreJob[];
    /**
     * Number of jobs across all pages.
     *
     * @format int32
     * @minimum 0
     * @readonly
     */
    totalCount?: number;
}
/** A legacy backup restore job as Atlas reports it. */
export interface LegacyRestoreJob {
    /**
     * For a sharded cluster, the batch that groups the jobs of all its shards.
     *
     * @readonly
     */
    batchId?: string;
    /**
     * Identifier of the cluster this job restores.
     *
     * @readonly
     */
    clusterId?: string;
    /**
     * When the job was requested (ISO 8601, UTC).
     *
     * @format date-time
     * @readonly
     */
    created?: string;
    delivery: LegacyRestoreJobDelivery;
    /**
     * Whether the restored data is encrypted.
     *
     * @readonly
     */
    encryptionEnabled?: boolean;
    /**
     * Project that owns the job.
     *
     * @readonly
     */
    groupId?: string;
    /**
     * Checksums of the restore files, present once they have been downloaded. An HTTP restore has a
     * single entry, for its `.tar.gz` file.
     *
     * @readonly
     */
    hashes?: LegacyRestoreFileHash[];
    /**
     * Identifier of the restore job.
     *
     * @readonly
     */
    id?: string;
    /**
     * Links to this job and to related resources (RFC 5988).
     *
     * @readonly
     */
    links?: Link[];
    /**
     * The KMIP master key that encrypts the snapshot data; present only when `encryptionEnabled` is
     * true.
     *
     * @format uuid
     * @readonly
     */
    masterKeyUUID?: string;
    /**
     * The snapshot being restored.
     *
     * @readonly
     */
    snapshotId?: string;
    /**
     * Where the job stands.
     *
     * @readonly
     */
    statusName?: "FINISHED" | "IN_PROGRESS" | "BROKEN" | "KILLED";
    timestamp?: LegacyOplogTimestamp;
}
/**
 * How the restored data is delivered, and how far the delivery has got.
 *
 * @readonly
 */
export interface LegacyRestoreJobDelivery {
    /**
     * Hours the download address stays valid once the job is complete (HTTP only).
     *
     * @format int32
     * @minimum 1
     */
    expirationHours?: number;
    /**
     * When the download address stops working (ISO 8601, UTC; HTTP only).
     *
     * @format date-time
     */
    expires?: string;
    /**
     * How many times the download address may be used (HTTP only).
     *
     * @format int32
     * @minimum 1
     */
    maxDownloads?: number;
    /**
     * How the data is delivered. An automated restore is reported as `HTTP`, since Atlas uses HTTP to
     * move the data to the target host.
     */
    methodName: "HTTP" | "QUERY" | "AUTOMATED_RESTORE" | "CLIENT_PIT_HTTP" | "THIRD_PARTY_COPY" | "CLIENT_PIT_SCP" | "SCP";
    /** Where the preparation of the downloadable file stands. */
    statusName?: "NOT_STARTED" | "IN_PROGRESS" | "READY" | "FAILED" | "INTERRUPTED" | "EXPIRED" | "MAX_DOWNLOADS_EXCEEDED" | "PENDING";
    /** Where to download the restored data (HTTP only). */
    url?: string;
}
/**
 * The checksum of one downloaded restore file.
 *
 * @readonly
 */
export interface LegacyRestoreFileHash {
    /** The hash algorithm; Atlas uses SHA-1. */
    typeName?: "SHA1";
    /** The file the checksum belongs to. */
    fileName?: string;
    /** The checksum itself. */
    hash?: string;
}
/**
 * The oplog entry at which the snapshot was taken.
 *
 * @readonly
 */
export interface LegacyOplogTimestamp {
    /**
     * When the latest oplog entry in the restored snapshot was written (ISO 8601, UTC).
     *
     * @format date-time
     */
    date?: string;
    /** Ordinal of that entry among the operations of the same second. */
    increment?: number | string;
}
/**
 * The body Atlas sends with every error status. `error` repeats the HTTP status and `errorCode`
 * names the failure in a stable, machine-readable way.
 */
export interface ApiError {
    badRequestDetail?: BadRequestDetail;
    /** What went wrong in this particular request, in words. */
    detail?: string | null;
    /**
     * The HTTP status code of this error, repeated in the body.
     *
     * @format int32
     * @readonly
     */
    error: number;
    /**
     * Stable identifier of the kind of failure, such as `RESOURCE_NOT_FOUND`.
     *
     * @readonly
     */
    errorCode: string;
    /**
     * Values that fill in the error message, when Atlas supplies any.
     *
     * @readonly
     */
    parameters?: Record<string, unknown>[];
    /**
     * Short name of the HTTP status, such as `Not Found`.
     *
     * @readonly
     */
    reason?: string | null;
}
/** A typed link from this resource to a related resource (RFC 5988 web linking). */
export interface Link {
    /**
     * Address of the related resource, usually under `https://cloud.mongodb.com/api/atlas`.
     *
     * @example "https://cloud.mongodb.com/api/atlas"
     */
    href?: string;
    /**
     * How the related resource relates to this one: `self`, or a relation URL such as
     * `http://mms.mongodb.com/cluster`.
     *
     * @example "self"
     */
    rel?: string;
}
/**
 * For a rejected request, the individual problems Atlas found in it.
 *
 * @readonly
 */
export type BadRequestDetail = {
    /**
     * One entry per field of the request that Atlas refused.
     */
    fields?: FieldViolation[];
} | null;
/** One refused field of a request and why it was refused. */
export interface FieldViolation {
    /** Why Atlas refused this field. */
    description: string;
    /** Path to the refused field inside the request body. */
    field: string;
}
