// The diff on our own spec: each document against itself reports nothing, the spec folder against
// itself pairs v1 with v1 and v2 with v2, and the v1.0 -> v2 migration report maps the operations and
// names the fields that differ in the restore job both versions return.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Change, OperationMapping } from "../../generator/diff/change.ts";
import { diffSpecs } from "../../generator/diff/index.ts";
import { repoRoot, sharedDir } from "../support/spec.ts";

const today = "2026-06-01";
const diff = (base: string, revision: string) => diffSpecs({ base, revision, cwd: repoRoot, today });

describe("our spec against itself", () => {
  it.each(["spec/atlas-v1.0.yaml", "spec/atlas-v2.yaml"])("%s reports nothing", (file) => {
    const result = diff(file, file);
    expect(result.diagnostics).toEqual([]);
    const comparison = result.report?.comparisons[0];
    expect(comparison?.changes).toEqual([]);
    expect(comparison?.crossVersion).toBe(false);
    expect(comparison?.mappings.every((mapping) => mapping.match === "method-and-path")).toBe(true);
  });

  it("pairs the documents of two folders by major version", () => {
    const result = diff("spec", "spec");
    expect(result.report?.comparisons.map((comparison) => [comparison.base.file, comparison.revision.file, comparison.changes.length])).toEqual([
      ["spec/atlas-v1.0.yaml", "spec/atlas-v1.0.yaml", 0],
      ["spec/atlas-v2.yaml", "spec/atlas-v2.yaml", 0],
    ]);
  });
});

describe("v1.0 -> v2 migration report", () => {
  const result = diff("spec/atlas-v1.0.yaml", "spec/atlas-v2.yaml");
  const comparison = result.report?.comparisons[0];
  const changes = comparison?.changes ?? [];
  const ids = (mapping: OperationMapping) => ({
    base: mapping.base?.operationId ?? null,
    revision: mapping.revision?.operationId ?? null,
    match: mapping.match ?? null,
    related: mapping.related.map((other) => other.operationId),
  });

  it("compares two different API versions", () => {
    expect(result.diagnostics).toEqual([]);
    expect(comparison?.crossVersion).toBe(true);
    expect(comparison?.summary.breaking).toBe(0);
  });

  it("maps every operation to its counterpart, or to none with the operations on the same resource", () => {
    expect(comparison?.mappings.map(ids)).toEqual([
      { base: "listBackupRestoreJobs", revision: null, match: null, related: ["createBackupRestoreJob"] },
      { base: "getBackupRestoreJob", revision: null, match: null, related: ["createBackupRestoreJob"] },
      { base: "createLegacyBackupRestoreJob", revision: null, match: null, related: [] },
      { base: null, revision: "createBackupRestoreJob", match: null, related: ["listBackupRestoreJobs", "getBackupRestoreJob"] },
      { base: null, revision: "getBackupTenantRestore", match: null, related: [] },
    ]);
    const lifecycle = changes.filter((change) => change.operation).map((change) => [change.rule, change.operation?.operationId, change.message]);
    // Grouped by each operation's own path, in code-unit order: v2's /api/... before v1.0's /groups/...
    expect(lifecycle).toEqual([
      ["operation-added", "createBackupRestoreJob", "new in version 2.0, no counterpart in 1.0"],
      ["operation-added", "getBackupTenantRestore", "new in version 2.0, no counterpart in 1.0 (already deprecated; sunset 2026-01-22 has passed)"],
      ["operation-removed-after-deprecation", "listBackupRestoreJobs", "no counterpart in version 2.0; it was deprecated with no sunset date"],
      ["operation-removed-after-deprecation", "getBackupRestoreJob", "no counterpart in version 2.0; it was deprecated with no sunset date"],
      ["operation-removed-after-deprecation", "createLegacyBackupRestoreJob", "no counterpart in version 2.0; it was deprecated with no sunset date"],
    ]);
  });

  it("compares the restore job both versions return for the restoreJobs collection", () => {
    expect(comparison?.resources.map((resource) => [resource.resource, resource.base.schema, resource.revision.schema])).toEqual([
      ["/groups/{groupId}/clusters/{clusterName}/backup/restoreJobs", "CloudBackupRestoreJob", "CloudBackupRestoreJob"],
    ]);
  });

  it("names the fields that appeared and disappeared, per delivery type", () => {
    const fields = changes
      .filter((change: Change) => change.resource !== undefined && /property (added|removed)/.test(change.message))
      .map((change) => `${change.severity} ${change.message}`);
    expect(fields).toEqual([
      "warning representation `[deliveryType=automated].createdAt`: optional property removed: string (date-time)",
      "warning representation `[deliveryType=download].createdAt`: optional property removed: string (date-time)",
      "warning representation `[deliveryType=pointInTime].createdAt`: optional property removed: string (date-time)",
      "info representation `[deliveryType=automated].components`: optional property added: array of RestoreJobComponent",
      "info representation `[deliveryType=automated].desiredTimestamp`: optional property added: BsonTimestamp",
      "info representation `[deliveryType=download].components[].privateDownloadDeliveryUrls`: optional property added: array of PrivateDownloadDeliveryUrl",
      "info representation `[deliveryType=download].desiredTimestamp`: optional property added: BsonTimestamp",
      "info representation `[deliveryType=download].privateDownloadDeliveryUrls`: optional property added: array of PrivateDownloadDeliveryUrl",
      "info representation `[deliveryType=pointInTime].components`: optional property added: array of RestoreJobComponent",
      "info representation `[deliveryType=pointInTime].desiredTimestamp`: optional property added: BsonTimestamp",
    ]);
  });

  it("reports the constraints v2 adds to fields both versions share", () => {
    const oplogTs = changes.filter((change) => change.message.includes("`[deliveryType=pointInTime].oplogTs`")).map((change) => [change.rule, change.message]);
    expect(oplogTs).toEqual([
      ["response-body-format-narrowed", "representation `[deliveryType=pointInTime].oplogTs`: format int32 added"],
      ["response-body-min-increased", "representation `[deliveryType=pointInTime].oplogTs`: minimum 1199145600 added"],
    ]);
    const pointers = changes.find((change) => change.message.includes("`[deliveryType=automated].createdAt`"));
    expect([pointers?.base, pointers?.revision]).toEqual([
      { file: "spec/atlas-v1.0.yaml", pointer: "/components/schemas/CloudBackupRestoreJobBase/properties/createdAt" },
      // The revision side points at the variant that no longer has the field.
      { file: "spec/atlas-v2.yaml", pointer: "/components/schemas/AutomatedCloudBackupRestoreJob" },
    ]);
  });

  it("lists the security schemes v2 adds", () => {
    expect(changes.filter((change) => !change.operation && change.resource === undefined).map((change) => change.message)).toEqual([
      "security scheme BearerAuth (http bearer) added",
      "security scheme ServiceAccounts (oauth2) added",
    ]);
  });
});

// The official v2 document (beside the clone, like the documentation pages) holds the v2 counterparts
// of all three v1.0 operations, so there the report pairs them and compares them field by field.
const reference = join(sharedDir, "reference", "atlas-admin-api-v2-2026-08-21.yaml");

describe.skipIf(!existsSync(reference))("v1.0 -> the official v2 document", () => {
  const result = diffSpecs({ base: "spec/atlas-v1.0.yaml", revision: reference, cwd: repoRoot, today });
  const comparison = result.report?.comparisons[0];
  const changes = comparison?.changes ?? [];

  it("pairs every v1.0 operation with its v2 counterpart by method and path", () => {
    expect(result.diagnostics.filter((diagnostic) => diagnostic.severity === "error")).toEqual([]);
    const paired = comparison?.mappings.filter((mapping) => mapping.base).map((mapping) => [mapping.base?.operationId, mapping.revision?.operationId, mapping.match]);
    expect(paired).toEqual([
      ["listBackupRestoreJobs", "listGroupClusterBackupRestoreJobs", "method-and-path"],
      ["getBackupRestoreJob", "getGroupClusterBackupRestoreJob", "method-and-path"],
      ["createLegacyBackupRestoreJob", "createGroupClusterRestoreJob", "method-and-path"],
    ]);
  });

  it("compares the legacy oplog timestamp with v2's: the string form of increment is gone", () => {
    const increment = changes.filter((change) => change.operation?.operationId === "createGroupClusterRestoreJob" && change.message.includes(".timestamp.increment"));
    expect(increment.map((change) => [change.rule, change.message])).toEqual([
      ["response-body-min-increased", "response 200 body `[LegacyRestoreJobPage].results[].timestamp.increment[integer (int32)]`: minimum 1199145600 added"],
      ["response-body-variant-removed", "response 200 body `[LegacyRestoreJobPage].results[].timestamp.increment[string]`: variant removed"],
    ]);
  });

  it("compares each v1.0 restore job variant with v2's single restore job object", () => {
    const get = changes.filter((change) => change.operation?.operationId === "getGroupClusterBackupRestoreJob" && change.severity !== "info");
    expect(get.map((change) => change.message)).toEqual([
      "response 200: media type application/json replaced by application/vnd.atlas.2023-01-01+json (version 2023-01-01)",
      "operationId getBackupRestoreJob -> getGroupClusterBackupRestoreJob",
      "response 200 body: discriminator deliveryType removed",
      'response 200 body `[AutomatedCloudBackupRestoreJob].deliveryType`: enum value "download" added',
      'response 200 body `[AutomatedCloudBackupRestoreJob].deliveryType`: enum value "pointInTime" added',
      'response 200 body `[DownloadCloudBackupRestoreJob].deliveryType`: enum value "automated" added',
      'response 200 body `[DownloadCloudBackupRestoreJob].deliveryType`: enum value "pointInTime" added',
      'response 200 body `[PointInTimeCloudBackupRestoreJob].deliveryType`: enum value "automated" added',
      'response 200 body `[PointInTimeCloudBackupRestoreJob].deliveryType`: enum value "download" added',
      "response 200 body `[AutomatedCloudBackupRestoreJob].createdAt`: optional property removed: string (date-time)",
      "response 200 body `[DownloadCloudBackupRestoreJob].createdAt`: optional property removed: string (date-time)",
      "response 200 body `[PointInTimeCloudBackupRestoreJob].createdAt`: optional property removed: string (date-time)",
    ]);
  });
});
