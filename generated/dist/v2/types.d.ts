/**
 * The restore to start. `deliveryType` picks the kind, and each kind requires its own fields: an
 * automated restore names a snapshot and a target cluster, a download names a snapshot, and a
 * point-in-time restore names a target cluster and either a moment or an oplog timestamp.
 */
export type CreateBackupRestoreJobRequest = AutomatedRestoreJobRequest | DownloadRestoreJobRequest | PointInTimeRestoreJobRequest;
/** Copy a snapshot into a target cluster, replacing its data. */
export interface AutomatedRestoreJobRequest {
    /** Restore the snapshot into the target cluster. */
    deliveryType: "automated";
    snapshotId: SnapshotId;
    targetClusterName: TargetClusterName;
    targetGroupId: TargetGroupId;
    oplogTs?: never;
    oplogInc?: never;
    pointInTimeUTCSeconds?: never;
}
/**
 * Prepare the snapshot's data files as a `.tar.gz` archive to download. A cloud backup allows one
 * download at a time, and a project at most 20 at a time.
 */
export interface DownloadRestoreJobRequest {
    /** Produce a download of the snapshot. */
    deliveryType: "download";
    snapshotId: SnapshotId;
    oplogTs?: never;
    oplogInc?: never;
    pointInTimeUTCSeconds?: never;
}
/**
 * Restore a target cluster to a moment with Continuous Cloud Backup, given either as epoch seconds
 * (`pointInTimeUTCSeconds`) or as an oplog timestamp (`oplogTs` with `oplogInc`), never both.
 */
export type PointInTimeRestoreJobRequest = {
    /**
     * Restore to a moment in time.
     */
    deliveryType: "pointInTime";
    targetClusterName: TargetClusterName;
    targetGroupId: TargetGroupId;
    snapshotId?: never;
} & (PointInTimeBySeconds | PointInTimeByOplog);
/** The moment to restore to, in seconds since the UNIX epoch. */
export interface PointInTimeBySeconds {
    /**
     * Seconds since the UNIX epoch (at least 1199145600, 2008-01-01).
     *
     * @format int32
     * @minimum 1199145600
     */
    pointInTimeUTCSeconds: number;
    oplogTs?: never;
    oplogInc?: never;
}
/**
 * The oplog entry to restore up to: its timestamp in epoch seconds and the ordinal of the
 * operation within that second.
 */
export interface PointInTimeByOplog {
    /**
     * First half of the oplog timestamp, in seconds since the UNIX epoch.
     *
     * @format int32
     * @minimum 1199145600
     */
    oplogTs: number;
    /**
     * Second half of the oplog timestamp, the operation's ordinal within that second.
     *
     * @format int32
     * @minimum 1
     */
    oplogInc: number;
    pointInTimeUTCSeconds?: never;
}
/**
 * The snapshot's 24-hex-digit identifier.
 *
 * @pattern ^([a-f0-9]{24})$
 * @minLength 24
 * @maxLength 24
 * @example "32b6e34b3d91647abb20e7b8"
 */
export type SnapshotId = string;
/**
 * Name of the cluster that receives the restored data.
 *
 * @pattern ^[a-zA-Z0-9][a-zA-Z0-9-]*$
 * @minLength 1
 * @maxLength 64
 * @example "MyOtherCluster"
 */
export type TargetClusterName = string;
/**
 * The 24-hex-digit identifier of the project that holds the target cluster.
 *
 * @pattern ^([a-f0-9]{24})$
 * @minLength 24
 * @maxLength 24
 * @example "32b6e34b3d91647abb20e7b8"
 */
export type TargetGroupId = string;
/**
 * A cloud backup restore job as Atlas reports it. `deliveryType` says which kind it is, and each
 * kind carries its own fields.
 */
export type CloudBackupRestoreJob = AutomatedCloudBackupRestoreJob | DownloadCloudBackupRestoreJob | PointInTimeCloudBackupRestoreJob;
/** Fields Atlas reports for a restore job whatever its delivery type. */
export interface CloudBackupRestoreJobBase {
    /**
     * Whether someone cancelled the job.
     *
     * @readonly
     */
    cancelled?: boolean;
    /**
     * For a sharded cluster, the state of the restore of each replica set.
     *
     * @readonly
     */
    components?: RestoreJobComponent[];
    /**
     * How the snapshot is delivered: `automated` into a target cluster, `download` as archives to
     * fetch, `pointInTime` as a restore of a target cluster to a moment.
     */
    deliveryType: "automated" | "download" | "pointInTime";
    desiredTimestamp?: BsonTimestamp;
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
     * The job's 24-hex-digit identifier.
     *
     * @pattern ^([a-f0-9]{24})$
     * @minLength 24
     * @maxLength 24
     * @readonly
     * @example "32b6e34b3d91647abb20e7b8"
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
    snapshotId?: SnapshotId;
    targetClusterName?: TargetClusterName;
    targetGroupId?: TargetGroupId;
}
/** A job that prepares the snapshot's data files as archives to download. */
export interface DownloadCloudBackupRestoreJob extends CloudBackupRestoreJobBase {
    deliveryType: "download";
    snapshotId?: SnapshotId;
    /**
     * Addresses of the compressed snapshot files; empty until Atlas has prepared them.
     *
     * @readonly
     */
    deliveryUrl?: string[];
    /**
     * The same files, reachable through private endpoints, when the download can be made privately.
     *
     * @readonly
     */
    privateDownloadDeliveryUrls?: PrivateDownloadDeliveryUrl[];
}
/** A restore of a target cluster to a moment, given as epoch seconds or as an oplog timestamp. */
export interface PointInTimeCloudBackupRestoreJob extends CloudBackupRestoreJobBase {
    deliveryType: "pointInTime";
    /**
     * First half of the oplog timestamp restored to, in seconds since the UNIX epoch; present when
     * greater than 0.
     *
     * @format int32
     * @minimum 1199145600
     */
    oplogTs?: number;
    /**
     * Second half of the oplog timestamp; present when `oplogTs` is greater than 0.
     *
     * @format int32
     * @minimum 1
     */
    oplogInc?: number;
    /**
     * The moment restored to, in seconds since the UNIX epoch; present when greater than 0.
     *
     * @format int32
     * @minimum 1199145600
     */
    pointInTimeUTCSeconds?: number;
    targetClusterName?: TargetClusterName;
    targetGroupId?: TargetGroupId;
}
/**
 * The restore of one replica set of a sharded cluster.
 *
 * @readonly
 */
export interface RestoreJobComponent {
    /**
     * Where to download this replica set's snapshot files (download jobs only); null when not
     * available.
     */
    downloadUrl?: string | null;
    /**
     * This replica set's files, reachable through private endpoints.
     *
     * @readonly
     */
    privateDownloadDeliveryUrls?: PrivateDownloadDeliveryUrl[];
    /** Name of the replica set on the sharded cluster. */
    replicaSetName?: string;
}
/**
 * One download address together with the private endpoint it is served through.
 *
 * @readonly
 */
export interface PrivateDownloadDeliveryUrl {
    /** Address of the compressed snapshot file. */
    deliveryUrl?: string;
    /**
     * Identifier of the private endpoint.
     *
     * @pattern ^vpce-[0-9a-f]{17}$
     * @example "vpce-3bf78b0ddee411ba1"
     */
    endpointId?: string;
}
/**
 * A BSON timestamp of the oplog entry of the checkpoint token.
 *
 * @readonly
 */
export interface BsonTimestamp {
    /**
     * When the oplog recorded the operation (ISO 8601, UTC).
     *
     * @format date-time
     */
    date?: string;
    /**
     * Ordinal of the operation among those recorded in the same second.
     *
     * @format int32
     */
    increment?: number;
}
/**
 * A restore job of an M2, M5 or Flex cluster. `deliveryType` says whether the snapshot is restored
 * into a cluster (`RESTORE`) or offered for download (`DOWNLOAD`).
 */
export type TenantRestoreJob = RestoreTenantRestoreJob | DownloadTenantRestoreJob;
/**
 * Fields Atlas reports for a tenant restore job of either kind.
 *
 * @readonly
 */
export interface TenantRestoreJobBase {
    /**
     * Name of the source cluster.
     *
     * @pattern ^[a-zA-Z0-9][a-zA-Z0-9-]*$
     */
    clusterName?: string;
    /** Whether the snapshot is restored into a cluster or offered as a download. */
    deliveryType: "RESTORE" | "DOWNLOAD";
    /**
     * The restore job's 24-hex-digit identifier.
     *
     * @pattern ^([a-f0-9]{24})$
     */
    id?: string;
    /** Links to this job and to related resources (RFC 5988). */
    links?: Link[];
    /**
     * The project the restore job started from.
     *
     * @pattern ^([a-f0-9]{24})$
     */
    projectId?: string;
    /**
     * When Atlas finished writing the snapshot, at which point the job's status becomes `CLOSED` (ISO
     * 8601, UTC).
     *
     * @format date-time
     */
    restoreFinishedDate?: string;
    /**
     * When Atlas will restore the snapshot (ISO 8601, UTC).
     *
     * @format date-time
     */
    restoreScheduledDate?: string;
    /**
     * When Atlas finished writing the snapshot (ISO 8601, UTC).
     *
     * @format date-time
     */
    snapshotFinishedDate?: string;
    /**
     * The snapshot being restored.
     *
     * @pattern ^([a-f0-9]{24})$
     */
    snapshotId: string;
    /** Which phase of the restore workflow the job was in when Atlas answered. */
    status?: "PENDING" | "QUEUED" | "RUNNING" | "FAILED" | "COMPLETED";
    /**
     * Name of the cluster in the target project that receives the snapshot; any tier from M2 upward.
     *
     * @pattern ^[\p{L}\p{N}\-_.(),:&@+']{1,64}$
     */
    targetDeploymentItemName: string;
    /**
     * The project that holds the target cluster.
     *
     * @pattern ^([a-f0-9]{24})$
     */
    targetProjectId?: string;
}
/** A tenant restore job that restores the snapshot into a cluster. */
export interface RestoreTenantRestoreJob extends TenantRestoreJobBase {
    deliveryType: "RESTORE";
}
/** A tenant restore job that offers the snapshot as a download. */
export interface DownloadTenantRestoreJob extends TenantRestoreJobBase {
    deliveryType: "DOWNLOAD";
    /**
     * When the download address stops working (ISO 8601, UTC).
     *
     * @format date-time
     */
    expirationDate?: string;
    /** Where to download the compressed snapshot files. */
    snapshotUrl?: string;
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
