// Size entry: one request function of the generated package, called.
import { createClient, v2 } from "atlas-restore-client";

const client = createClient({ baseUrl: v2.defaultBaseUrl });

export function restore(): Promise<v2.CloudBackupRestoreJob> {
  return v2.createBackupRestoreJob(
    client,
    { groupId: "32b6e34b3d91647abb20e7b8", clusterName: "Cluster0" },
    { deliveryType: "download", snapshotId: "32b6e34b3d91647abb20e7b8" },
  );
}
