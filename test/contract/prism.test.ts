// Contract tests against an independent OpenAPI mock server, Stoplight Prism, run from our spec:
// every generated operation, called with valid arguments, must pass Prism's request validation
// (path, query, headers, media types, body), and the client must accept Prism's responses, which it
// generates from the response schemas, with strict response validation on.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";
import { createClient, responseValidation, v1, v2, type Authenticator, type FetchFunction } from "atlas-restore-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../support/spec.ts";

interface Prism {
  readonly url: string;
  readonly log: string[];
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

async function startPrism(specFile: string): Promise<Prism> {
  const port = await freePort();
  const binary = join(repoRoot, "node_modules", ".bin", "prism");
  // -d: responses generated from the schemas rather than copied from examples, a harder test of the client.
  const child: ChildProcess = spawn(binary, ["mock", "-d", "-h", "127.0.0.1", "-p", String(port), join(repoRoot, "spec", specFile)], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  const log: string[] = [];
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Prism did not start:\n${log.join("")}`)), 30_000);
    const collect = (chunk: Buffer): void => {
      log.push(chunk.toString("utf8"));
      if (log.join("").includes("Prism is listening")) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on("data", collect);
    child.stderr?.on("data", collect);
    child.once("exit", (code) => reject(new Error(`Prism exited with ${code}:\n${log.join("")}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    log,
    stop: () =>
      new Promise((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

/** Prism routes by the spec's paths alone; the client sends the server's base path in front of them. */
function withoutBasePath(basePath: string): FetchFunction {
  return (input, init) => {
    const url = new URL(input);
    url.pathname = url.pathname.replace(basePath, "");
    return globalThis.fetch(url, init);
  };
}

/**
 * Prism checks a Digest header's shape only, and only accepts quoted lowercase alphanumerics in it,
 * which a real header (its uri holds slashes) never is. The Digest computation is tested against the
 * RFC's examples and the http-auth server elsewhere; here a well-formed placeholder stands in.
 */
const digestShaped: Authenticator = {
  authorize: () => Promise.resolve('Digest username="publickey", realm="atlas", nonce="abc123", uri="path", response="0123abcd"'),
  challenged: () => Promise.resolve(false),
};

const groupId = "32b6e34b3d91647abb20e7b8";
const validateResponses = responseValidation({ ...v1.responseValidators, ...v2.responseValidators }, { mode: "strict" });
let prismV1: Prism;
let prismV2: Prism;

beforeAll(async () => {
  [prismV1, prismV2] = await Promise.all([startPrism("atlas-v1.0.yaml"), startPrism("atlas-v2.yaml")]);
}, 60_000);
afterAll(() => Promise.all([prismV1?.stop(), prismV2?.stop()]));

function violations(prism: Prism): string[] {
  return prism.log.join("").split("\n").filter((line) => /✖|Violation|did not pass/.test(line));
}

describe("v1.0 against Prism", () => {
  const client = () =>
    createClient({ baseUrl: prismV1.url, auth: digestShaped, fetch: withoutBasePath("/api/atlas/v1.0"), validateResponses });

  it.each([1, 2, 3])("listBackupRestoreJobs (round %i) passes request validation and its page is accepted", async () => {
    const page = await v1.listBackupRestoreJobs(client(), { groupId, clusterName: "Cluster0", pageNum: 2, itemsPerPage: 500, includeCount: true, pretty: false });
    expect(Array.isArray(page.results)).toBe(true);
    expect(violations(prismV1)).toEqual([]);
  });

  it.each([1, 2, 3])("getBackupRestoreJob (round %i)", async () => {
    const job = await v1.getBackupRestoreJob(client(), { groupId, clusterName: "Cluster0", restoreJobId: groupId });
    expect(["automated", "download", "pointInTime"]).toContain(job.deliveryType);
    expect(violations(prismV1)).toEqual([]);
  });

  const automated = { methodName: "AUTOMATED_RESTORE", targetGroupId: groupId, targetClusterName: "Target" } as const;
  it.each<[string, v1.CreateLegacyRestoreJobRequest]>([
    ["an HTTP download", { snapshotId: groupId, delivery: { methodName: "HTTP", expirationHours: 48, maxDownloads: 1 } }],
    ["an automated restore of a snapshot", { snapshotId: groupId, delivery: automated }],
    ["an automated restore to a checkpoint", { checkpointId: groupId, delivery: automated }],
    ["an automated restore to an oplog timestamp", { oplogTs: "1533160800", oplogInc: "5", delivery: { methodName: "AUTOMATED_RESTORE", targetGroupId: groupId, targetClusterId: groupId } }],
    ["an automated restore to a point in time", { pointInTimeUTCMillis: 1_533_160_800_000, delivery: automated }],
  ])("createLegacyBackupRestoreJob with %s", async (_, body) => {
    const created = await v1.createLegacyBackupRestoreJob(client(), { groupId, clusterName: "Cluster0" }, body);
    expect(typeof created).toBe("object");
    expect(violations(prismV1)).toEqual([]);
  });
});

describe("v2 against Prism", () => {
  const client = () => createClient({ baseUrl: prismV2.url, auth: "token-from-a-service-account", validateResponses });

  it.each<[string, v2.CreateBackupRestoreJobRequest]>([
    ["automated", { deliveryType: "automated", snapshotId: groupId, targetClusterName: "Target", targetGroupId: groupId }],
    ["download", { deliveryType: "download", snapshotId: groupId }],
    ["pointInTime by seconds", { deliveryType: "pointInTime", targetClusterName: "Target", targetGroupId: groupId, pointInTimeUTCSeconds: 1_717_171_717 }],
    ["pointInTime by oplog", { deliveryType: "pointInTime", targetClusterName: "Target", targetGroupId: groupId, oplogTs: 1_717_171_717, oplogInc: 3 }],
  ])("createBackupRestoreJob (%s) passes request validation and its job is accepted", async (_, body) => {
    const job = await v2.createBackupRestoreJob(client(), { groupId, clusterName: "Cluster0", pretty: true }, body);
    expect(["automated", "download", "pointInTime"]).toContain(job.deliveryType);
    expect(violations(prismV2)).toEqual([]);
  });

  it.each([1, 2, 3])("getBackupTenantRestore (round %i)", async () => {
    // Prism's value generator cannot write strings for Unicode property escapes (the \p{L} in the
    // targetDeploymentItemName pattern), so it would fabricate an invalid name; ask for the
    // documented examples instead. The request is validated all the same.
    const options = { headers: { Prefer: "dynamic=false" } };
    const job = await v2.getBackupTenantRestore(client(), { groupId, clusterName: "Cluster0", restoreId: groupId }, options);
    expect(["RESTORE", "DOWNLOAD"]).toContain(job.deliveryType);
    expect(violations(prismV2)).toEqual([]);
  });

  it("Prism's validation is live: an invalid body is flagged", async () => {
    const before = violations(prismV2).length;
    const invalid = { deliveryType: "download" } as unknown as v2.CreateBackupRestoreJobRequest;
    await v2.createBackupRestoreJob(client(), { groupId, clusterName: "Cluster0" }, invalid).catch(() => undefined);
    expect(violations(prismV2).length).toBeGreaterThan(before);
    prismV2.log.length = 0;
  });
});
