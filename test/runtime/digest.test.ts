// HTTP Digest: the RFC 7616 worked examples, and the generated client against an independent,
// well-kept server-side implementation (the `http-auth` package) over real HTTP on 127.0.0.1.
import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { AtlasApiError, createClient, digestAuth, digestAuthorization, strongestChallenge, v1 } from "atlas-restore-client";
import fc from "fast-check";
import httpAuth from "http-auth";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { md5Hex } from "../../templates/runtime/md5.ts";
import { temporaryFolder } from "../support/generator.ts";

describe("RFC 7616 section 3.9.1 examples", () => {
  const credentials = { username: "Mufasa", password: "Circle of Life" };
  const challenge = {
    realm: "http-auth@example.org",
    nonce: "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v",
    opaque: "FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS",
    qop: "auth, auth-int",
    stale: false,
  };
  const request = { method: "GET", url: new URL("http://www.example.org/dir/index.html") };
  const cnonce = "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ";

  it.each([
    ["MD5", "8ca523f5e9506fed4657c9700eebdbec"],
    ["SHA-256", "753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1"],
  ])("computes the %s response of the RFC", async (algorithm, expected) => {
    const header = await digestAuthorization(credentials, { ...challenge, algorithm }, request, 1, cnonce);
    expect(header).toContain(`response="${expected}"`);
    expect(header).toContain('uri="/dir/index.html"');
    expect(header).toContain("qop=auth, nc=00000001");
    expect(header).toContain(`opaque="${challenge.opaque}"`);
  });

  it("prefers SHA-256 when the server offers both challenges", () => {
    const header = `Digest realm="r", qop="auth", algorithm=MD5, nonce="n1", Digest realm="r", qop="auth", algorithm=SHA-256, nonce="n2", stale=true`;
    expect(strongestChallenge(header)).toMatchObject({ algorithm: "SHA-256", nonce: "n2", stale: true });
    expect(strongestChallenge('Basic realm="x"')).toBeUndefined();
  });
});

describe("MD5 (RFC 1321) agrees with node:crypto", () => {
  it("on the RFC's test suite and 2,000 random byte strings", () => {
    for (const [text, digest] of [
      ["", "d41d8cd98f00b204e9800998ecf8427e"],
      ["a", "0cc175b9c0f1b6a831c399e269772661"],
      ["abc", "900150983cd24fb0d6963f7d28e17f72"],
      ["message digest", "f96b697d7cb7938d525a2f31aaf161d0"],
      ["12345678901234567890123456789012345678901234567890123456789012345678901234567890", "57edf4a22be3c955ac49da2e2107b67a"],
    ] as const) {
      expect(md5Hex(new TextEncoder().encode(text))).toBe(digest);
    }
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => md5Hex(bytes) === createHash("md5").update(bytes).digest("hex")),
      { numRuns: 2_000, seed: 3 },
    );
  });
});

describe("against the http-auth package's Digest server", () => {
  const realm = "Atlas restore tests";
  const username = "public-key-1";
  const password = "private-key-1";
  const folder = temporaryFolder("digest");
  const file = join(folder.path, "htdigest");
  writeFileSync(file, `${username}:${realm}:${createHash("md5").update(`${username}:${realm}:${password}`).digest("hex")}\n`);
  const groupId = "32b6e34b3d91647abb20e7b8";
  const restoreJobId = "6657a2b1c3d4e5f60718293c";
  let server: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));
  afterAll(() => folder.remove());

  async function start(options: { algorithm?: string; qop?: string }) {
    const digest = httpAuth.digest({ realm, file, ...options });
    const seen: { authorization: string | undefined; status: number }[] = [];
    server = createServer((request, response) => {
      response.on("finish", () => seen.push({ authorization: request.headers.authorization, status: response.statusCode }));
      digest.check((_request: unknown, reply: import("node:http").ServerResponse) => {
        reply.writeHead(200, { "Content-Type": "application/json" });
        reply.end(JSON.stringify({ deliveryType: "automated", id: restoreJobId }));
      })(request, response);
    });
    await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen, digest };
  }

  it.each([
    ["MD5 with qop=auth", {}],
    ["MD5-sess with qop=auth", { algorithm: "MD5-sess" }],
    ["MD5 without qop (RFC 2069)", { qop: "none" }],
  ])("authenticates with %s and pays the 401 round trip once", async (_, options) => {
    const { url, seen } = await start(options);
    const client = createClient({ baseUrl: url, auth: digestAuth({ username, password }) });
    for (let index = 0; index < 5; index++) {
      await expect(v1.getBackupRestoreJob(client, { groupId, clusterName: "C", restoreJobId })).resolves.toMatchObject({ id: restoreJobId });
    }
    expect(seen.map((entry) => entry.status)).toEqual([401, 200, 200, 200, 200, 200]);
    expect(seen[0]?.authorization).toBeUndefined();
    // The nonce is reused with a growing count (http-auth refuses a count that does not grow).
    const counts = seen.slice(1).map((entry) => /nc=([0-9a-f]{8})/.exec(entry.authorization ?? "")?.[1] ?? "none");
    if ("qop" in options) expect(counts.every((count) => count === "none")).toBe(true);
    else expect(counts).toEqual(["00000001", "00000002", "00000003", "00000004", "00000005"]);
  });

  it("lets a burst of first calls share one challenge: one 401 for ten parallel calls", async () => {
    const { url, seen } = await start({});
    const client = createClient({ baseUrl: url, auth: digestAuth({ username, password }) });
    await Promise.all(Array.from({ length: 10 }, () => v1.getBackupRestoreJob(client, { groupId, clusterName: "C", restoreJobId })));
    expect(seen.filter((entry) => entry.status === 401)).toHaveLength(1);
    expect(seen.filter((entry) => entry.status === 200)).toHaveLength(10);
  });

  it("renews a stale nonce with one retry, without giving up on the credentials", async () => {
    const { url, seen, digest } = await start({});
    const client = createClient({ baseUrl: url, auth: digestAuth({ username, password }) });
    await v1.getBackupRestoreJob(client, { groupId, clusterName: "C", restoreJobId });
    (digest as unknown as { nonces: unknown[] }).nonces.length = 0; // the server forgets every nonce it issued
    await expect(v1.getBackupRestoreJob(client, { groupId, clusterName: "C", restoreJobId })).resolves.toMatchObject({ id: restoreJobId });
    expect(seen.map((entry) => entry.status)).toEqual([401, 200, 401, 200]);
  });

  it("rejects wrong credentials with a 401 AtlasApiError after exactly one retry, leaking no password", async () => {
    const { url, seen } = await start({});
    const client = createClient({ baseUrl: url, auth: digestAuth({ username, password: "wrong-private-key" }) });
    const error = await v1.getBackupRestoreJob(client, { groupId, clusterName: "C", restoreJobId }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AtlasApiError);
    expect((error as AtlasApiError).status).toBe(401);
    expect(seen).toHaveLength(2);
    expect(`${(error as Error).message} ${JSON.stringify(error)}`).not.toContain("wrong-private-key");
  });
});
