import type { CloudBackupRestoreJob, CloudBackupRestoreJobPage, CreateLegacyRestoreJobRequest, LegacyRestoreJobCreated } from "./types.js";
import { AtlasApiError, type Client, type OperationDescriptor, type RequestOptions } from "../runtime/index.js";
/** Where the service this API describes lives; pass it as `baseUrl` to `createClient`. */
export declare const defaultBaseUrl: string;
/** Path, query and header parameters of {@link listBackupRestoreJobs}. */
export interface ListBackupRestoreJobsParameters {
    /**
     * Identifier of the project (also called group) that owns the cluster. Projects and groups are the
     * same thing; the paths say groups.
     *
     * Sent as `GROUP-ID` in the path.
     *
     * @pattern ^([a-f0-9]{24})$
     * @minLength 24
     * @maxLength 24
     * @example "32b6e34b3d91647abb20e7b8"
     */
    groupId: string;
    /**
     * Name of the Atlas cluster whose restore jobs are read or created.
     *
     * Sent as `CLUSTER-NAME` in the path.
     *
     * @pattern ^[a-zA-Z0-9][a-zA-Z0-9-]*$
     * @minLength 1
     * @maxLength 64
     * @example "MyCluster"
     */
    clusterName: string;
    /**
     * One-based number of the page of results to return.
     *
     * In the query.
     *
     * @format int32
     * @minimum 1
     * @defaultValue 1
     */
    pageNum?: number;
    /**
     * How many results one page holds. Atlas refuses more than 500.
     *
     * In the query.
     *
     * @format int32
     * @minimum 1
     * @maximum 500
     * @defaultValue 100
     */
    itemsPerPage?: number;
    /**
     * When true, the page carries `totalCount`, the number of results across all pages.
     *
     * In the query.
     *
     * @defaultValue true
     */
    includeCount?: boolean;
    /**
     * When true, Atlas indents the JSON it returns so a person can read it.
     *
     * In the query.
     *
     * @defaultValue false
     */
    pretty?: boolean;
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
}
/** HTTP statuses that {@link listBackupRestoreJobs} documents as errors; they reject with {@link AtlasApiError}. */
export type ListBackupRestoreJobsErrorStatus = number;
/** How {@link listBackupRestoreJobs} is sent: method, path, parameters and media types. */
export declare const listBackupRestoreJobsOperation: OperationDescriptor;
/** Whether `error` is the {@link AtlasApiError} a call to {@link listBackupRestoreJobs} rejected with, typed by its documented statuses. */
export declare function isListBackupRestoreJobsError(error: unknown): error is AtlasApiError<ListBackupRestoreJobsErrorStatus>;
/**
 * Get All Cloud Backup Restore Jobs
 *
 * Lists the cloud backup restore jobs of one cluster a page at a time, newest first (by
 * `createdAt`).
 *
 * Requires the Project Read Only role.
 *
 * @param client - The client from `createClient`.
 * @param parameters - Path and query parameters.
 * @param options - Per-call options: abort signal, extra headers.
 * @throws {@link AtlasApiError} on any error answer (see {@link ListBackupRestoreJobsErrorStatus}).
 * @throws {@link AtlasRequestError} when a parameter is invalid; nothing is sent then.
 * @deprecated Atlas marks this operation deprecated.
 */
export declare function listBackupRestoreJobs(client: Client, parameters: ListBackupRestoreJobsParameters, options?: RequestOptions): Promise<CloudBackupRestoreJobPage>;
/** Every page of {@link listBackupRestoreJobs}, from `pageNum` (default 1) on, fetched one at a time as you iterate; memory stays constant however many pages there are. */
export declare function listBackupRestoreJobsPages(client: Client, parameters: ListBackupRestoreJobsParameters, options?: RequestOptions): AsyncGenerator<CloudBackupRestoreJobPage, void, undefined>;
/** Every result of every page of {@link listBackupRestoreJobs}, one at a time. */
export declare function listBackupRestoreJobsItems(client: Client, parameters: ListBackupRestoreJobsParameters, options?: RequestOptions): AsyncGenerator<CloudBackupRestoreJob, void, undefined>;
/** Path, query and header parameters of {@link getBackupRestoreJob}. */
export interface GetBackupRestoreJobParameters {
    /**
     * Identifier of the project (also called group) that owns the cluster. Projects and groups are the
     * same thing; the paths say groups.
     *
     * Sent as `GROUP-ID` in the path.
     *
     * @pattern ^([a-f0-9]{24})$
     * @minLength 24
     * @maxLength 24
     * @example "32b6e34b3d91647abb20e7b8"
     */
    groupId: string;
    /**
     * Name of the Atlas cluster whose restore jobs are read or created.
     *
     * Sent as `CLUSTER-NAME` in the path.
     *
     * @pattern ^[a-zA-Z0-9][a-zA-Z0-9-]*$
     * @minLength 1
     * @maxLength 64
     * @example "MyCluster"
     */
    clusterName: string;
    /**
     * Identifier of the restore job to read.
     *
     * Sent as `RESTORE-JOB-ID` in the path.
     *
     * @pattern ^([a-f0-9]{24})$
     * @minLength 24
     * @maxLength 24
     * @example "32b6e34b3d91647abb20e7b8"
     */
    restoreJobId: string;
    /**
     * When true, Atlas indents the JSON it returns so a person can read it.
     *
     * In the query.
     *
     * @defaultValue false
     */
    pretty?: boolean;
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
}
/** HTTP statuses that {@link getBackupRestoreJob} documents as errors; they reject with {@link AtlasApiError}. */
export type GetBackupRestoreJobErrorStatus = number;
/** How {@link getBackupRestoreJob} is sent: method, path, parameters and media types. */
export declare const getBackupRestoreJobOperation: OperationDescriptor;
/** Whether `error` is the {@link AtlasApiError} a call to {@link getBackupRestoreJob} rejected with, typed by its documented statuses. */
export declare function isGetBackupRestoreJobError(error: unknown): error is AtlasApiError<GetBackupRestoreJobErrorStatus>;
/**
 * Get One Cloud Backup Restore Job
 *
 * Reads one cloud backup restore job of one cluster.
 *
 * Requires the Project Read Only role.
 *
 * @param client - The client from `createClient`.
 * @param parameters - Path and query parameters.
 * @param options - Per-call options: abort signal, extra headers.
 * @throws {@link AtlasApiError} on any error answer (see {@link GetBackupRestoreJobErrorStatus}).
 * @throws {@link AtlasRequestError} when a parameter is invalid; nothing is sent then.
 * @deprecated Atlas marks this operation deprecated.
 */
export declare function getBackupRestoreJob(client: Client, parameters: GetBackupRestoreJobParameters, options?: RequestOptions): Promise<CloudBackupRestoreJob>;
/** Path, query and header parameters of {@link createLegacyBackupRestoreJob}. */
export interface CreateLegacyBackupRestoreJobParameters {
    /**
     * Identifier of the project (also called group) that owns the cluster. Projects and groups are the
     * same thing; the paths say groups.
     *
     * Sent as `GROUP-ID` in the path.
     *
     * @pattern ^([a-f0-9]{24})$
     * @minLength 24
     * @maxLength 24
     * @example "32b6e34b3d91647abb20e7b8"
     */
    groupId: string;
    /**
     * Name of the Atlas cluster whose restore jobs are read or created.
     *
     * Sent as `CLUSTER-NAME` in the path.
     *
     * @pattern ^[a-zA-Z0-9][a-zA-Z0-9-]*$
     * @minLength 1
     * @maxLength 64
     * @example "MyCluster"
     */
    clusterName: string;
    /**
     * When true, Atlas indents the JSON it returns so a person can read it.
     *
     * In the query.
     *
     * @defaultValue false
     */
    pretty?: boolean;
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
}
/** HTTP statuses that {@link createLegacyBackupRestoreJob} documents as errors; they reject with {@link AtlasApiError}. */
export type CreateLegacyBackupRestoreJobErrorStatus = number;
/** How {@link createLegacyBackupRestoreJob} is sent: method, path, parameters and media types. */
export declare const createLegacyBackupRestoreJobOperation: OperationDescriptor;
/** Whether `error` is the {@link AtlasApiError} a call to {@link createLegacyBackupRestoreJob} rejected with, typed by its documented statuses. */
export declare function isCreateLegacyBackupRestoreJobError(error: unknown): error is AtlasApiError<CreateLegacyBackupRestoreJobErrorStatus>;
/**
 * Create One Legacy Backup Restore Job
 *
 * Starts a restore from a legacy backup of one cluster, either as a download over HTTP or as an
 * automated restore into a target cluster. An automated restore erases every existing document on
 * the target cluster before it copies the backup in. Checkpoint restores of sharded clusters and
 * restores of queryable snapshots cannot be started here. Legacy backup stopped accepting new
 * clusters on 23 March 2020.
 *
 * Requires the Project Owner role.
 *
 * @param client - The client from `createClient`.
 * @param parameters - Path and query parameters.
 * @param body - The request body.
 * @param options - Per-call options: abort signal, extra headers.
 * @throws {@link AtlasApiError} on any error answer (see {@link CreateLegacyBackupRestoreJobErrorStatus}).
 * @throws {@link AtlasRequestError} when a parameter is invalid; nothing is sent then.
 * @deprecated Atlas marks this operation deprecated.
 */
export declare function createLegacyBackupRestoreJob(client: Client, parameters: CreateLegacyBackupRestoreJobParameters, body: CreateLegacyRestoreJobRequest, options?: RequestOptions): Promise<LegacyRestoreJobCreated>;
