// Every item the five documentation pages name, typed in by hand from ../shared/docs. The coverage
// test checks each one against the spec, so a field, parameter, enum value or status code that goes
// missing from spec/ fails the build.

export interface DocumentedParameter {
  name: string;
  in: "path" | "query";
  /** Facts the parameter's schema must carry. */
  schema?: Record<string, unknown>;
}

export interface DocumentedOperation {
  page: string;
  file: "atlas-v1.0.yaml" | "atlas-v2.yaml";
  method: "get" | "post";
  path: string;
  operationId: string;
  deprecated: boolean;
  parameters: DocumentedParameter[];
  requestMediaType?: string;
  /** Dotted field paths of the request body (array levels are transparent). */
  requestFields?: string[];
  successStatus: string;
  successMediaType: string;
  responseFields: string[];
  /** Enum values per dotted field path, in the request (`request:`) or success response. */
  enums: Record<string, string[]>;
  /** Field formats and limits per dotted path of the success response or request. */
  facts?: Record<string, Record<string, unknown>>;
  errorStatuses: string[];
  errorFields: string[];
}

const cloudJobFieldsV1 = [
  "cancelled",
  "createdAt",
  "components",
  "components.downloadUrl",
  "components.replicaSetName",
  "deliveryType",
  "deliveryUrl",
  "expired",
  "expiresAt",
  "failed",
  "finishedAt",
  "id",
  "links",
  "links.href",
  "links.rel",
  "oplogTs",
  "oplogInc",
  "pointInTimeUTCSeconds",
  "snapshotId",
  "targetGroupId",
  "targetClusterName",
  "timestamp",
];

const hexId = { type: "string", pattern: "^([a-f0-9]{24})$" };
const clusterNamePattern = "^[a-zA-Z0-9][a-zA-Z0-9-]*$";
const errorFieldsV2 = ["detail", "error", "errorCode", "parameters", "reason"];

export const documentedOperations: DocumentedOperation[] = [
  {
    page: "v1.0-get-one-cloud-backup-restore-job.txt",
    file: "atlas-v1.0.yaml",
    method: "get",
    path: "/groups/{GROUP-ID}/clusters/{CLUSTER-NAME}/backup/restoreJobs/{RESTORE-JOB-ID}",
    operationId: "getBackupRestoreJob",
    deprecated: true,
    parameters: [
      { name: "GROUP-ID", in: "path" },
      { name: "CLUSTER-NAME", in: "path" },
      { name: "RESTORE-JOB-ID", in: "path" },
      { name: "pretty", in: "query", schema: { type: "boolean", default: false } },
      { name: "envelope", in: "query", schema: { type: "boolean", default: false } },
    ],
    successStatus: "200",
    successMediaType: "application/json",
    responseFields: cloudJobFieldsV1,
    enums: { deliveryType: ["automated", "download", "pointInTime"] },
    facts: {
      createdAt: { format: "date-time" },
      expiresAt: { format: "date-time" },
      finishedAt: { format: "date-time" },
      timestamp: { format: "date-time" },
    },
    errorStatuses: [],
    errorFields: [],
  },
  {
    page: "v1.0-get-all-cloud-backup-restore-jobs.txt",
    file: "atlas-v1.0.yaml",
    method: "get",
    path: "/groups/{GROUP-ID}/clusters/{CLUSTER-NAME}/backup/restoreJobs",
    operationId: "listBackupRestoreJobs",
    deprecated: true,
    parameters: [
      { name: "GROUP-ID", in: "path" },
      { name: "CLUSTER-NAME", in: "path" },
      { name: "pageNum", in: "query", schema: { type: "integer", default: 1, minimum: 1 } },
      { name: "itemsPerPage", in: "query", schema: { type: "integer", default: 100, maximum: 500 } },
      { name: "includeCount", in: "query", schema: { type: "boolean", default: true } },
      { name: "pretty", in: "query", schema: { type: "boolean", default: false } },
      { name: "envelope", in: "query", schema: { type: "boolean", default: false } },
    ],
    successStatus: "200",
    successMediaType: "application/json",
    responseFields: ["results", "links", "totalCount", ...cloudJobFieldsV1.map((field) => `results.${field}`)],
    enums: { "results.deliveryType": ["automated", "download", "pointInTime"] },
    facts: { totalCount: { type: "integer" }, "results.expiresAt": { format: "date-time" } },
    errorStatuses: [],
    errorFields: [],
  },
  {
    page: "v1.0-create-one-legacy-backup-restore-job.txt",
    file: "atlas-v1.0.yaml",
    method: "post",
    path: "/groups/{GROUP-ID}/clusters/{CLUSTER-NAME}/restoreJobs",
    operationId: "createLegacyBackupRestoreJob",
    deprecated: true,
    parameters: [
      { name: "GROUP-ID", in: "path" },
      { name: "CLUSTER-NAME", in: "path" },
      { name: "pretty", in: "query", schema: { type: "boolean", default: false } },
      { name: "envelope", in: "query", schema: { type: "boolean", default: false } },
    ],
    requestMediaType: "application/json",
    requestFields: [
      "checkpointId",
      "delivery",
      "delivery.expirationHours",
      "delivery.maxDownloads",
      "delivery.methodName",
      "delivery.targetClusterId",
      "delivery.targetClusterName",
      "delivery.targetGroupId",
      "oplogTs",
      "oplogInc",
      "pointInTimeUTCMillis",
      "snapshotId",
    ],
    successStatus: "200",
    successMediaType: "application/json",
    responseFields: [
      "batchId",
      "clusterId",
      "created",
      "delivery",
      "delivery.expires",
      "delivery.expirationHours",
      "delivery.maxDownloads",
      "delivery.methodName",
      "delivery.statusName",
      "delivery.url",
      "encryptionEnabled",
      "groupId",
      "hashes",
      "hashes.typeName",
      "hashes.fileName",
      "hashes.hash",
      "id",
      "links",
      "masterKeyUUID",
      "snapshotId",
      "statusName",
      "timestamp",
      "timestamp.date",
      "timestamp.increment",
    ],
    enums: {
      "request:delivery.methodName": ["AUTOMATED_RESTORE", "HTTP"],
      "delivery.methodName": ["HTTP", "QUERY"],
      "delivery.statusName": [
        "NOT_STARTED",
        "IN_PROGRESS",
        "READY",
        "FAILED",
        "INTERRUPTED",
        "EXPIRED",
        "MAX_DOWNLOADS_EXCEEDED",
      ],
      "hashes.typeName": ["SHA1"],
      statusName: ["FINISHED", "IN_PROGRESS", "BROKEN", "KILLED"],
    },
    facts: {
      "request:pointInTimeUTCMillis": { type: "integer", format: "int64" },
      "request:delivery.maxDownloads": { minimum: 1 },
      created: { format: "date-time" },
      "delivery.expires": { format: "date-time" },
      "timestamp.date": { format: "date-time" },
    },
    errorStatuses: [],
    errorFields: [],
  },
  {
    page: "v2-create-cloud-backup-restore-job.txt",
    file: "atlas-v2.yaml",
    method: "post",
    path: "/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/restoreJobs",
    operationId: "createBackupRestoreJob",
    deprecated: false,
    parameters: [
      { name: "groupId", in: "path", schema: { ...hexId, minLength: 24, maxLength: 24 } },
      { name: "clusterName", in: "path", schema: { pattern: clusterNamePattern, minLength: 1, maxLength: 64 } },
      { name: "envelope", in: "query", schema: { type: "boolean", default: false } },
      { name: "pretty", in: "query", schema: { type: "boolean", default: false } },
    ],
    requestMediaType: "application/vnd.atlas.2023-01-01+json",
    requestFields: [
      "deliveryType",
      "oplogInc",
      "oplogTs",
      "pointInTimeUTCSeconds",
      "snapshotId",
      "targetClusterName",
      "targetGroupId",
    ],
    successStatus: "200",
    successMediaType: "application/vnd.atlas.2023-01-01+json",
    responseFields: [
      "cancelled",
      "components",
      "components.downloadUrl",
      "components.replicaSetName",
      "deliveryType",
      "deliveryUrl",
      "desiredTimestamp",
      "desiredTimestamp.date",
      "desiredTimestamp.increment",
      "expired",
      "expiresAt",
      "failed",
      "finishedAt",
      "id",
      "oplogInc",
      "oplogTs",
      "pointInTimeUTCSeconds",
      "snapshotId",
      "targetClusterName",
      "targetGroupId",
      "timestamp",
    ],
    enums: {
      "request:deliveryType": ["automated", "download", "pointInTime"],
      deliveryType: ["automated", "download", "pointInTime"],
    },
    facts: {
      "request:oplogInc": { type: "integer", format: "int32", minimum: 1 },
      "request:oplogTs": { type: "integer", format: "int32", minimum: 1199145600 },
      "request:pointInTimeUTCSeconds": { type: "integer", format: "int32", minimum: 1199145600 },
      "request:snapshotId": { ...hexId, minLength: 24, maxLength: 24 },
      "request:targetClusterName": { pattern: clusterNamePattern, minLength: 1, maxLength: 64 },
      "request:targetGroupId": { ...hexId, minLength: 24, maxLength: 24 },
      "desiredTimestamp.date": { format: "date-time" },
      "desiredTimestamp.increment": { format: "int32" },
      expiresAt: { format: "date-time" },
      finishedAt: { format: "date-time" },
      timestamp: { format: "date-time" },
      id: { ...hexId, minLength: 24, maxLength: 24 },
    },
    errorStatuses: ["400", "403", "404", "409", "500"],
    errorFields: errorFieldsV2,
  },
  {
    page: "v2-get-one-tenant-restore-job-deprecated.txt",
    file: "atlas-v2.yaml",
    method: "get",
    path: "/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/tenant/restores/{restoreId}",
    operationId: "getBackupTenantRestore",
    deprecated: true,
    parameters: [
      { name: "clusterName", in: "path", schema: { pattern: clusterNamePattern } },
      { name: "groupId", in: "path", schema: hexId },
      { name: "restoreId", in: "path", schema: hexId },
      { name: "envelope", in: "query", schema: { type: "boolean", default: false } },
      { name: "pretty", in: "query", schema: { type: "boolean", default: false } },
    ],
    successStatus: "200",
    successMediaType: "application/vnd.atlas.2023-01-01+json",
    responseFields: [
      "clusterName",
      "deliveryType",
      "expirationDate",
      "id",
      "links",
      "projectId",
      "restoreFinishedDate",
      "restoreScheduledDate",
      "snapshotFinishedDate",
      "snapshotId",
      "snapshotUrl",
      "status",
      "targetDeploymentItemName",
      "targetProjectId",
    ],
    enums: {
      deliveryType: ["RESTORE", "DOWNLOAD"],
      status: ["PENDING", "QUEUED", "RUNNING", "FAILED", "COMPLETED"],
    },
    facts: {
      expirationDate: { format: "date-time" },
      restoreFinishedDate: { format: "date-time" },
      restoreScheduledDate: { format: "date-time" },
      snapshotFinishedDate: { format: "date-time" },
      targetDeploymentItemName: { pattern: "^[\\p{L}\\p{N}\\-_.(),:&@+']{1,64}$" },
      projectId: hexId,
      targetProjectId: hexId,
      snapshotId: hexId,
    },
    errorStatuses: ["400", "401", "403", "404", "500"],
    errorFields: [
      "badRequestDetail",
      "badRequestDetail.fields",
      "badRequestDetail.fields.description",
      "badRequestDetail.fields.field",
      ...errorFieldsV2,
    ],
  },
];
