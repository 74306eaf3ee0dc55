// The local fake Atlas, observed from outside: through the generated client where that is the point,
// and through plain `fetch` / `node:http` with hand-computed Digest headers where the wire matters.
// After every test, every answer the servers gave is checked against the spec's schemas with Ajv.
import { createHash, randomBytes } from "node:crypto";
import { request as httpRequest } from "node:http";
import { AtlasApiError, createClient, digestAuth, responseValidation, serviceAccountAuth, v1, v2 } from "atlas-restore-client";
import { afterEach, describe, expect, it } from "vitest";
import { SpecSchemas, formatErrors } from "../support/spec.ts";
import { defaultApiKey, defaultServiceAccount, startAtlasServer, type AtlasServer, type AtlasServerOptions } from "./atlas-server.ts";
import { DigestVerifier } from "./digest.ts";

const t0 = Date.parse("2026-03-01T12:00:00Z");
const v2Type = "application/vnd.atlas.2023-01-01+json";
const missingId = "0123456789abcdef01234567";

/** A clock the test moves by hand. */
function fakeClock(start = t0): { now: () => number; advance: (ms: number) => void } {
  let current = start;
  return { now: () => current, advance: (ms) => (current += ms) };
}

// ----- servers started by a test are closed, and their answers checked against the spec, afterwards -----

let running: AtlasServer[] = [];

async function start(options: AtlasServerOptions = {}): Promise<AtlasServer> {
  const server = await startAtlasServer(options);
  running.push(server);
  return server;
}

afterEach(async () => {
  const servers = running;
  running = [];
  await Promise.all(servers.map((server) => server.close()));
  for (const server of servers) expectAnswersMatchSpec(server);
});

const spec = new SpecSchemas();
const schemas = {
  v1Page: spec.schema("atlas-v1.0.yaml", "CloudBackupRestoreJobPage"),
  v1Job: spec.schema("atlas-v1.0.yaml", "CloudBackupRestoreJob"),
  v1LegacyCreated: spec.schema("atlas-v1.0.yaml", "LegacyRestoreJobCreated"),
  v2Job: spec.schema("atlas-v2.yaml", "CloudBackupRestoreJob"),
  v2Tenant: spec.schema("atlas-v2.yaml", "TenantRestoreJob"),
  error: spec.schema("common.yaml", "ApiError"),
};

const operations = [
  { method: "GET", path: /^\/api\/atlas\/v1\.0\/groups\/[^/]+\/clusters\/[^/]+\/backup\/restoreJobs$/, schema: schemas.v1Page, v2: false },
  { method: "GET", path: /^\/api\/atlas\/v1\.0\/groups\/[^/]+\/clusters\/[^/]+\/backup\/restoreJobs\/[^/]+$/, schema: schemas.v1Job, v2: false },
  { method: "POST", path: /^\/api\/atlas\/v1\.0\/groups\/[^/]+\/clusters\/[^/]+\/restoreJobs$/, schema: schemas.v1LegacyCreated, v2: false },
  { method: "POST", path: /^\/api\/atlas\/v2\/groups\/[^/]+\/clusters\/[^/]+\/backup\/restoreJobs$/, schema: schemas.v2Job, v2: true },
  { method: "GET", path: /^\/api\/atlas\/v2\/groups\/[^/]+\/clusters\/[^/]+\/backup\/tenant\/restores\/[^/]+$/, schema: schemas.v2Tenant, v2: true },
];

/** Every answered request: success bodies match the operation's 200 schema, error bodies `ApiError`, with the right Content-Type. */
function expectAnswersMatchSpec(server: AtlasServer): void {
  for (const request of server.requests) {
    const response = request.response;
    if (!response || request.fault === "malformed") continue;
    const [path = "", search = ""] = request.url.split("?");
    if (path === "/api/oauth/token") continue;
    const where = `${request.method} ${request.url} -> ${response.status}`;
    const body: unknown = JSON.parse(response.body);
    const enveloped = new URLSearchParams(search).get("envelope") === "true" && response.status === 200 && request.fault === undefined;
    let status = response.status;
    let content = body;
    if (enveloped) {
      const wrapper = body as Record<string, unknown>;
      expect(typeof wrapper.status, where).toBe("number");
      status = wrapper.status as number;
      if ("content" in wrapper) content = wrapper.content;
      else {
        const { status: _status, ...page } = wrapper;
        content = page;
      }
    }
    const operation = operations.find((candidate) => candidate.method === request.method && candidate.path.test(path));
    const validate = status >= 200 && status < 300 ? operation?.schema : schemas.error;
    expect(validate, `${where}: no schema for this answer`).toBeDefined();
    if (!validate) continue;
    expect(validate(content), `${where}: ${formatErrors(validate.errors)}`).toBe(true);
    const success = status >= 200 && status < 300;
    expect(response.headers["Content-Type"], where).toBe(success && operation?.v2 ? v2Type : "application/json");
  }
}

// ----- raw HTTP Digest, computed here from RFC 7616 without the client -----

interface Challenge {
  readonly realm: string;
  readonly nonce: string;
  readonly opaque: string;
  readonly algorithm: string;
  readonly qop: string;
  readonly stale: string;
}

function parseChallenges(header: string | null): Challenge[] {
  return (header ?? "").split(/,\s*(?=Digest\s)/).map((text) => {
    const params = new Map<string, string>();
    for (const match of text.replace(/^Digest\s+/, "").matchAll(/(\w+)=(?:"([^"]*)"|([^\s,]*))/g)) {
      params.set(match[1] ?? "", match[2] ?? match[3] ?? "");
    }
    const get = (name: string): string => params.get(name) ?? "";
    return { realm: get("realm"), nonce: get("nonce"), opaque: get("opaque"), algorithm: get("algorithm"), qop: get("qop"), stale: get("stale") };
  });
}

function digestHeader(input: {
  username: string;
  password: string;
  challenge: Challenge;
  method: string;
  uri: string;
  algorithm: "MD5" | "SHA-256";
  nc: number;
  cnonce?: string;
}): string {
  const hash = (text: string): string => createHash(input.algorithm === "MD5" ? "md5" : "sha256").update(text).digest("hex");
  const nc = input.nc.toString(16).padStart(8, "0");
  const cnonce = input.cnonce ?? randomBytes(8).toString("hex");
  const { realm, nonce, opaque } = input.challenge;
  const ha1 = hash(`${input.username}:${realm}:${input.password}`);
  const ha2 = hash(`${input.method}:${input.uri}`);
  const response = hash(`${ha1}:${nonce}:${nc}:${cnonce}:auth:${ha2}`);
  return `Digest username="${input.username}", realm="${realm}", nonce="${nonce}", uri="${input.uri}", algorithm=${input.algorithm}, qop=auth, nc=${nc}, cnonce="${cnonce}", response="${response}", opaque="${opaque}"`;
}

/** Plain `fetch` with a hand-made Digest header: one challenge, then an increasing nc. */
class RawDigest {
  private challenge: Challenge | undefined;
  private nc = 0;
  constructor(
    private readonly server: AtlasServer,
    private readonly key = defaultApiKey,
  ) {}

  async fetch(path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Response> {
    const method = init.method ?? "GET";
    if (!this.challenge) {
      const first = await fetch(this.server.url + path, { method, headers: init.headers ?? {} });
      await first.text();
      this.challenge = parseChallenges(first.headers.get("www-authenticate"))[0];
    }
    this.nc += 1;
    const authorization = digestHeader({
      username: this.key.publicKey,
      password: this.key.privateKey,
      challenge: this.challenge as Challenge,
      method,
      uri: path,
      algorithm: "SHA-256",
      nc: this.nc,
    });
    return fetch(this.server.url + path, { ...init, method, headers: { ...init.headers, Authorization: authorization } });
  }
}

function digestClient(server: AtlasServer, extra: Partial<Parameters<typeof createClient>[0]> = {}): ReturnType<typeof createClient> {
  return createClient({
    baseUrl: server.url,
    auth: digestAuth({ username: defaultApiKey.publicKey, password: defaultApiKey.privateKey }),
    validateResponses: responseValidation({ ...v1.responseValidators, ...v2.responseValidators }, { mode: "strict" }),
    ...extra,
  });
}

const v1Jobs = (groupId: string, cluster: string): string => `/api/atlas/v1.0/groups/${groupId}/clusters/${cluster}/backup/restoreJobs`;
const v2Jobs = (groupId: string, cluster: string): string => `/api/atlas/v2/groups/${groupId}/clusters/${cluster}/backup/restoreJobs`;
const tenantPath = (groupId: string, cluster: string, id: string): string => `/api/atlas/v2/groups/${groupId}/clusters/${cluster}/backup/tenant/restores/${id}`;

function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}

// =====================================================================================================

describe("HTTP Digest", () => {
  it("challenges with SHA-256 first, then MD5, qop=auth, one fresh nonce, and an Atlas error body", async () => {
    const server = await start();
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const { groupId, clusters } = server.store.seed;
    const response = await fetch(server.url + v1Jobs(groupId, clusters.primary));
    expect(response.status).toBe(401);
    const challenges = parseChallenges(response.headers.get("www-authenticate"));
    expect(challenges.map((challenge) => challenge.algorithm)).toEqual(["SHA-256", "MD5"]);
    for (const challenge of challenges) {
      expect(challenge).toMatchObject({ realm: "MMS Public API", qop: "auth", stale: "false" });
      expect(challenge.nonce.length).toBeGreaterThanOrEqual(16);
    }
    expect(challenges[0]?.nonce).toBe(challenges[1]?.nonce);
    expect(await response.json()).toEqual({ error: 401, errorCode: "UNAUTHORIZED", detail: "This resource requires authentication.", reason: "Unauthorized" });
    const again = await fetch(server.url + v1Jobs(groupId, clusters.primary));
    expect(parseChallenges(again.headers.get("www-authenticate"))[0]?.nonce).not.toBe(challenges[0]?.nonce);
  });

  it("accepts digestAuth from the package: SHA-256 when offered, MD5 when that is all there is", async () => {
    for (const [algorithms, expected] of [[undefined, "SHA-256"], [["MD5"] as const, "MD5"], [["MD5", "SHA-256"] as const, "SHA-256"]] as const) {
      const server = await start(algorithms ? { digestAlgorithms: algorithms } : {});
      const { groupId, clusters } = server.store.seed;
      const client = digestClient(server);
      const page = await v1.listBackupRestoreJobs(client, { groupId, clusterName: clusters.primary });
      expect(page.totalCount).toBe(2);
      const job = await v1.getBackupRestoreJob(client, { groupId, clusterName: clusters.primary, restoreJobId: page.results[0]?.id ?? "" });
      expect(job.id).toBe(page.results[0]?.id);
      // One challenge, then the nonce is reused with nc 1, 2.
      expect(server.requests.map((request) => request.response?.status)).toEqual([401, 200, 200]);
      const sent = server.requests.slice(1).map((request) => request.headers.authorization ?? "");
      for (const header of sent) expect(header).toContain(`algorithm=${expected}`);
      expect(sent.map((header) => /nc=(\w+)/.exec(header)?.[1])).toEqual(["00000001", "00000002"]);
    }
  });

  it("accepts hand-computed responses with both algorithms on one nonce", async () => {
    const server = await start();
    const { groupId, clusters } = server.store.seed;
    const path = `${v1Jobs(groupId, clusters.primary)}?itemsPerPage=1`;
    const [challenge] = parseChallenges((await fetch(server.url + path)).headers.get("www-authenticate"));
    if (!challenge) throw new Error("no challenge");
    for (const [nc, algorithm] of [[1, "SHA-256"], [2, "MD5"]] as const) {
      const authorization = digestHeader({ username: defaultApiKey.publicKey, password: defaultApiKey.privateKey, challenge, method: "GET", uri: path, algorithm, nc });
      const response = await fetch(server.url + path, { headers: { Authorization: authorization } });
      expect(response.status).toBe(200);
      expect(((await response.json()) as { results: unknown[] }).results).toHaveLength(1);
    }
  });

  it("verifies the RFC 7616 section 3.9.1 examples", () => {
    for (const [algorithm, response] of [
      ["MD5", "8ca523f5e9506fed4657c9700eebdbec"],
      ["SHA-256", "753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1"],
    ] as const) {
      const verifier = new DigestVerifier({
        realm: "http-auth@example.org",
        keys: new Map([["Mufasa", "Circle of Life"]]),
        now: () => t0,
        nonceLifetimeMs: 60_000,
        opaque: "FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS",
      });
      verifier.issueNonce("7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v");
      const header = `Digest username="Mufasa", realm="http-auth@example.org", uri="/dir/index.html", algorithm=${algorithm}, nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", nc=00000001, cnonce="f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ", qop=auth, response="${response}", opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS"`;
      expect(verifier.verify(header, "POST", "/dir/index.html")).toEqual({ ok: false, stale: false, reason: "wrong response (bad credentials)" });
      expect(verifier.verify(header, "GET", "/dir/index.html?x")).toMatchObject({ ok: false, reason: "uri does not match the request target" });
      expect(verifier.verify(header, "GET", "/dir/index.html")).toEqual({ ok: true, username: "Mufasa", algorithm });
      expect(verifier.verify(header, "GET", "/dir/index.html")).toMatchObject({ ok: false, stale: false, reason: "nc 00000001 was already used with this nonce" });
    }
  });

  it("answers an expired nonce with stale=true, and the client renews it without failing", async () => {
    const clock = fakeClock();
    const server = await start({ now: clock.now, nonceLifetimeMs: 60_000 });
    const { groupId, clusters } = server.store.seed;
    const path = v1Jobs(groupId, clusters.primary);
    const [challenge] = parseChallenges((await fetch(server.url + path)).headers.get("www-authenticate"));
    if (!challenge) throw new Error("no challenge");
    const sign = (nc: number): string => digestHeader({ username: defaultApiKey.publicKey, password: defaultApiKey.privateKey, challenge, method: "GET", uri: path, algorithm: "SHA-256", nc });
    expect((await fetch(server.url + path, { headers: { Authorization: sign(1) } })).status).toBe(200);
    clock.advance(60_001);
    const stale = await fetch(server.url + path, { headers: { Authorization: sign(2) } });
    expect(stale.status).toBe(401);
    const renewed = parseChallenges(stale.headers.get("www-authenticate"));
    expect(renewed.map((c) => [c.algorithm, c.stale])).toEqual([["SHA-256", "true"], ["MD5", "true"]]);
    expect(renewed[0]?.nonce).not.toBe(challenge.nonce);
    expect(await stale.json()).toMatchObject({ error: 401, errorCode: "UNAUTHORIZED", detail: "HTTP Digest authentication failed: nonce expired." });
    // A wrong response on an expired nonce is not stale: the credentials are what is wrong.
    const wrong = digestHeader({ username: defaultApiKey.publicKey, password: "nope", challenge, method: "GET", uri: path, algorithm: "SHA-256", nc: 3 });
    const refused = await fetch(server.url + path, { headers: { Authorization: wrong } });
    expect(parseChallenges(refused.headers.get("www-authenticate"))[0]?.stale).toBe("false");

    server.requests.length = 0;
    const client = digestClient(server);
    await v1.listBackupRestoreJobs(client, { groupId, clusterName: clusters.primary });
    clock.advance(60_001);
    const page = await v1.listBackupRestoreJobs(client, { groupId, clusterName: clusters.primary });
    expect(page.totalCount).toBe(2);
    expect(server.requests.map((request) => request.response?.status)).toEqual([401, 200, 401, 200]);
    expect(String(server.requests[2]?.response?.headers["WWW-Authenticate"])).toContain("stale=true");
  });

  it("rejects a nonce count used before with that nonce, and accepts unused ones in any order", async () => {
    const server = await start();
    const { groupId, clusters } = server.store.seed;
    const path = v1Jobs(groupId, clusters.primary);
    const [challenge] = parseChallenges((await fetch(server.url + path)).headers.get("www-authenticate"));
    if (!challenge) throw new Error("no challenge");
    const send = (nc: number): Promise<Response> =>
      fetch(server.url + path, { headers: { Authorization: digestHeader({ username: defaultApiKey.publicKey, password: defaultApiKey.privateKey, challenge, method: "GET", uri: path, algorithm: "SHA-256", nc }) } });
    expect((await send(1)).status).toBe(200);
    const replay = await send(1);
    expect(replay.status).toBe(401);
    expect(await replay.json()).toEqual({
      error: 401,
      errorCode: "UNAUTHORIZED",
      detail: "HTTP Digest authentication failed: nc 00000001 was already used with this nonce.",
      reason: "Unauthorized",
    });
    expect(parseChallenges(replay.headers.get("www-authenticate"))[0]?.stale).toBe("false");
    expect((await send(3)).status).toBe(200);
    expect((await send(2)).status).toBe(200);
    expect((await send(3)).status).toBe(401);
  });

  it("refuses a wrong password, an unknown key, and a response computed for another URI with 401", async () => {
    const server = await start();
    const { groupId, clusters } = server.store.seed;
    for (const credentials of [
      { username: defaultApiKey.publicKey, password: "wrong-password" },
      { username: "unknownk", password: defaultApiKey.privateKey },
    ]) {
      server.requests.length = 0;
      const client = createClient({ baseUrl: server.url, auth: digestAuth(credentials) });
      const error = await v1.listBackupRestoreJobs(client, { groupId, clusterName: clusters.primary }).catch((caught: unknown) => caught);
      if (!v1.isListBackupRestoreJobsError(error)) throw new Error(`expected an AtlasApiError, got ${String(error)}`);
      expect(error.status).toBe(401);
      expect(error.errorCode).toBe("UNAUTHORIZED");
      expect(error.reason).toBe("Unauthorized");
      expect(server.requests.map((request) => request.response?.status)).toEqual([401, 401]);
    }
    const path = v1Jobs(groupId, clusters.primary);
    const [challenge] = parseChallenges((await fetch(server.url + path)).headers.get("www-authenticate"));
    if (!challenge) throw new Error("no challenge");
    const forOther = digestHeader({ username: defaultApiKey.publicKey, password: defaultApiKey.privateKey, challenge, method: "GET", uri: `${path}?pageNum=2`, algorithm: "SHA-256", nc: 1 });
    const response = await fetch(server.url + path, { headers: { Authorization: forOther } });
    expect(response.status).toBe(401);
    expect(((await response.json()) as { detail: string }).detail).toBe("HTTP Digest authentication failed: uri does not match the request target.");
  });
});

describe("service accounts (OAuth 2.0 client credentials)", () => {
  const basic = (id: string, secret: string): string => `Basic ${Buffer.from(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`).toString("base64")}`;
  const tokenRequest = (server: AtlasServer, authorization: string, body = "grant_type=client_credentials"): Promise<Response> =>
    fetch(`${server.url}/api/oauth/token`, { method: "POST", headers: { Authorization: authorization, "Content-Type": "application/x-www-form-urlencoded" }, body });

  it("issues Bearer tokens for the right client secret only, and counts them", async () => {
    const server = await start({ tokenLifetimeSeconds: 600 });
    const ok = await tokenRequest(server, basic(defaultServiceAccount.clientId, defaultServiceAccount.clientSecret));
    expect(ok.status).toBe(200);
    expect(ok.headers.get("cache-control")).toBe("no-store");
    const token = (await ok.json()) as { access_token: string; token_type: string; expires_in: number };
    expect(token).toEqual({ access_token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/), token_type: "Bearer", expires_in: 600 });
    expect(server.oauth.issued).toBe(1);

    const wrong = await tokenRequest(server, basic(defaultServiceAccount.clientId, "wrong"));
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual({ error: 401, errorCode: "INVALID_CLIENT", detail: "The client id or secret is not valid.", reason: "Unauthorized" });
    const noAuth = await fetch(`${server.url}/api/oauth/token`, { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: "grant_type=client_credentials" });
    expect(noAuth.status).toBe(401);
    const badGrant = await tokenRequest(server, basic(defaultServiceAccount.clientId, defaultServiceAccount.clientSecret), "grant_type=password");
    expect(badGrant.status).toBe(400);
    expect(await badGrant.json()).toMatchObject({ error: 400, errorCode: "UNSUPPORTED_GRANT_TYPE", badRequestDetail: { fields: [{ field: "grant_type", description: "must be client_credentials" }] } });
    expect(server.oauth.issued).toBe(1);

    const { groupId, clusters, tenantJobs } = server.store.seed;
    const withToken = await fetch(server.url + tenantPath(groupId, clusters.tenant, tenantJobs.completedRestore), {
      headers: { Authorization: `Bearer ${token.access_token}`, Accept: v2Type },
    });
    expect(withToken.status).toBe(200);
    const forged = await fetch(server.url + tenantPath(groupId, clusters.tenant, tenantJobs.completedRestore), { headers: { Authorization: "Bearer forged", Accept: v2Type } });
    expect(forged.status).toBe(401);
    expect(forged.headers.get("www-authenticate")).toContain('Bearer realm="MMS Public API", error="invalid_token"');
    // v1.0 declares HTTP Digest only.
    const v1WithToken = await fetch(server.url + v1Jobs(groupId, clusters.primary), { headers: { Authorization: `Bearer ${token.access_token}` } });
    expect(v1WithToken.status).toBe(401);
    expect(((await v1WithToken.json()) as { detail: string }).detail).toBe("The v1.0 API accepts HTTP Digest authentication only.");
  });

  it("serves serviceAccountAuth from the package; tokens expire on the server's clock and are renewed", async () => {
    const clock = fakeClock();
    const server = await start({ now: clock.now, tokenLifetimeSeconds: 120, acceptBearerOnV1: true });
    const { groupId, clusters, tenantJobs } = server.store.seed;
    const client = createClient({
      baseUrl: server.url,
      auth: serviceAccountAuth({ ...defaultServiceAccount, tokenUrl: `${server.url}/api/oauth/token`, now: clock.now }),
    });
    const tenant = await v2.getBackupTenantRestore(client, { groupId, clusterName: clusters.tenant, restoreId: tenantJobs.completedRestore });
    expect(tenant).toMatchObject({ deliveryType: "RESTORE", status: "COMPLETED" });
    await v1.listBackupRestoreJobs(client, { groupId, clusterName: clusters.primary });
    expect(server.oauth.issued).toBe(1);
    const firstToken = server.requests[1]?.headers.authorization;
    clock.advance(121_000);
    const raw = await fetch(server.url + tenantPath(groupId, clusters.tenant, tenantJobs.completedRestore), { headers: { Authorization: firstToken ?? "", Accept: v2Type } });
    expect(raw.status).toBe(401);
    expect(((await raw.json()) as { detail: string }).detail).toBe("The access token is expired.");
    await v2.getBackupTenantRestore(client, { groupId, clusterName: clusters.tenant, restoreId: tenantJobs.completedRestore });
    expect(server.oauth.issued).toBe(2);
    // A revoked token gets one 401, then the client fetches a new one.
    server.oauth.revokeAll();
    await v2.getBackupTenantRestore(client, { groupId, clusterName: clusters.tenant, restoreId: tenantJobs.completedRestore });
    expect(server.oauth.issued).toBe(3);
    expect(server.requests.slice(-3).map((request) => `${request.url.startsWith("/api/oauth") ? "token" : "api"} ${request.response?.status}`)).toEqual(["api 401", "token 200", "api 200"]);
  });
});

describe("versioned media types", () => {
  it("v2 answers with the versioned type, refuses unknown or missing versions with 406, and v1.0 uses application/json", async () => {
    const server = await start();
    const raw = new RawDigest(server);
    const { groupId, clusters, tenantJobs } = server.store.seed;
    const path = tenantPath(groupId, clusters.tenant, tenantJobs.completedRestore);
    const ok = await raw.fetch(path, { headers: { Accept: v2Type } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toBe(v2Type);

    const unknown = await raw.fetch(path, { headers: { Accept: "application/vnd.atlas.2099-01-01+json" } });
    expect(unknown.status).toBe(406);
    expect(unknown.headers.get("content-type")).toBe("application/json");
    expect(await unknown.json()).toEqual({
      error: 406,
      errorCode: "INVALID_VERSION_DATE",
      detail: "The API version 2099-01-01 is not available for this resource. Supported versions: 2023-01-01.",
      reason: "Not Acceptable",
      parameters: [{ version: "2099-01-01" }],
    });
    for (const accept of [undefined, "application/json", "*/*"]) {
      const response = await raw.fetch(path, accept === undefined ? {} : { headers: { Accept: accept } });
      expect(response.status).toBe(406);
      expect(await response.json()).toMatchObject({ error: 406, errorCode: "VERSION_REQUIRED", reason: "Not Acceptable" });
    }
    // A list of types is fine as long as one is a supported version.
    expect((await raw.fetch(path, { headers: { Accept: `application/vnd.atlas.2099-01-01+json, ${v2Type};q=0.5` } })).status).toBe(200);

    const create = v2Jobs(groupId, clusters.primary);
    const body = JSON.stringify({ deliveryType: "download", snapshotId: server.store.seed.snapshots[clusters.primary]?.[0] });
    const plainJson = await raw.fetch(create, { method: "POST", headers: { Accept: v2Type, "Content-Type": "application/json" }, body });
    expect(plainJson.status).toBe(415);
    expect(await plainJson.json()).toMatchObject({ error: 415, errorCode: "UNSUPPORTED_MEDIA_TYPE" });

    const v1ok = await raw.fetch(v1Jobs(groupId, clusters.primary), { headers: { Accept: "application/json" } });
    expect(v1ok.headers.get("content-type")).toBe("application/json");
    const v1versioned = await raw.fetch(v1Jobs(groupId, clusters.primary), { headers: { Accept: v2Type } });
    expect(v1versioned.status).toBe(406);

    // Through the client: apiVersion replaces the date, and the 406 is a typed error.
    const error = await v2
      .getBackupTenantRestore(digestClient(server), { groupId, clusterName: clusters.tenant, restoreId: tenantJobs.completedRestore }, { apiVersion: "2099-01-01" })
      .catch((caught: unknown) => caught);
    if (!v2.isGetBackupTenantRestoreError(error)) throw new Error("expected a typed error");
    expect(error.status).toBe(406);
    expect(error.errorCode).toBe("INVALID_VERSION_DATE");
  });
});

describe("pagination", () => {
  it("pages 1,234 jobs newest first with totalCount, and checks pageNum, itemsPerPage and includeCount", async () => {
    const server = await start();
    const { groupId } = server.store.seed;
    server.store.addCluster(groupId, "Big");
    const added = server.store.addCloudJobs(groupId, "Big", 1234);
    const raw = new RawDigest(server);
    const page = async (query: string): Promise<{ status: number; body: Record<string, unknown> }> => {
      const response = await raw.fetch(query === "" ? v1Jobs(groupId, "Big") : `${v1Jobs(groupId, "Big")}?${query}`);
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    };
    const first = await page("itemsPerPage=500");
    expect(first.status).toBe(200);
    expect(first.body.totalCount).toBe(1234);
    const results = first.body.results as { id: string; createdAt: string }[];
    expect(results).toHaveLength(500);
    expect(results[0]?.id).toBe(added[1233]?.id);
    expect(results[499]?.id).toBe(added[734]?.id);
    expect((first.body.links as { rel: string }[]).map((link) => link.rel)).toEqual(["self", "next"]);
    const third = await page("itemsPerPage=500&pageNum=3");
    expect((third.body.results as unknown[]).length).toBe(234);
    expect((third.body.results as { id: string }[])[233]?.id).toBe(added[0]?.id);
    expect((third.body.links as { rel: string }[]).map((link) => link.rel)).toEqual(["self", "previous"]);
    const beyond = await page("itemsPerPage=500&pageNum=4");
    expect(beyond.body).toMatchObject({ results: [], totalCount: 1234 });
    const defaults = await page("");
    expect((defaults.body.results as unknown[]).length).toBe(100);
    const uncounted = await page("includeCount=false&itemsPerPage=3");
    expect(uncounted.body).not.toHaveProperty("totalCount");
    expect((uncounted.body.results as unknown[]).length).toBe(3);

    for (const [query, field, description] of [
      ["itemsPerPage=0", "itemsPerPage", "must be an integer from 1 to 500"],
      ["itemsPerPage=501", "itemsPerPage", "must be an integer from 1 to 500"],
      ["itemsPerPage=ten", "itemsPerPage", "must be an integer from 1 to 500"],
      ["pageNum=0", "pageNum", "must be an integer from 1 to 2147483647"],
      ["includeCount=yes", "includeCount", "must be true or false"],
      ["pretty=1", "pretty", "must be true or false"],
    ] as const) {
      const refused = await page(query);
      expect(refused.status, query).toBe(400);
      expect(refused.body, query).toMatchObject({ error: 400, errorCode: "INVALID_QUERY_PARAMETER", reason: "Bad Request", badRequestDetail: { fields: [{ field, description }] } });
    }

    // The client's iterators walk every page.
    const client = digestClient(server);
    let pages = 0;
    for await (const item of v1.listBackupRestoreJobsPages(client, { groupId, clusterName: "Big", itemsPerPage: 100 })) {
      pages += 1;
      expect(item.totalCount).toBe(1234);
    }
    expect(pages).toBe(13);
    const seen: string[] = [];
    const created: number[] = [];
    for await (const job of v1.listBackupRestoreJobsItems(client, { groupId, clusterName: "Big", itemsPerPage: 500 })) {
      seen.push(job.id ?? "");
      created.push(Date.parse(job.createdAt ?? ""));
    }
    expect(seen).toEqual(added.map((job) => job.id).reverse());
    expect(created.every((at, index) => index === 0 || at <= (created[index - 1] as number))).toBe(true);
  });

  it("lists 100,000 jobs", async () => {
    const server = await start();
    const { groupId } = server.store.seed;
    server.store.addCluster(groupId, "Huge");
    const added = server.store.addCloudJobs(groupId, "Huge", 100_000);
    // Unchecked: the spec check of 100,000 jobs would dominate the test's time.
    const client = createClient({ baseUrl: server.url, auth: digestAuth({ username: defaultApiKey.publicKey, password: defaultApiKey.privateKey }) });
    let count = 0;
    let last = "";
    for await (const job of v1.listBackupRestoreJobsItems(client, { groupId, clusterName: "Huge", itemsPerPage: 500 })) {
      count += 1;
      last = job.id ?? "";
    }
    expect(count).toBe(100_000);
    expect(last).toBe(added[0]?.id);
    expect(server.requests).toHaveLength(201);
    // Only the answers of the first and last page are kept for the spec check, to keep it quick.
    server.requests.splice(2, server.requests.length - 3);
  });
});

describe("envelope and pretty", () => {
  it("wraps single resources, lists and errors, always with HTTP 200, and unwraps them in the client", async () => {
    const server = await start();
    const raw = new RawDigest(server);
    const { groupId, clusters } = server.store.seed;
    const list = await raw.fetch(`${v1Jobs(groupId, clusters.primary)}?envelope=true`);
    expect(list.status).toBe(200);
    const listBody = (await list.json()) as { status: number; results: { id: string }[]; totalCount: number; links: unknown[] };
    expect(listBody).toMatchObject({ status: 200, totalCount: 2 });
    expect(listBody.results).toHaveLength(2);
    expect(Object.keys(listBody).sort()).toEqual(["links", "results", "status", "totalCount"]);

    const id = listBody.results[0]?.id ?? "";
    const single = await raw.fetch(`${v1Jobs(groupId, clusters.primary)}/${id}?envelope=true`);
    expect(single.status).toBe(200);
    const singleBody = (await single.json()) as { status: number; content: { id: string } };
    expect(Object.keys(singleBody).sort()).toEqual(["content", "status"]);
    expect(singleBody.status).toBe(200);
    expect(singleBody.content.id).toBe(id);

    const missing = await raw.fetch(`${v1Jobs(groupId, clusters.primary)}/${missingId}?envelope=true`);
    expect(missing.status).toBe(200);
    expect(await missing.json()).toEqual({
      status: 404,
      content: { error: 404, errorCode: "RESOURCE_NOT_FOUND", detail: `No restore job with ID ${missingId} exists for cluster ${clusters.primary}.`, reason: "Not Found", parameters: [{ restoreJobId: missingId }] },
    });
    const unwrapped = await raw.fetch(`${v1Jobs(groupId, clusters.primary)}/${missingId}?envelope=false`);
    expect(unwrapped.status).toBe(404);
    const badPage = await raw.fetch(`${v1Jobs(groupId, clusters.primary)}?envelope=true&itemsPerPage=900`);
    expect(badPage.status).toBe(200);
    expect(await badPage.json()).toMatchObject({ status: 400, content: { error: 400, errorCode: "INVALID_QUERY_PARAMETER" } });

    const client = digestClient(server);
    const job = await v1.getBackupRestoreJob(client, { groupId, clusterName: clusters.primary, restoreJobId: id, envelope: true });
    expect(job.id).toBe(id);
    const page = await v1.listBackupRestoreJobs(client, { groupId, clusterName: clusters.primary, envelope: true });
    expect(page).not.toHaveProperty("status");
    expect(page.totalCount).toBe(2);
    const error = await v1.getBackupRestoreJob(client, { groupId, clusterName: clusters.primary, restoreJobId: missingId, envelope: true }).catch((caught: unknown) => caught);
    if (!v1.isGetBackupRestoreJobError(error)) throw new Error("expected a typed error");
    expect(error.status).toBe(404);
    expect(error.errorCode).toBe("RESOURCE_NOT_FOUND");
  });

  it("indents the JSON with pretty=true and not otherwise", async () => {
    const server = await start();
    const raw = new RawDigest(server);
    const { groupId, clusters } = server.store.seed;
    const pretty = await (await raw.fetch(`${v1Jobs(groupId, clusters.primary)}?pretty=true`)).text();
    const compact = await (await raw.fetch(`${v1Jobs(groupId, clusters.primary)}?pretty=false`)).text();
    expect(pretty.startsWith('{\n  "links": [\n    {\n      "href"')).toBe(true);
    expect(compact).not.toContain("\n");
    const strip = (text: string): unknown => {
      const { links: _links, ...rest } = JSON.parse(text) as Record<string, unknown>;
      return rest;
    };
    expect(strip(pretty)).toEqual(strip(compact));
  });
});

describe("errors", () => {
  it("answers bad path parameters with 400, unknown resources with 404 RESOURCE_NOT_FOUND, in the Atlas error body", async () => {
    const server = await start();
    const raw = new RawDigest(server);
    const { groupId, clusters } = server.store.seed;
    const json = async (path: string, init?: Parameters<RawDigest["fetch"]>[1]): Promise<[number, unknown]> => {
      const response = await raw.fetch(path, init);
      return [response.status, await response.json()];
    };
    expect(await json(v1Jobs("not-a-group", clusters.primary))).toEqual([
      400,
      {
        error: 400,
        errorCode: "INVALID_GROUP_ID",
        detail: 'The specified group ID "not-a-group" is invalid.',
        reason: "Bad Request",
        parameters: [{ "GROUP-ID": "not-a-group" }],
        badRequestDetail: { fields: [{ field: "GROUP-ID", description: "must be a 24-hex-digit identifier" }] },
      },
    ]);
    expect(await json(v1Jobs(groupId, "-bad"))).toEqual([
      400,
      {
        error: 400,
        errorCode: "INVALID_CLUSTER_NAME",
        detail: 'The cluster name "-bad" is invalid.',
        reason: "Bad Request",
        parameters: [{ "CLUSTER-NAME": "-bad" }],
        badRequestDetail: { fields: [{ field: "CLUSTER-NAME", description: "must match ^[a-zA-Z0-9][a-zA-Z0-9-]*$" }] },
      },
    ]);
    expect((await json(v1Jobs(groupId, "a".repeat(65))))[1]).toMatchObject({ errorCode: "INVALID_CLUSTER_NAME", badRequestDetail: { fields: [{ description: "must be at most 64 characters long" }] } });
    expect((await json(`${v1Jobs(groupId, clusters.primary)}/XYZ`))[1]).toMatchObject({ error: 400, errorCode: "INVALID_RESTORE_JOB_ID" });
    expect(await json(v1Jobs(groupId, "NoSuchCluster"))).toEqual([
      404,
      { error: 404, errorCode: "RESOURCE_NOT_FOUND", detail: `No cluster named NoSuchCluster exists in project ${groupId}.`, reason: "Not Found", parameters: [{ clusterName: "NoSuchCluster", groupId }] },
    ]);
    expect((await json(v1Jobs(missingId, clusters.primary)))[1]).toMatchObject({ error: 404, errorCode: "RESOURCE_NOT_FOUND", detail: `No project with ID ${missingId} exists.` });
    expect((await json(`${v1Jobs(groupId, clusters.primary)}/${missingId}`))[0]).toBe(404);
    expect((await json(v1Jobs(groupId, clusters.tenant)))[1]).toMatchObject({ error: 400, errorCode: "BACKUP_TYPE_MISMATCH", detail: "Cluster M5Cluster is not backed up with Cloud Backup." });
    expect(await json("/api/atlas/v2/nothing")).toEqual([404, { error: 404, errorCode: "RESOURCE_NOT_FOUND", detail: "There is no resource at /api/atlas/v2/nothing.", reason: "Not Found" }]);
    const wrongMethod = await raw.fetch(v1Jobs(groupId, clusters.primary), { method: "DELETE" });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get("allow")).toBe("GET");

    // The path is taken as sent: dot-segments are not resolved, encoded ones are just characters.
    const rawPath = await new Promise<number>((resolve, reject) => {
      const { hostname, port } = new URL(server.url);
      const request = httpRequest({ hostname, port, method: "POST", path: `/api/atlas/v2/groups/${groupId}/clusters/../../orgs/backup/restoreJobs` }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      request.on("error", reject);
      request.end();
    });
    expect(rawPath).toBe(404);
    expect(server.requests.at(-1)?.url).toBe(`/api/atlas/v2/groups/${groupId}/clusters/../../orgs/backup/restoreJobs`);
  });

  it("validates v2 create bodies and answers 400 with badRequestDetail.fields, 404 for unknown snapshots, 409 for a second download", async () => {
    const clock = fakeClock();
    const server = await start({ now: clock.now, jobDurationMs: 60_000 });
    const raw = new RawDigest(server);
    const { groupId, clusters, snapshots } = server.store.seed;
    const snapshotId = snapshots[clusters.primary]?.[0] ?? "";
    const post = async (body: string, cluster: string = clusters.primary): Promise<[number, Record<string, unknown>]> => {
      const response = await raw.fetch(v2Jobs(groupId, cluster), { method: "POST", headers: { Accept: v2Type, "Content-Type": v2Type }, body });
      return [response.status, (await response.json()) as Record<string, unknown>];
    };
    const fields = (body: Record<string, unknown>): string[] =>
      ((body.badRequestDetail as { fields: { field: string }[] } | undefined)?.fields ?? []).map((violation) => violation.field);

    const [status, body] = await post(JSON.stringify({ deliveryType: "automated", snapshotId: "x" }));
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: 400, errorCode: "VALIDATION_ERROR", reason: "Bad Request", detail: "The restore job request is not valid." });
    expect(fields(body)).toEqual(["snapshotId", "targetClusterName", "targetGroupId"]);
    expect(fields((await post(JSON.stringify({ deliveryType: "sideways" })))[1])).toEqual(["deliveryType"]);
    expect(fields((await post(JSON.stringify({ deliveryType: "download", snapshotId, pointInTimeUTCSeconds: 1717171717 })))[1])).toEqual(["pointInTimeUTCSeconds"]);
    const neither = (await post(JSON.stringify({ deliveryType: "pointInTime", targetClusterName: clusters.target, targetGroupId: groupId })))[1];
    expect(neither.badRequestDetail).toEqual({ fields: [{ field: "pointInTimeUTCSeconds", description: "pointInTimeUTCSeconds, or oplogTs with oplogInc, is required" }] });
    const both = (await post(JSON.stringify({ deliveryType: "pointInTime", pointInTimeUTCSeconds: 1717171717, oplogTs: 1717171717, oplogInc: 1, targetClusterName: clusters.target, targetGroupId: groupId })))[1];
    expect(both.badRequestDetail).toEqual({ fields: [{ field: "pointInTimeUTCSeconds", description: "cannot be set together with oplogTs and oplogInc" }] });
    expect(fields((await post(JSON.stringify({ deliveryType: "pointInTime", oplogTs: 1717171717, targetClusterName: clusters.target, targetGroupId: groupId })))[1])).toEqual(["oplogInc"]);
    const future = (await post(JSON.stringify({ deliveryType: "pointInTime", pointInTimeUTCSeconds: Math.floor(t0 / 1000) + 60, targetClusterName: clusters.target, targetGroupId: groupId })))[1];
    expect(future.badRequestDetail).toEqual({ fields: [{ field: "pointInTimeUTCSeconds", description: "must not lie in the future" }] });
    expect(await post("{not json")).toEqual([400, expect.objectContaining({ error: 400, errorCode: "INVALID_JSON" })]);
    expect(await post("")).toEqual([400, expect.objectContaining({ errorCode: "INVALID_JSON", detail: "The request has no body; a JSON body is required." })]);
    expect((await post(JSON.stringify({ deliveryType: "download", snapshotId: missingId })))).toEqual([
      404,
      { error: 404, errorCode: "RESOURCE_NOT_FOUND", detail: `No snapshot with ID ${missingId} exists for cluster ${clusters.primary}.`, reason: "Not Found", parameters: [{ snapshotId: missingId }] },
    ]);
    expect((await post(JSON.stringify({ deliveryType: "automated", snapshotId, targetClusterName: "Nowhere", targetGroupId: groupId })))[1]).toMatchObject({ error: 404, errorCode: "RESOURCE_NOT_FOUND" });
    expect((await post(JSON.stringify({ deliveryType: "download", snapshotId }), "Unknown1"))[0]).toBe(404);

    const [created, job] = await post(JSON.stringify({ deliveryType: "download", snapshotId }));
    expect(created).toBe(200);
    const [conflict, conflictBody] = await post(JSON.stringify({ deliveryType: "download", snapshotId }));
    expect(conflict).toBe(409);
    expect(conflictBody).toMatchObject({ error: 409, errorCode: "CONCURRENT_DOWNLOAD_RESTORE_JOB", reason: "Conflict", parameters: [{ restoreJobId: job.id }] });
    clock.advance(60_000);
    expect((await post(JSON.stringify({ deliveryType: "download", snapshotId })))[0]).toBe(200);

    // Through the client, the same 400 is a typed error carrying the field list.
    const error = await v2
      .createBackupRestoreJob(digestClient(server), { groupId, clusterName: clusters.primary }, { deliveryType: "automated", snapshotId, targetClusterName: "bad name!", targetGroupId: groupId })
      .catch((caught: unknown) => caught);
    if (!v2.isCreateBackupRestoreJobError(error)) throw new Error("expected a typed error");
    expect(error.status).toBe(400);
    expect(error.badRequestDetail?.fields?.map((violation) => violation.field)).toEqual(["targetClusterName"]);
  });

  it("creates legacy restore jobs as a page (one job per replica set of a sharded cluster) and validates their bodies", async () => {
    const clock = fakeClock();
    const server = await start({ now: clock.now, jobDurationMs: 60_000 });
    const { groupId, clusters, snapshots } = server.store.seed;
    const client = digestClient(server);
    const snapshotId = snapshots[clusters.legacy]?.[0] ?? "";
    const created = await v1.createLegacyBackupRestoreJob(client, { groupId, clusterName: clusters.legacy }, { snapshotId, delivery: { methodName: "HTTP", expirationHours: 2, maxDownloads: 1 } });
    if (!("results" in created)) throw new Error("expected a page");
    expect(created.totalCount).toBe(1);
    const [job] = created.results;
    expect(job).toMatchObject({ snapshotId, groupId, statusName: "IN_PROGRESS", delivery: { methodName: "HTTP", expirationHours: 2, maxDownloads: 1, statusName: "NOT_STARTED" }, encryptionEnabled: false });
    expect(job?.delivery).not.toHaveProperty("url");

    server.store.addCluster(groupId, "LegacySharded", { backup: "legacy", shards: ["shard-0", "shard-1", "config"] });
    const shardedSnapshot = server.store.addSnapshot(groupId, "LegacySharded", t0 - 3_600_000);
    const sharded = await v1.createLegacyBackupRestoreJob(client, { groupId, clusterName: "LegacySharded" }, {
      snapshotId: shardedSnapshot.id,
      delivery: { methodName: "AUTOMATED_RESTORE", targetGroupId: groupId, targetClusterName: clusters.legacy },
    });
    if (!("results" in sharded)) throw new Error("expected a page");
    expect(sharded.results).toHaveLength(3);
    expect(new Set(sharded.results.map((result) => result.batchId)).size).toBe(1);
    expect(sharded.results[0]?.batchId).toMatch(/^[a-f0-9]{24}$/);

    const refuse = async (body: unknown, clusterName: string = clusters.legacy): Promise<AtlasApiError> => {
      const error = await v1.createLegacyBackupRestoreJob(client, { groupId, clusterName }, body as v1.CreateLegacyRestoreJobRequest).catch((caught: unknown) => caught);
      if (!(error instanceof AtlasApiError)) throw new Error(`expected an AtlasApiError, got ${String(error)}`);
      return error;
    };
    const missingDownloads = await refuse({ snapshotId, delivery: { methodName: "HTTP", expirationHours: 0 } });
    expect(missingDownloads.status).toBe(400);
    expect(missingDownloads.badRequestDetail?.fields?.map((violation) => violation.field)).toEqual(["delivery.expirationHours", "delivery.maxDownloads"]);
    const twoPoints = await refuse({ snapshotId, oplogTs: "1", oplogInc: "1", delivery: { methodName: "AUTOMATED_RESTORE", targetGroupId: groupId, targetClusterName: clusters.legacy } });
    expect(twoPoints.badRequestDetail?.fields).toEqual([{ field: "snapshotId", description: "exactly one restore point is required: snapshotId, checkpointId, oplogTs with oplogInc, or pointInTimeUTCMillis" }]);
    const noTarget = await refuse({ snapshotId, delivery: { methodName: "AUTOMATED_RESTORE", targetGroupId: groupId } });
    expect(noTarget.badRequestDetail?.fields).toEqual([{ field: "delivery.targetClusterName", description: "exactly one of delivery.targetClusterName and delivery.targetClusterId is required" }]);
    expect((await refuse({ delivery: { methodName: "FTP" } })).badRequestDetail?.fields).toEqual([{ field: "delivery.methodName", description: "must be HTTP or AUTOMATED_RESTORE" }]);
    const old = await refuse({ pointInTimeUTCMillis: t0 - 25 * 3_600_000, delivery: { methodName: "AUTOMATED_RESTORE", targetGroupId: groupId, targetClusterName: clusters.legacy } });
    expect(old.badRequestDetail?.fields).toEqual([{ field: "pointInTimeUTCMillis", description: "must lie within the last 24 hours" }]);
    expect((await refuse({ snapshotId: missingId, delivery: { methodName: "HTTP", expirationHours: 1, maxDownloads: 1 } })).status).toBe(404);
    const cloudCluster = await refuse({ snapshotId, delivery: { methodName: "HTTP", expirationHours: 1, maxDownloads: 1 } }, clusters.primary);
    expect(cloudCluster).toMatchObject({ status: 400, errorCode: "BACKUP_TYPE_MISMATCH" });
  });

  it("reads tenant restore jobs, and answers 410 VERSION_GONE after the sunset when asked to enforce it", async () => {
    const server = await start();
    const client = digestClient(server);
    const { groupId, clusters, tenantJobs } = server.store.seed;
    const download = await v2.getBackupTenantRestore(client, { groupId, clusterName: clusters.tenant, restoreId: tenantJobs.completedDownload });
    if (download.deliveryType !== "DOWNLOAD") throw new Error("expected the DOWNLOAD job");
    expect(download.snapshotUrl).toBe(`https://restore.example.com/tenant-${tenantJobs.completedDownload}.tar.gz`);
    expect(download.status).toBe("COMPLETED");
    const missing = await v2.getBackupTenantRestore(client, { groupId, clusterName: clusters.tenant, restoreId: missingId }).catch((caught: unknown) => caught);
    expect(missing).toMatchObject({ status: 404, errorCode: "RESOURCE_NOT_FOUND" });
    const dedicated = await v2.getBackupTenantRestore(client, { groupId, clusterName: clusters.primary, restoreId: tenantJobs.completedDownload }).catch((caught: unknown) => caught);
    expect(dedicated).toMatchObject({ status: 400, errorCode: "BACKUP_TYPE_MISMATCH" });

    const before = await start({ enforceSunset: true, now: () => Date.parse("2026-01-21T23:59:59Z") });
    const seed = before.store.seed;
    await expect(v2.getBackupTenantRestore(digestClient(before), { groupId: seed.groupId, clusterName: seed.clusters.tenant, restoreId: seed.tenantJobs.completedRestore })).resolves.toMatchObject({ status: "COMPLETED" });
    const after = await start({ enforceSunset: true, now: () => t0 });
    const gone = await v2
      .getBackupTenantRestore(digestClient(after), { groupId: after.store.seed.groupId, clusterName: after.store.seed.clusters.tenant, restoreId: after.store.seed.tenantJobs.completedRestore })
      .catch((caught: unknown) => caught);
    if (!v2.isGetBackupTenantRestoreError(gone)) throw new Error("expected a typed error");
    expect(gone.status).toBe(410);
    expect(gone.errorCode).toBe("VERSION_GONE");
  });
});

describe("job progress on the server's clock", () => {
  it("cloud jobs created through v2 are seen through v1.0, unfinished, then with finishedAt (and the download URL)", async () => {
    const clock = fakeClock();
    const server = await start({ now: clock.now, jobDurationMs: 60_000 });
    const client = digestClient(server);
    const { groupId, clusters, snapshots } = server.store.seed;
    const snapshotId = snapshots[clusters.primary]?.[0] ?? "";
    const download = await v2.createBackupRestoreJob(client, { groupId, clusterName: clusters.primary }, { deliveryType: "download", snapshotId });
    const automated = await v2.createBackupRestoreJob(client, { groupId, clusterName: clusters.primary }, { deliveryType: "automated", snapshotId, targetClusterName: clusters.target, targetGroupId: groupId });
    const pit = await v2.createBackupRestoreJob(client, { groupId, clusterName: clusters.primary }, {
      deliveryType: "pointInTime",
      oplogTs: Math.floor(t0 / 1000) - 600,
      oplogInc: 4,
      targetClusterName: clusters.target,
      targetGroupId: groupId,
    });
    expect(download).toMatchObject({ deliveryType: "download", snapshotId, deliveryUrl: [], cancelled: false, failed: false, expired: false });
    expect(download).not.toHaveProperty("finishedAt");
    expect(pit).toMatchObject({ oplogTs: Math.floor(t0 / 1000) - 600, oplogInc: 4, desiredTimestamp: { date: isoSeconds(t0 - 600_000), increment: 4 } });
    const get = (id: string | undefined): Promise<v1.CloudBackupRestoreJob> => v1.getBackupRestoreJob(client, { groupId, clusterName: clusters.primary, restoreJobId: id ?? "" });

    clock.advance(59_999);
    for (const job of [download, automated, pit]) expect(await get(job.id)).not.toHaveProperty("finishedAt");
    clock.advance(1);
    const done = await get(download.id);
    expect(done.finishedAt).toBe(isoSeconds(t0 + 60_000));
    expect(done.createdAt).toBe(isoSeconds(t0));
    if (done.deliveryType !== "download") throw new Error("expected a download job");
    expect(done.deliveryUrl).toEqual([`https://restore.example.com/restore-${download.id}.tar.gz`]);
    expect((await get(automated.id)).finishedAt).toBe(isoSeconds(t0 + 60_000));
    const page = await v1.listBackupRestoreJobs(client, { groupId, clusterName: clusters.primary });
    expect(page.totalCount).toBe(5);
    expect(page.results.slice(0, 3).map((job) => job.id)).toEqual([pit.id, automated.id, download.id]);
    // Two days after finishing, a job has expired and its download is gone.
    clock.advance(2 * 86_400_000);
    const expired = await get(download.id);
    expect(expired).toMatchObject({ expired: true, deliveryUrl: [] });
  });

  it("download jobs of a sharded cluster report one component per replica set", async () => {
    const clock = fakeClock();
    const server = await start({ now: clock.now, jobDurationMs: 10_000 });
    const client = digestClient(server);
    const { groupId, clusters, snapshots } = server.store.seed;
    const job = await v2.createBackupRestoreJob(client, { groupId, clusterName: clusters.sharded }, { deliveryType: "download", snapshotId: snapshots[clusters.sharded]?.[0] ?? "" });
    expect(job.components).toEqual([
      { downloadUrl: null, replicaSetName: "shard-0" },
      { downloadUrl: null, replicaSetName: "shard-1" },
      { downloadUrl: null, replicaSetName: "config" },
    ]);
    clock.advance(10_000);
    const done = await v1.getBackupRestoreJob(client, { groupId, clusterName: clusters.sharded, restoreJobId: job.id ?? "" });
    if (done.deliveryType !== "download") throw new Error("expected a download job");
    expect(done.components?.map((component) => component.downloadUrl)).toEqual(["shard-0", "shard-1", "config"].map((name) => `https://restore.example.com/restore-${job.id}-${name}.tar.gz`));
    expect(done.deliveryUrl).toHaveLength(3);
  });

  it("tenant jobs go PENDING, QUEUED, RUNNING, COMPLETED; legacy jobs IN_PROGRESS then FINISHED", async () => {
    const clock = fakeClock();
    const server = await start({ now: clock.now, jobDurationMs: 60_000 });
    const client = digestClient(server);
    const { groupId, clusters, tenantJobs, snapshots } = server.store.seed;
    const downloadJob = server.store.addTenantJob(groupId, clusters.tenant, { deliveryType: "DOWNLOAD" });
    const legacy = await v1.createLegacyBackupRestoreJob(client, { groupId, clusterName: clusters.legacy }, {
      snapshotId: snapshots[clusters.legacy]?.[0] ?? "",
      delivery: { methodName: "HTTP", expirationHours: 1, maxDownloads: 1 },
    });
    if (!("results" in legacy)) throw new Error("expected a page");
    const legacyId = legacy.results[0]?.id ?? "";
    const tenant = (id: string): Promise<v2.TenantRestoreJob> => v2.getBackupTenantRestore(client, { groupId, clusterName: clusters.tenant, restoreId: id });
    const legacyState = (): string => {
      const job = server.store.legacyJob(legacyId);
      if (!job) throw new Error("no legacy job");
      return `${server.store.legacyStatus(job)}/${server.store.legacyDeliveryStatus(job)}`;
    };
    const seen: string[] = [];
    for (const step of [0, 15_000, 15_000, 15_000, 15_000]) {
      clock.advance(step);
      const fresh = await tenant(tenantJobs.fresh);
      seen.push(`${fresh.status} ${"restoreFinishedDate" in fresh ? "finished" : "-"} ${legacyState()}`);
    }
    expect(seen).toEqual([
      "PENDING - IN_PROGRESS/NOT_STARTED",
      "QUEUED - IN_PROGRESS/NOT_STARTED",
      "RUNNING - IN_PROGRESS/IN_PROGRESS",
      "RUNNING - IN_PROGRESS/IN_PROGRESS",
      "COMPLETED finished FINISHED/READY",
    ]);
    const done = await tenant(downloadJob.id);
    if (done.deliveryType !== "DOWNLOAD") throw new Error("expected a DOWNLOAD job");
    expect(done).toMatchObject({ status: "COMPLETED", restoreFinishedDate: isoSeconds(t0 + 60_000), expirationDate: isoSeconds(t0 + 60_000 + 72 * 3_600_000) });
    clock.advance(3_600_000);
    expect(legacyState()).toBe("FINISHED/EXPIRED");
  });
});

describe("fault injection (plain fetch)", () => {
  it("answers 429 and 503 with Retry-After and an Atlas body, as often as asked, for matching requests only", async () => {
    const server = await start();
    const { groupId, clusters } = server.store.seed;
    const url = server.url + v1Jobs(groupId, clusters.primary);
    server.faults.enqueue({ kind: "status", status: 429, retryAfter: 7 });
    const limited = await fetch(url);
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("7");
    expect(await limited.json()).toEqual({ error: 429, errorCode: "RATE_LIMITED", detail: "You have exceeded the rate limit; retry later.", reason: "Too Many Requests" });
    expect((await fetch(url)).status).toBe(401);

    server.faults.enqueue({ kind: "status", status: 503 }, { times: 2, match: { method: "GET", path: "/tenant/" } });
    expect(server.faults.pending).toBe(2);
    expect((await fetch(url)).status).toBe(401);
    const tenantUrl = server.url + tenantPath(groupId, clusters.tenant, missingId);
    const unavailable = await fetch(tenantUrl);
    expect(unavailable.status).toBe(503);
    expect(unavailable.headers.get("retry-after")).toBeNull();
    expect(await unavailable.json()).toMatchObject({ error: 503, errorCode: "SERVICE_UNAVAILABLE", reason: "Service Unavailable" });
    expect((await fetch(tenantUrl, { method: "POST" })).status).toBe(405);
    expect((await fetch(tenantUrl)).status).toBe(503);
    expect((await fetch(tenantUrl)).status).toBe(401);
    expect(server.faults.pending).toBe(0);
    expect(server.requests.map((request) => request.fault ?? "-")).toEqual(["status", "-", "-", "status", "-", "status", "-"]);
  });

  it("delays, drops, truncates and hangs", async () => {
    const server = await start();
    const raw = new RawDigest(server);
    const { groupId, clusters } = server.store.seed;
    const path = v1Jobs(groupId, clusters.primary);
    expect((await raw.fetch(path)).status).toBe(200);

    server.faults.enqueue({ kind: "delay", ms: 300 });
    const began = performance.now();
    const late = await raw.fetch(path);
    expect(performance.now() - began).toBeGreaterThanOrEqual(290);
    expect(late.status).toBe(200);
    expect(((await late.json()) as { totalCount: number }).totalCount).toBe(2);

    server.faults.enqueue({ kind: "drop" });
    const dropped = await fetch(server.url + path, { method: "POST", body: "x" }).catch((caught: unknown) => caught);
    expect(dropped).toBeInstanceOf(TypeError);
    expect(server.requests.at(-1)).toMatchObject({ method: "POST", url: path, body: "x", fault: "drop" });
    expect(server.requests.at(-1)).not.toHaveProperty("response");

    server.faults.enqueue({ kind: "malformed" });
    const broken = await raw.fetch(path);
    expect(broken.status).toBe(200);
    const text = await broken.text();
    expect(text.startsWith('{"links":[')).toBe(true);
    expect(() => JSON.parse(text) as unknown).toThrow(SyntaxError);
    expect(Number(broken.headers.get("content-length"))).toBe(Buffer.byteLength(text));

    server.faults.enqueue({ kind: "hang" });
    const hung = await fetch(server.url + path, { signal: AbortSignal.timeout(300) }).catch((caught: unknown) => caught);
    expect((hung as Error).name).toBe("TimeoutError");
    expect(server.requests.at(-1)).toMatchObject({ fault: "hang" });

    // Every request was recorded with its headers and body.
    const recorded = server.requests.find((request) => request.fault === "delay");
    expect(recorded?.headers.authorization).toMatch(/^Digest username="qwertyui"/);
    expect(recorded?.response?.status).toBe(200);

    // A hung request does not keep close() waiting.
    server.faults.enqueue({ kind: "hang" });
    const pending = fetch(server.url + path).catch((caught: unknown) => caught);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const closing = performance.now();
    await server.close();
    expect(performance.now() - closing).toBeLessThan(1000);
    expect(await pending).toBeInstanceOf(TypeError);
    running = running.filter((candidate) => candidate !== server);
    expectAnswersMatchSpec(server);
  });
});
