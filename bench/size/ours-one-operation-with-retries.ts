// Size entry: the subpath entry's call from a client that retries (`retries()`), to show what opting
// in to retries adds.
import { createClient, retries } from "atlas-restore-client/runtime";
import { createBackupRestoreJob, defaultBaseUrl, type CloudBackupRestoreJob } from "atlas-restore-client/v2";

const client = createClient({ baseUrl: defaultBaseUrl, retry: retries() });

export function restore(): Promise<CloudBackupRestoreJob> {
  return createBackupRestoreJob(
    client,
    { groupId: "32b6e34b3d91647abb20e7b8", clusterName: "Cluster0" },
    { deliveryType: "download", snapshotId: "32b6e34b3d91647abb20e7b8" },
  );
}
