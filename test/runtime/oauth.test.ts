// Service-account OAuth: one token request for many concurrent calls, reuse until shortly before
// expiry, one refresh after a 401, and no secret in any error.
import { AtlasApiError, AtlasAuthError, createClient, serviceAccountAuth, v2 } from "atlas-restore-client";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { json, startRecordingServer, type RecordedRequest, type RecordingServer } from "../support/recording-server.ts";

const groupId = "32b6e34b3d91647abb20e7b8";
const restoreId = "6657a2b1c3d4e5f60718293c";
const clientId = "mdb_sa_id_1234";
const clientSecret = "mdb_sa_sk_very-secret";
let server: RecordingServer;
let issued = 0;
let accepted = new Set<string>();

beforeAll(async () => {
  server = await startRecordingServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
  issued = 0;
  accepted = new Set();
  server.respond(atlas);
});

/** A token endpoint and one API operation that accepts only tokens the endpoint issued. */
function atlas(request: RecordedRequest) {
  if (request.url === "/api/oauth/token") {
    const expected = `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString("base64")}`;
    if (request.headers.authorization !== expected || request.body !== "grant_type=client_credentials") {
      return json(401, { error: "invalid_client" });
    }
    const token = `token-${++issued}`;
    accepted.add(token);
    return json(200, { access_token: token, token_type: "Bearer", expires_in: 3600 });
  }
  const token = request.headers.authorization?.replace(/^Bearer /, "") ?? "";
  if (!accepted.has(token)) return json(401, { error: 401, errorCode: "NOT_AUTHORIZED" });
  return json(200, { deliveryType: "DOWNLOAD", snapshotId: groupId, targetDeploymentItemName: "C" }, "application/vnd.atlas.2023-01-01+json");
}

function clientAt(now: () => number, secret = clientSecret) {
  const auth = serviceAccountAuth({ clientId, clientSecret: secret, tokenUrl: `${server.baseUrl}/api/oauth/token`, now });
  return createClient({ baseUrl: server.baseUrl, auth });
}

const read = (client: ReturnType<typeof clientAt>) => v2.getBackupTenantRestore(client, { groupId, clusterName: "C", restoreId });
const tokenRequests = () => server.requests.filter((request) => request.url === "/api/oauth/token").length;

describe("service-account OAuth", () => {
  it("asks for one token however many calls start at once", async () => {
    const client = clientAt(() => 0);
    await Promise.all(Array.from({ length: 20 }, () => read(client)));
    expect(tokenRequests()).toBe(1);
    expect(server.requests.filter((request) => request.headers.authorization === "Bearer token-1")).toHaveLength(20);
  });

  it("reuses the token until shortly before it expires, then fetches a new one", async () => {
    let now = 0;
    const client = clientAt(() => now);
    await read(client);
    now = 3_500_000; // 100 s before expiry: still good with the 60 s margin
    await read(client);
    expect(tokenRequests()).toBe(1);
    now = 3_550_000; // inside the margin
    await read(client);
    expect(tokenRequests()).toBe(2);
    expect(server.requests.at(-1)?.headers.authorization).toBe("Bearer token-2");
  });

  it("fetches a new token once when the service refuses the cached one", async () => {
    const client = clientAt(() => 0);
    await read(client);
    accepted.clear(); // the service revokes every token
    await expect(read(client)).resolves.toMatchObject({ deliveryType: "DOWNLOAD" });
    expect(tokenRequests()).toBe(2);
  });

  it("gives up after that one refresh when tokens keep being refused", async () => {
    server.respond((request) => (request.url === "/api/oauth/token" ? atlas(request) : json(401, { error: 401, errorCode: "NOT_AUTHORIZED" })));
    const error = await read(clientAt(() => 0)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AtlasApiError);
    expect((error as AtlasApiError).status).toBe(401);
    expect(tokenRequests()).toBe(2);
  });

  it("asks the API's own host for tokens by default, never another one", async () => {
    const auth = serviceAccountAuth({ clientId, clientSecret, now: () => 0 });
    const client = createClient({ baseUrl: server.baseUrl, auth });
    await read(client);
    expect(tokenRequests()).toBe(1);
  });

  it("reports refused credentials as AtlasAuthError without the secret", async () => {
    const error = await read(clientAt(() => 0, "wrong-secret-value")).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AtlasAuthError);
    expect((error as AtlasAuthError).status).toBe(401);
    expect(`${(error as Error).message} ${JSON.stringify(error)} ${(error as Error).stack ?? ""}`).not.toMatch(/wrong-secret-value|very-secret/);
  });
});
