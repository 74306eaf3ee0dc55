import type { CloudBackupRestoreJob, CreateBackupRestoreJobRequest, TenantRestoreJob } from "./types.js";
import { AtlasApiError, type Client, type OperationDescriptor, type RequestOptions } from "../runtime/index.js";
/** Where the service this API describes lives; pass it as `baseUrl` to `createClient`. */
export declare const defaultBaseUrl: string;
/** Path, query and header parameters of {@link createBackupRestoreJob}. */
export interface CreateBackupRestoreJobParameters {
    /**
     * The project's 24-hex-digit identifier. Projects and groups are the same thing; the paths say
     * groups. The /groups endpoint lists the projects the caller can reach.
     *
     * In the path.
     *
     * @pattern ^([a-f0-9]{24})$
     * @minLength 24
     * @maxLength 24
     * @example "32b6e34b3d91647abb20e7b8"
     */
    groupId: string;
    /**
     * Name of the cluster whose snapshot is restored.
     *
     * In the path.
     *
     * @pattern ^[a-zA-Z0-9][a-zA-Z0-9-]*$
     * @minLength 1
     * @maxLength 64
     * @example "MyCluster"
     */
    clusterName: string;
    /**
     * When true, Atlas wraps the answer in a JSON object and reports the HTTP status inside the body,
     * for clients that cannot read response headers or status codes. A single resource comes back as
     * `{ "status": <code>, "content": <resource> }`; a list keeps its `results` array and gains a
     * `status` field.
     *
     * In the query.
     *
     * @defaultValue false
     */
    envelope?: boolean;
    /**
     * When true, Atlas indents the JSON it returns so a person can read it.
     *
     * In the query.
     *
     * @defaultValue false
     */
    pretty?: boolean;
}
/** HTTP statuses that {@link createBackupRestoreJob} documents as errors; they reject with {@link AtlasApiError}. */
export type CreateBackupRestoreJobErrorStatus = 400 | 401 | 403 | 404 | 409 | 429 | 500;
/** How {@link createBackupRestoreJob} is sent: method, path, parameters and media types. */
export declare const createBackupRestoreJobOperation: OperationDescriptor;
/** Whether `error` is the {@link AtlasApiError} a call to {@link createBackupRestoreJob} rejected with, typed by its documented statuses. */
export declare function isCreateBackupRestoreJobError(error: unknown): error is AtlasApiError<CreateBackupRestoreJobErrorStatus>;
/**
 * Restore One Snapshot of One Cluster
 *
 * Starts a restore job for one cluster of a project: copy a snapshot into a target cluster,
 * prepare it for download, or restore a target cluster to a moment in time. Atlas takes on-demand
 * snapshots at once and scheduled ones at intervals; while an on-demand snapshot is `queued` or
 * `inProgress`, wait for it to finish before asking for another.
 *
 * Requires the Project Owner role.
 *
 * @param client - The client from `createClient`.
 * @param parameters - Path and query parameters.
 * @param body - The request body.
 * @param options - Per-call options: abort signal, extra headers.
 * @throws {@link AtlasApiError} on a 400, 401, 403, 404, 409, 429, 500 answer (see {@link CreateBackupRestoreJobErrorStatus}).
 * @throws {@link AtlasRequestError} when a parameter is invalid; nothing is sent then.
 */
export declare function createBackupRestoreJob(client: Client, parameters: CreateBackupRestoreJobParameters, body: CreateBackupRestoreJobRequest, options?: RequestOptions): Promise<CloudBackupRestoreJob>;
/** Path, query and header parameters of {@link getBackupTenantRestore}. */
export interface GetBackupTenantRestoreParameters {
    /**
     * The project's 24-hex-digit identifier. Projects and groups are the same thing; the paths say
     * groups. The /groups endpoint lists the projects the caller can reach.
     *
     * In the path.
     *
     * @pattern ^([a-f0-9]{24})$
     * @minLength 24
     * @maxLength 24
     * @example "32b6e34b3d91647abb20e7b8"
     */
    groupId: string;
    /**
     * Name of the M2, M5 or Flex cluster.
     *
     * In the path.
     *
     * @pattern ^[a-zA-Z0-9][a-zA-Z0-9-]*$
     * @example "MyCluster"
     */
    clusterName: string;
    /**
     * Identifier of the restore job to read.
     *
     * In the path.
     *
     * @pattern ^([a-f0-9]{24})$
     * @example "32b6e34b3d91647abb20e7b8"
     */
    restoreId: string;
    /**
     * When true, Atlas wraps the answer in a JSON object and reports the HTTP status inside the body,
     * for clients that cannot read response headers or status codes. A single resource comes back as
     * `{ "status": <code>, "content": <resource> }`; a list keeps its `results` array and gains a
     * `status` field.
     *
     * In the query.
     *
     * @defaultValue false
     */
    envelope?: boolean;
    /**
     * When true, Atlas indents the JSON it returns so a person can read it.
     *
     * In the query.
     *
     * @defaultValue false
     */
    pretty?: boolean;
}
/** HTTP statuses that {@link getBackupTenantRestore} documents as errors; they reject with {@link AtlasApiError}. */
export type GetBackupTenantRestoreErrorStatus = 400 | 401 | 403 | 404 | 410 | 429 | 500;
/** How {@link getBackupTenantRestore} is sent: method, path, parameters and media types. */
export declare const getBackupTenantRestoreOperation: OperationDescriptor;
/** Whether `error` is the {@link AtlasApiError} a call to {@link getBackupTenantRestore} rejected with, typed by its documented statuses. */
export declare function isGetBackupTenantRestoreError(error: unknown): error is AtlasApiError<GetBackupTenantRestoreErrorStatus>;
/**
 * Return One Restore Job for One M2 or M5 Cluster
 *
 * Reads one restore job of an M2 or M5 cluster, or of a Flex cluster created through createCluster
 * or migrated from M2/M5. Deprecated: use getFlexBackupRestoreJob instead; this operation is
 * sunset in January 2026.
 *
 * Requires the Project Read Only role.
 *
 * @param client - The client from `createClient`.
 * @param parameters - Path and query parameters.
 * @param options - Per-call options: abort signal, extra headers.
 * @throws {@link AtlasApiError} on a 400, 401, 403, 404, 410, 429, 500 answer (see {@link GetBackupTenantRestoreErrorStatus}).
 * @throws {@link AtlasRequestError} when a parameter is invalid; nothing is sent then.
 * @deprecated Atlas marks this operation deprecated. Atlas stops serving it after 2026-01-22.
 */
export declare function getBackupTenantRestore(client: Client, parameters: GetBackupTenantRestoreParameters, options?: RequestOptions): Promise<TenantRestoreJob>;
