import { AtlasApiError, pageItems, pages, } from "../runtime/index.js";
/** Where the service this API describes lives; pass it as `baseUrl` to `createClient`. */
export const defaultBaseUrl = "https://cloud.mongodb.com";
const pattern1 = new RegExp("^([a-f0-9]{24})$", "u");
const pattern2 = new RegExp("^[a-zA-Z0-9][a-zA-Z0-9-]*$", "u");
/** How {@link listBackupRestoreJobs} is sent: method, path, parameters and media types. */
export const listBackupRestoreJobsOperation = {
    operationId: "listBackupRestoreJobs",
    method: "GET",
    path: "/api/atlas/v1.0/groups/{GROUP-ID}/clusters/{CLUSTER-NAME}/backup/restoreJobs",
    parameters: [
        {
            name: "GROUP-ID",
            key: "groupId",
            in: "path",
            required: true,
            pattern: pattern1,
            minLength: 24,
            maxLength: 24,
        },
        {
            name: "CLUSTER-NAME",
            key: "clusterName",
            in: "path",
            required: true,
            pattern: pattern2,
            minLength: 1,
            maxLength: 64,
        },
        { name: "pageNum", key: "pageNum", in: "query", required: false },
        { name: "itemsPerPage", key: "itemsPerPage", in: "query", required: false },
        { name: "includeCount", key: "includeCount", in: "query", required: false },
        { name: "pretty", key: "pretty", in: "query", required: false },
        { name: "envelope", key: "envelope", in: "query", required: false },
    ],
    responseMediaType: "application/json",
    responseFormat: "json",
    successStatuses: [200],
    errorStatuses: [],
    deprecated: true,
};
/** Whether `error` is the {@link AtlasApiError} a call to {@link listBackupRestoreJobs} rejected with, typed by its documented statuses. */
export function isListBackupRestoreJobsError(error) {
    return error instanceof AtlasApiError && error.operationId === "listBackupRestoreJobs";
}
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
export function listBackupRestoreJobs(client, parameters, options) {
    return client.send(listBackupRestoreJobsOperation, {
        parameters,
        options,
    });
}
/** Every page of {@link listBackupRestoreJobs}, from `pageNum` (default 1) on, fetched one at a time as you iterate; memory stays constant however many pages there are. */
export function listBackupRestoreJobsPages(client, parameters, options) {
    return pages(client, listBackupRestoreJobsOperation, parameters, options, 100);
}
/** Every result of every page of {@link listBackupRestoreJobs}, one at a time. */
export function listBackupRestoreJobsItems(client, parameters, options) {
    return pageItems(listBackupRestoreJobsPages(client, parameters, options));
}
/** How {@link getBackupRestoreJob} is sent: method, path, parameters and media types. */
export const getBackupRestoreJobOperation = {
    operationId: "getBackupRestoreJob",
    method: "GET",
    path: "/api/atlas/v1.0/groups/{GROUP-ID}/clusters/{CLUSTER-NAME}/backup/restoreJobs/{RESTORE-JOB-ID}",
    parameters: [
        {
            name: "GROUP-ID",
            key: "groupId",
            in: "path",
            required: true,
            pattern: pattern1,
            minLength: 24,
            maxLength: 24,
        },
        {
            name: "CLUSTER-NAME",
            key: "clusterName",
            in: "path",
            required: true,
            pattern: pattern2,
            minLength: 1,
            maxLength: 64,
        },
        {
            name: "RESTORE-JOB-ID",
            key: "restoreJobId",
            in: "path",
            required: true,
            pattern: pattern1,
            minLength: 24,
            maxLength: 24,
        },
        { name: "pretty", key: "pretty", in: "query", required: false },
        { name: "envelope", key: "envelope", in: "query", required: false },
    ],
    responseMediaType: "application/json",
    responseFormat: "json",
    successStatuses: [200],
    errorStatuses: [],
    deprecated: true,
};
/** Whether `error` is the {@link AtlasApiError} a call to {@link getBackupRestoreJob} rejected with, typed by its documented statuses. */
export function isGetBackupRestoreJobError(error) {
    return error instanceof AtlasApiError && error.operationId === "getBackupRestoreJob";
}
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
export function getBackupRestoreJob(client, parameters, options) {
    return client.send(getBackupRestoreJobOperation, {
        parameters,
        options,
    });
}
/** How {@link createLegacyBackupRestoreJob} is sent: method, path, parameters and media types. */
export const createLegacyBackupRestoreJobOperation = {
    operationId: "createLegacyBackupRestoreJob",
    method: "POST",
    path: "/api/atlas/v1.0/groups/{GROUP-ID}/clusters/{CLUSTER-NAME}/restoreJobs",
    parameters: [
        {
            name: "GROUP-ID",
            key: "groupId",
            in: "path",
            required: true,
            pattern: pattern1,
            minLength: 24,
            maxLength: 24,
        },
        {
            name: "CLUSTER-NAME",
            key: "clusterName",
            in: "path",
            required: true,
            pattern: pattern2,
            minLength: 1,
            maxLength: 64,
        },
        { name: "pretty", key: "pretty", in: "query", required: false },
        { name: "envelope", key: "envelope", in: "query", required: false },
    ],
    requestMediaType: "application/json",
    requestFormat: "json",
    responseMediaType: "application/json",
    responseFormat: "json",
    successStatuses: [200],
    errorStatuses: [],
    deprecated: true,
};
/** Whether `error` is the {@link AtlasApiError} a call to {@link createLegacyBackupRestoreJob} rejected with, typed by its documented statuses. */
export function isCreateLegacyBackupRestoreJobError(error) {
    return error instanceof AtlasApiError && error.operationId === "createLegacyBackupRestoreJob";
}
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
export function createLegacyBackupRestoreJob(client, parameters, body, options) {
    return client.send(createLegacyBackupRestoreJobOperation, {
        parameters,
        body,
        options,
    });
}
