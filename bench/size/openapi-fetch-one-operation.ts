// Size entry: the same call through openapi-fetch, typed by openapi-typescript's `paths`.
import createFetchClient from "openapi-fetch";
import type { paths } from "../client/atlas-v2-paths.ts";

const client = createFetchClient<paths>({ baseUrl: "https://cloud.mongodb.com" });

export function restore(): Promise<unknown> {
  return client.POST("/api/atlas/v2/groups/{groupId}/clusters/{clusterName}/backup/restoreJobs", {
    params: { path: { groupId: "32b6e34b3d91647abb20e7b8", clusterName: "Cluster0" } },
    body: { deliveryType: "download", snapshotId: "32b6e34b3d91647abb20e7b8" },
    headers: { Accept: "application/vnd.atlas.2023-01-01+json", "Content-Type": "application/vnd.atlas.2023-01-01+json" },
  });
}
