import {
  AtlasApiError
} from "../runtime/index.js";
export const defaultBaseUrl = "https://cloud.mongodb.com";
const pattern1 = /* @__PURE__ */ new RegExp("^([a-f0-9]{24})$", "u");
const pattern2 = /* @__PURE__ */ new RegExp("^[a-zA-Z0-9][a-zA-Z0-9-]*$", "u");
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
      maxLength: 24
    },
    {
      name: "clusterName",
      key: "clusterName",
      in: "path",
      required: true,
      pattern: pattern2,
      minLength: 1,
      maxLength: 64
    },
    { name: "envelope", key: "envelope", in: "query", required: false },
    { name: "pretty", key: "pretty", in: "query", required: false }
  ],
  requestMediaType: "application/vnd.atlas.2023-01-01+json",
  requestFormat: "json",
  responseMediaType: "application/vnd.atlas.2023-01-01+json",
  responseFormat: "json",
  successStatuses: [200],
  errorStatuses: [400, 401, 403, 404, 409, 429, 500],
  deprecated: false
};
export function isCreateBackupRestoreJobError(error) {
  return error instanceof AtlasApiError && error.operationId === "createBackupRestoreJob";
}
export function createBackupRestoreJob(client, parameters, body, options) {
  return client.send(createBackupRestoreJobOperation, {
    parameters,
    body,
    options
  });
}
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
      maxLength: 24
    },
    { name: "clusterName", key: "clusterName", in: "path", required: true, pattern: pattern2 },
    { name: "restoreId", key: "restoreId", in: "path", required: true, pattern: pattern1 },
    { name: "envelope", key: "envelope", in: "query", required: false },
    { name: "pretty", key: "pretty", in: "query", required: false }
  ],
  responseMediaType: "application/vnd.atlas.2023-01-01+json",
  responseFormat: "json",
  successStatuses: [200],
  errorStatuses: [400, 401, 403, 404, 410, 429, 500],
  deprecated: true,
  sunset: "2026-01-22"
};
export function isGetBackupTenantRestoreError(error) {
  return error instanceof AtlasApiError && error.operationId === "getBackupTenantRestore";
}
export function getBackupTenantRestore(client, parameters, options) {
  return client.send(getBackupTenantRestoreOperation, {
    parameters,
    options
  });
}
