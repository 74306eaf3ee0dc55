// The generated request functions against a real HTTP server on 127.0.0.1: what goes on the wire,
// what comes back, and what is refused before anything is sent.
import { AtlasApiError, AtlasRequestError, bearerAuth, createClient, v1, v2 } from "atlas-restore-client";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { json, startRecordingServer, type RecordingServer } from "../support/recording-server.ts";

const groupId = "32b6e34b3d91647abb20e7b8";
const restoreId = "6657a2b1c3d4e5f60718293c";
const token = "secret-token-do-not-leak";
let server: RecordingServer;
let client: ReturnType<typeof createClient>;

beforeAll(async () => {
  server = await startRecordingServer();
  client = createClient({ baseUrl: server.baseUrl, auth: bearerAuth(token), userAgent: "restore-tests/1" });
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});

describe("v2 createBackupRestoreJob", () => {
  it("POSTs the typed body with the versioned media type and returns the decoded job", async () => {
    const job = { deliveryType: "automated", id: restoreId, snapshotId: groupId, targetClusterName: "Target", targetGroupId: groupId };
    server.respond(json(200, job, "application/vnd.atlas.2023-01-01+json"));
    const body: v2.CreateBackupRestoreJobRequest = { deliveryType: "automated", snapshotId: groupId, targetClusterName: "Target", targetGroupId: groupId };
    const result = await v2.createBackupRestoreJob(client, { groupId, clusterName: "My-Cluster1", pretty: true }, body);
    expect(result).toEqual(job);
    const [request] = server.requests;
    expect(request?.method).toBe("POST");
    expect(request?.url).toBe(`/api/atlas/v2/groups/${groupId}/clusters/My-Cluster1/backup/restoreJobs?pretty=true`);
    expect(request?.headers.accept).toBe("application/vnd.atlas.2023-01-01+json");
    expect(request?.headers["content-type"]).toBe("application/vnd.atlas.2023-01-01+json");
    expect(request?.headers.authorization).toBe(`Bearer ${token}`);
    expect(request?.headers["user-agent"]).toBe("restore-tests/1");
    expect(JSON.parse(request?.body ?? "")).toEqual(body);
  });

  it("refuses a cluster name that would change the path, before sending anything", async () => {
    const body: v2.CreateBackupRestoreJobRequest = { deliveryType: "download", snapshotId: groupId };
    for (const clusterName of ["../../orgs", "..", "a/b", "a?b=c", "", "x".repeat(65)]) {
      await expect(v2.createBackupRestoreJob(client, { groupId, clusterName }, body)).rejects.toBeInstanceOf(AtlasRequestError);
    }
    await expect(v2.createBackupRestoreJob(client, { groupId: "not-an-id", clusterName: "C" }, body)).rejects.toThrow(/groupId/);
    expect(server.requests).toHaveLength(0);
  });

  it("turns a documented error status into a typed AtlasApiError without leaking the token", async () => {
    server.respond(json(409, { error: 409, errorCode: "CANNOT_DELETE_ORG_ACTIVE_LIVE_MIGRATION_ATLAS_ORG_LINK", detail: "busy", reason: "Conflict", parameters: [] }));
    const error = await v2
      .createBackupRestoreJob(client, { groupId, clusterName: "C" }, { deliveryType: "download", snapshotId: groupId })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AtlasApiError);
    if (!v2.isCreateBackupRestoreJobError(error)) throw new Error("expected the operation's error");
    expect(error.status).toBe(409);
    expect(error.errorCode).toBe("CANNOT_DELETE_ORG_ACTIVE_LIVE_MIGRATION_ATLAS_ORG_LINK");
    expect(error.detail).toBe("busy");
    expect(error.reason).toBe("Conflict");
    expect(error.method).toBe("POST");
    expect(error.path).toBe(`/api/atlas/v2/groups/${groupId}/clusters/C/backup/restoreJobs`);
    expect(`${error.message} ${JSON.stringify(error)} ${error.stack ?? ""}`).not.toContain(token);
    expect(v1.isListBackupRestoreJobsError(error)).toBe(false);
  });

  it("keeps non-JSON and empty error bodies", async () => {
    server.respond({ status: 502, headers: { "Content-Type": "text/html" }, body: "<html>bad gateway</html>" });
    const htmlError = await v2.getBackupTenantRestore(client, { groupId, clusterName: "C", restoreId }).catch((caught: unknown) => caught);
    expect(htmlError).toMatchObject({ status: 502, body: "<html>bad gateway</html>", errorCode: undefined });
    server.respond({ status: 500 });
    const emptyError = await v2.getBackupTenantRestore(client, { groupId, clusterName: "C", restoreId }).catch((caught: unknown) => caught);
    expect(emptyError).toMatchObject({ status: 500, body: undefined });
    expect((emptyError as Error).message).toContain("HTTP 500");
  });
});

describe("v1.0 operations", () => {
  it("send paging parameters under their wire names and the v1.0 path prefix", async () => {
    server.respond(json(200, { results: [], totalCount: 0, links: [] }));
    const page = await v1.listBackupRestoreJobs(client, { groupId, clusterName: "C", pageNum: 2, itemsPerPage: 500, includeCount: false });
    expect(page).toEqual({ results: [], totalCount: 0, links: [] });
    expect(server.requests[0]?.url).toBe(`/api/atlas/v1.0/groups/${groupId}/clusters/C/backup/restoreJobs?pageNum=2&itemsPerPage=500&includeCount=false`);
    expect(server.requests[0]?.headers.accept).toBe("application/json");
  });

  it("unwraps an envelope, and reads the real status from inside it", async () => {
    const job = { deliveryType: "download", deliveryUrl: ["https://restore.example.com/x.tar.gz"] };
    server.respond(json(200, { status: 200, content: job }));
    await expect(v1.getBackupRestoreJob(client, { groupId, clusterName: "C", restoreJobId: restoreId, envelope: true })).resolves.toEqual(job);
    expect(server.requests[0]?.url).toContain("envelope=true");
    server.respond(json(200, { status: 404, content: { error: 404, errorCode: "RESOURCE_NOT_FOUND" } }));
    await expect(v1.getBackupRestoreJob(client, { groupId, clusterName: "C", restoreJobId: restoreId, envelope: true })).rejects.toMatchObject({
      status: 404,
      errorCode: "RESOURCE_NOT_FOUND",
    });
    server.respond(json(200, { status: 200, results: [job], totalCount: 1 }));
    await expect(v1.listBackupRestoreJobs(client, { groupId, clusterName: "C", envelope: true })).resolves.toEqual({ results: [job], totalCount: 1 });
  });

  it("sends the legacy create body as application/json", async () => {
    server.respond(json(200, { results: [], totalCount: 0 }));
    const body: v1.CreateLegacyRestoreJobRequest = { snapshotId: groupId, delivery: { methodName: "HTTP", expirationHours: 1, maxDownloads: 1 } };
    await v1.createLegacyBackupRestoreJob(client, { groupId, clusterName: "C" }, body);
    expect(server.requests[0]?.url).toBe(`/api/atlas/v1.0/groups/${groupId}/clusters/C/restoreJobs`);
    expect(server.requests[0]?.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(server.requests[0]?.body ?? "")).toEqual(body);
  });
});
