// What the benchmark server answers, shared with the clients that check their decoded results.

/** A finished point-in-time restore job, as in the spec's examples. */
export const fixedJob = {
  cancelled: false,
  deliveryType: "pointInTime",
  expired: false,
  failed: false,
  finishedAt: "2025-05-04T10:02:00Z",
  id: "6657a2b1c3d4e5f60718293a",
  links: [{ href: "https://cloud.mongodb.com/api/atlas/v2/groups/32b6e34b3d91647abb20e7b8/clusters/Cluster0/backup/restoreJobs/6657a2b1c3d4e5f60718293a", rel: "self" }],
  oplogTs: 1717171717,
  oplogInc: 3,
  targetClusterName: "MyOtherCluster",
  targetGroupId: "32b6e34b3d91647abb20e7b8",
  timestamp: "2025-05-04T09:42:00Z",
};

export const v2MediaType = "application/vnd.atlas.2023-01-01+json";
