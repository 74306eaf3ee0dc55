// `npm run demo`: the generated client against the local fake Atlas. Starts the server on a random
// 127.0.0.1 port, authenticates with HTTP Digest, creates one restore job of each delivery type, polls
// them until they finish, lists the cluster's jobs page by page, reads a tenant restore job, and shows
// how errors surface. Exits 0 on success, 1 on any unexpected failure.
import { AtlasRequestError, createClient, digestAuth, retries, v1, v2 } from "atlas-restore-client";
import { startAtlasServer, type AtlasServer } from "../server/atlas-server.ts";

const apiKey = { publicKey: "demokeyx", privateKey: "0d9c8b7a-6f5e-4d3c-2b1a-0f9e8d7c6b5a" };
const jobDurationMs = 1500;
const pollEveryMs = 200;
const deadlineMs = 14_000;

const started = Date.now();
const log = (line: string): void => console.log(`[${((Date.now() - started) / 1000).toFixed(2).padStart(5)}s] ${line}`);
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function run(server: AtlasServer): Promise<void> {
  const { groupId, clusters, snapshots, tenantJobs } = server.store.seed;
  const clusterName = clusters.primary;
  const snapshotId = snapshots[clusterName]?.[0];
  if (snapshotId === undefined) throw new Error("the seeded cluster has no snapshot");
  const client = createClient({
    baseUrl: server.url,
    auth: digestAuth({ username: apiKey.publicKey, password: apiKey.privateKey }),
    // GETs (the polls) are sent again on 429, 503 and dropped connections; the creating POSTs are not.
    retry: retries(),
  });
  log(`fake Atlas listening on ${server.url}; project ${groupId}, cluster ${clusterName}, snapshot ${snapshotId}`);

  // 1. One restore job of each delivery type.
  const pointInTime = Math.floor(Date.now() / 1000) - 3600;
  const requests: v2.CreateBackupRestoreJobRequest[] = [
    { deliveryType: "automated", snapshotId, targetClusterName: clusters.target, targetGroupId: groupId },
    { deliveryType: "download", snapshotId },
    { deliveryType: "pointInTime", pointInTimeUTCSeconds: pointInTime, targetClusterName: clusters.target, targetGroupId: groupId },
  ];
  const created: { id: string; deliveryType: string }[] = [];
  for (const body of requests) {
    const job = await v2.createBackupRestoreJob(client, { groupId, clusterName }, body);
    if (job.id === undefined) throw new Error("the created job has no id");
    created.push({ id: job.id, deliveryType: job.deliveryType });
    log(`created ${job.deliveryType} restore job ${job.id} (finished: ${job.finishedAt !== undefined ? "yes" : "not yet"})`);
  }
  const challenges = server.requests.filter((request) => request.response?.status === 401).length;
  log(`HTTP Digest: ${challenges} challenge(s) for ${server.requests.length} request(s); the nonce is reused with a growing nc`);

  // 2. Poll each job through v1.0 until it has finishedAt.
  await Promise.all(
    created.map(async ({ id }) => {
      for (let polls = 1; ; polls++) {
        const job = await v1.getBackupRestoreJob(client, { groupId, clusterName, restoreJobId: id });
        if (job.finishedAt === undefined) {
          if (polls === 1) log(`  ${job.deliveryType} job ${id} is running...`);
          await sleep(pollEveryMs);
          continue;
        }
        switch (job.deliveryType) {
          case "download":
            log(`[done] download job ${id} finished at ${job.finishedAt} after ${polls} polls; download URL: ${(job.deliveryUrl ?? []).join(", ")}`);
            break;
          case "automated":
            log(`[done] automated job ${id} finished at ${job.finishedAt} after ${polls} polls; restored snapshot ${job.snapshotId ?? "?"} into ${job.targetClusterName ?? "?"}`);
            break;
          case "pointInTime":
            log(`[done] pointInTime job ${id} finished at ${job.finishedAt} after ${polls} polls; restored ${job.targetClusterName ?? "?"} to ${new Date((job.pointInTimeUTCSeconds ?? 0) * 1000).toISOString()}`);
            break;
        }
        return;
      }
    }),
  );

  // 3. Every restore job of the cluster, two per page.
  let pageCount = 0;
  for await (const page of v1.listBackupRestoreJobsPages(client, { groupId, clusterName, itemsPerPage: 2 })) {
    pageCount += 1;
    log(`page ${pageCount}: ${page.results.length} job(s) of ${page.totalCount ?? "?"} in total`);
  }
  log(`listed ${pageCount} pages`);
  let itemCount = 0;
  for await (const job of v1.listBackupRestoreJobsItems(client, { groupId, clusterName, itemsPerPage: 2 })) {
    itemCount += 1;
    log(`  #${itemCount} ${job.id ?? "?"} ${job.deliveryType.padEnd(11)} created ${job.createdAt ?? "?"}`);
  }
  const expected = created.length + 2;
  if (pageCount < 2 || itemCount !== expected) throw new Error(`expected ${expected} jobs over several pages, saw ${itemCount} over ${pageCount}`);

  // 4. A restore job of an M5 cluster (v2, deprecated operation).
  const tenant = await v2.getBackupTenantRestore(client, { groupId, clusterName: clusters.tenant, restoreId: tenantJobs.completedDownload });
  log(
    `tenant restore job ${tenant.id ?? "?"} on ${tenant.clusterName ?? "?"}: ${tenant.deliveryType} ${tenant.status ?? "?"}` +
      (tenant.deliveryType === "DOWNLOAD" ? `, snapshot at ${tenant.snapshotUrl ?? "?"}` : ""),
  );

  // 5. Errors: a 404 from the server, and a request refused before it is sent.
  const missing = "0123456789abcdef01234567";
  try {
    await v1.getBackupRestoreJob(client, { groupId, clusterName, restoreJobId: missing });
    throw new Error("reading a missing job succeeded");
  } catch (error) {
    if (!v1.isGetBackupRestoreJobError(error)) throw error;
    log(`error as expected: HTTP ${error.status} ${error.errorCode ?? "?"} (${error.detail ?? ""})`);
  }
  const before = server.requests.length;
  try {
    await v1.listBackupRestoreJobs(client, { groupId, clusterName: "../../orgs" });
    throw new Error("a cluster name of ../../orgs was sent");
  } catch (error) {
    if (!(error instanceof AtlasRequestError)) throw error;
    if (server.requests.length !== before) throw new Error("the refused request reached the server");
    log(`error as expected: AtlasRequestError, nothing sent: ${error.message}`);
  }
}

const server = await startAtlasServer({ apiKeys: [apiKey], jobDurationMs });
const watchdog = setTimeout(() => {
  console.error(`demo did not finish within ${deadlineMs} ms`);
  process.exit(1);
}, deadlineMs);
try {
  await run(server);
  log(`demo finished: ${server.requests.length} requests served`);
} catch (error) {
  console.error("demo failed:", error);
  process.exitCode = 1;
} finally {
  clearTimeout(watchdog);
  await server.close();
}
