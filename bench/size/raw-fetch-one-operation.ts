// Size entry: the floor, the same call with fetch alone.
export async function restore(): Promise<unknown> {
  const response = await fetch("https://cloud.mongodb.com/api/atlas/v2/groups/32b6e34b3d91647abb20e7b8/clusters/Cluster0/backup/restoreJobs", {
    method: "POST",
    headers: { Accept: "application/vnd.atlas.2023-01-01+json", "Content-Type": "application/vnd.atlas.2023-01-01+json" },
    body: JSON.stringify({ deliveryType: "download", snapshotId: "32b6e34b3d91647abb20e7b8" }),
  });
  if (!response.ok) throw new Error(`status ${response.status}`);
  return (await response.json()) as unknown;
}
