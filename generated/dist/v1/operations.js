import {
  AtlasApiError,
  pageItems,
  pages
} from "../runtime/index.js";
export const defaultBaseUrl = "https://cloud.mongodb.com";
const pattern1 = /* @__PURE__ */ new RegExp("^([a-f0-9]{24})$", "u");
const pattern2 = /* @__PURE__ */ new RegExp("^[a-zA-Z0-9][a-zA-Z0-9-]*$", "u");
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
      maxLength: 24
    },
    {
      name: "CLUSTER-NAME",
      key: "clusterName",
      in: "path",
      required: true,
      pattern: pattern2,
      minLength: 1,
      maxLength: 64
    },
    { name: "pageNum", key: "pageNum", in: "query", required: false },
    { name: "itemsPerPage", key: "itemsPerPage", in: "query", required: false },
    { name: "includeCount", key: "includeCount", in: "query", required: false },
    { name: "pretty", key: "pretty", in: "query", required: false },
    { name: "envelope", key: "envelope", in: "query", required: false }
  ],
  responseMediaType: "application/json",
  responseFormat: "json",
  successStatuses: [200],
  errorStatuses: [],
  deprecated: true
};
export function isListBackupRestoreJobsError(error) {
  return error instanceof AtlasApiError && error.operationId === "listBackupRestoreJobs";
}
export function listBackupRestoreJobs(client, parameters, options) {
  return client.send(listBackupRestoreJobsOperation, {
    parameters,
    options
  });
}
export function listBackupRestoreJobsPages(client, parameters, options) {
  return pages(
    client,
    listBackupRestoreJobsOperation,
    parameters,
    options,
    100
  );
}
export function listBackupRestoreJobsItems(client, parameters, options) {
  return pageItems(listBackupRestoreJobsPages(client, parameters, options));
}
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
      maxLength: 24
    },
    {
      name: "CLUSTER-NAME",
      key: "clusterName",
      in: "path",
      required: true,
      pattern: pattern2,
      minLength: 1,
      maxLength: 64
    },
    {
      name: "RESTORE-JOB-ID",
      key: "restoreJobId",
      in: "path",
      required: true,
      pattern: pattern1,
      minLength: 24,
      maxLength: 24
    },
    { name: "pretty", key: "pretty", in: "query", required: false },
    { name: "envelope", key: "envelope", in: "query", required: false }
  ],
  responseMediaType: "application/json",
  responseFormat: "json",
  successStatuses: [200],
  errorStatuses: [],
  deprecated: true
};
export function isGetBackupRestoreJobError(error) {
  return error instanceof AtlasApiError && error.operationId === "getBackupRestoreJob";
}
export function getBackupRestoreJob(client, parameters, options) {
  return client.send(getBackupRestoreJobOperation, {
    parameters,
    options
  });
}
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
      maxLength: 24
    },
    {
      name: "CLUSTER-NAME",
      key: "clusterName",
      in: "path",
      required: true,
      pattern: pattern2,
      minLength: 1,
      maxLength: 64
    },
    { name: "pretty", key: "pretty", in: "query", required: false },
    { name: "envelope", key: "envelope", in: "query", required: false }
  ],
  requestMediaType: "application/json",
  requestFormat: "json",
  responseMediaType: "application/json",
  responseFormat: "json",
  successStatuses: [200],
  errorStatuses: [],
  deprecated: true
};
export function isCreateLegacyBackupRestoreJobError(error) {
  return error instanceof AtlasApiError && error.operationId === "createLegacyBackupRestoreJob";
}
export function createLegacyBackupRestoreJob(client, parameters, body, options) {
  return client.send(createLegacyBackupRestoreJobOperation, {
    parameters,
    body,
    options
  });
}
