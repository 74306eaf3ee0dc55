// Size entry: the same request function imported from the package's subpaths instead of the root's
// `v2` namespace (`export * as v2` makes esbuild keep the whole namespace object, every guard included).
import { createClient } from "atlas-restore-client/runtime";
import { createBackupRestoreJob, defaultBaseUrl, type CloudBackupRestoreJob } from "atlas-restore-client/v2";

const client = createClient({ baseUrl: defaultBaseUrl });

export function restore(): Promise<CloudBackupRestoreJob> {
  return createBackupRestoreJob(
    client,
    { groupId: "32b6e34b3d91647abb20e7b8", clusterName: "Cluster0" },
    { deliveryType: "download", snapshotId: "32b6e34b3d91647abb20e7b8" },
  );
}
