import { AtlasApiError, } from "../runtime/index.js";
/** Where the service this API describes lives; pass it as `baseUrl` to `createClient`. */
export const defaultBaseUrl = "https://cloud.mongodb.com";
const pattern1 = new RegExp("^([a-f0-9]{24})$", "u");
const pattern2 = new RegExp("^[a-zA-Z0-9][a-zA-Z0-9-]*$", "u");
/** How {@link createBackupRestoreJob} is sent: method, path, parameters and media types. */
export const createBackupRestoreJobOperation = {
    operationId: "createBackupRestoreJob",
    method: "POST",
    path: "/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/restoreJobs",
    parameters: [
        {
            name: "groupId",
            key: "groupId",
            in: "path",
            required: true,
            pattern: pattern1,
            minLength: 24,
            maxLength: 24,
        },
        {
            name: "clusterName",
            key: "clusterName",
            in: "path",
            required: true,
            pattern: pattern2,
            minLength: 1,
            maxLength: 64,
        },
        { name: "envelope", key: "envelope", in: "query", required: false },
        { name: "pretty", key: "pretty", in: "query", required: false },
    ],
    requestMediaType: "application/vnd.atlas.2023-01-01+json",
    requestFormat: "json",
    responseMediaType: "application/vnd.atlas.2023-01-01+json",
    responseFormat: "json",
    successStatuses: [200],
    errorStatuses: [400, 401, 403, 404, 409, 429, 500],
    deprecated: false,
};
/** Whether `error` is the {@link AtlasApiError} a call to {@link createBackupRestoreJob} rejected with, typed by its documented statuses. */
export function isCreateBackupRestoreJobError(error) {
    return error instanceof AtlasApiError && error.operationId === "createBackupRestoreJob";
}
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
export function createBackupRestoreJob(client, parameters, body, options) {
    return client.send(createBackupRestoreJobOperation, {
        parameters,
        body,
        options,
    });
}
/** How {@link getBackupTenantRestore} is sent: method, path, parameters and media types. */
export const getBackupTenantRestoreOperation = {
    operationId: "getBackupTenantRestore",
    method: "GET",
    path: "/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/restores/{restoreId}",
    parameters: [
        {
            name: "groupId",
            key: "groupId",
            in: "path",
            required: true,
            pattern: pattern1,
            minLength: 24,
            maxLength: 24,
        },
        { name: "clusterName", key: "clusterName", in: "path", required: true, pattern: pattern2 },
        { name: "restoreId", key: "restoreId", in: "path", required: true, pattern: pattern1 },
        { name: "envelope", key: "envelope", in: "query", required: false },
        { name: "pretty", key: "pretty", in: "query", required: false },
    ],
    responseMediaType: "application/vnd.atlas.2023-01-01+json",
    responseFormat: "json",
    successStatuses: [200],
    errorStatuses: [400, 401, 403, 404, 410, 429, 500],
    deprecated: true,
    sunset: "2026-01-22",
};
/** Whether `error` is the {@link AtlasApiError} a call to {@link getBackupTenantRestore} rejected with, typed by its documented statuses. */
export function isGetBackupTenantRestoreError(error) {
    return error instanceof AtlasApiError && error.operationId === "getBackupTenantRestore";
}
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
export function getBackupTenantRestore(client, parameters, options) {
    return client.send(getBackupTenantRestoreOperation, {
        parameters,
        options,
    });
}
