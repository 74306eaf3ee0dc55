// Retries, deadlines, aborts, versioned media types and response validation, through the generated
// request functions against a local server on 127.0.0.1.
import {
  AtlasApiError,
  AtlasNetworkError,
  AtlasResponseValidationError,
  AtlasTimeoutError,
  createClient,
  responseValidation,
  retries,
  retryAfterMs,
  v1,
  v2,
  type ClientOptions,
} from "atlas-restore-client";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { json, startRecordingServer, type RecordingServer, type ScriptedResponse } from "../support/recording-server.ts";

const groupId = "32b6e34b3d91647abb20e7b8";
const restoreJobId = "6657a2b1c3d4e5f60718293c";
const job = { deliveryType: "automated", id: restoreJobId };
const download: v2.CreateBackupRestoreJobRequest = { deliveryType: "download", snapshotId: groupId };
let server: RecordingServer;

beforeAll(async () => {
  server = await startRecordingServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});

/** Answers each request with the next scripted response; the last one repeats. */
function sequence(...responses: ScriptedResponse[]): void {
  let index = 0;
  server.respond(() => responses[Math.min(index++, responses.length - 1)] as ScriptedResponse);
}

// No jitter and tiny steps: retries are counted, not timed.
const quickRetries = retries({ baseDelayMs: 1, random: () => 0.5 });

function client(options: Partial<ClientOptions> = {}) {
  return createClient({ baseUrl: server.baseUrl, retry: quickRetries, ...options });
}

const getJob = (c: ReturnType<typeof client>, options?: Parameters<typeof v1.getBackupRestoreJob>[2]) =>
  v1.getBackupRestoreJob(c, { groupId, clusterName: "C", restoreJobId }, options);

describe("retries", () => {
  it("retries a GET on 429 and 503, then succeeds", async () => {
    sequence({ status: 429 }, { status: 503 }, json(200, job));
    await expect(getJob(client())).resolves.toEqual(job);
    expect(server.requests).toHaveLength(3);
  });

  it("gives up after the configured attempts with the last error", async () => {
    sequence({ status: 503 });
    const error = await getJob(client({ retry: retries({ attempts: 4, baseDelayMs: 1 }) })).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 503 });
    expect(server.requests).toHaveLength(4);
  });

  it("honours Retry-After in seconds", async () => {
    sequence({ status: 429, headers: { "Retry-After": "1" } }, json(200, job));
    const started = performance.now();
    await expect(getJob(client())).resolves.toEqual(job);
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
    expect(server.requests).toHaveLength(2);
  });

  it("does not wait longer than maxRetryAfterMs: the error comes back at once", async () => {
    sequence({ status: 429, headers: { "Retry-After": "3600" } }, json(200, job));
    await expect(getJob(client())).rejects.toMatchObject({ status: 429 });
    expect(server.requests).toHaveLength(1);
  });

  it("never retries a POST by default: a repeated restore could overwrite a cluster", async () => {
    sequence({ status: 503 }, json(200, job));
    await expect(v2.createBackupRestoreJob(client(), { groupId, clusterName: "C" }, download)).rejects.toMatchObject({ status: 503 });
    expect(server.requests).toHaveLength(1);
  });

  it("retries a POST when the caller opts in for that call", async () => {
    sequence({ status: 503 }, json(200, job));
    const options = { retry: retries({ methods: ["POST"], baseDelayMs: 1 }) };
    await expect(v2.createBackupRestoreJob(client(), { groupId, clusterName: "C" }, download, options)).resolves.toEqual(job);
    expect(server.requests).toHaveLength(2);
  });

  it.each([
    ["a dropped connection", { drop: true }],
    ["an answer cut off part-way", { cut: true }],
  ] as const)("retries %s for a GET, and reports it as AtlasNetworkError for a POST", async (_what, failure) => {
    sequence(failure, json(200, job));
    await expect(getJob(client())).resolves.toEqual(job);
    expect(server.requests).toHaveLength(2);
    server.requests.length = 0;
    sequence(failure, json(200, job));
    const answers: (number | undefined)[] = [];
    const auth = { authorize: () => Promise.resolve(undefined), challenged: () => Promise.resolve(false), answered: (_: unknown, response: Response | undefined) => void answers.push(response?.status) };
    const error = await v2.createBackupRestoreJob(client({ auth }), { groupId, clusterName: "C" }, download).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AtlasNetworkError);
    expect(server.requests).toHaveLength(1);
    // The authenticator hears that no whole answer came (a Digest authenticator lets waiting calls go).
    expect(answers).toEqual([undefined]);
  });

  it("can be switched off for one call", async () => {
    sequence({ status: 503 }, json(200, job));
    await expect(getJob(client(), { retry: false })).rejects.toBeInstanceOf(AtlasApiError);
    expect(server.requests).toHaveLength(1);
  });

  it("is not done by a client made without `retry`: every call is sent once", async () => {
    sequence({ status: 503 }, json(200, job));
    await expect(getJob(createClient({ baseUrl: server.baseUrl }))).rejects.toMatchObject({ status: 503 });
    expect(server.requests).toHaveLength(1);
    server.requests.length = 0;
    sequence({ drop: true }, json(200, job));
    await expect(getJob(createClient({ baseUrl: server.baseUrl }))).rejects.toBeInstanceOf(AtlasNetworkError);
    expect(server.requests).toHaveLength(1);
  });

  it("does not retry a failure that will not pass (a name that does not resolve), but reports it as AtlasNetworkError", async () => {
    let calls = 0;
    const unresolvable = () => {
      calls++;
      return Promise.reject(new TypeError("fetch failed", { cause: Object.assign(new Error("getaddrinfo ENOTFOUND"), { code: "ENOTFOUND" }) }));
    };
    const error = await getJob(client({ fetch: unresolvable })).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AtlasNetworkError);
    expect(error).toMatchObject({ code: "ENOTFOUND", message: expect.stringContaining("GET /api/atlas/v1.0/groups/") });
    expect(calls).toBe(1);
  });

  it("does not wrap what the authenticator throws: only a request that got no answer is a network error", async () => {
    const refused = new Error("token endpoint said no");
    const auth = { authorize: () => Promise.reject(refused), challenged: () => Promise.resolve(false) };
    await expect(getJob(client({ auth }))).rejects.toBe(refused);
    expect(server.requests).toHaveLength(0);
  });

  it.each([
    [{ attempts: 0 }, /attempts must be a whole number of at least 1; got 0/],
    [{ attempts: 2.5 }, /attempts must be a whole number of at least 1; got 2.5/],
    [{ baseDelayMs: -1 }, /baseDelayMs must be a number of at least 0; got -1/],
    [{ maxRetryAfterMs: Number.NaN }, /maxRetryAfterMs must be a number of at least 0; got NaN/],
  ])("refuses a policy that cannot work, when it is made: %j", (policy, message) => {
    expect(() => retries(policy)).toThrow(RangeError);
    expect(() => retries(policy)).toThrow(message);
  });

  it.each([
    ["2", 0, 2000],
    ["Wed, 21 Oct 2015 07:28:10 GMT", Date.parse("Wed, 21 Oct 2015 07:28:00 GMT"), 10_000],
    ["soon", 0, undefined],
    ["", 0, undefined],
  ])("reads Retry-After %j", (header, now, expected) => {
    expect(retryAfterMs(header, now)).toBe(expected);
  });
});

describe("deadlines and aborts", () => {
  it("rejects with AtlasTimeoutError when the call runs past timeoutMs, and closes the connection", async () => {
    sequence({ hang: true });
    const error = await getJob(client({ timeoutMs: 200 })).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AtlasTimeoutError);
    expect((error as Error).message).toContain("did not finish within 200 ms");
    // The abandoned request's connection is closed, not left open in a pool.
    await expect.poll(() => server.requests[0]?.connectionClosed(), { timeout: 2000 }).toBe(true);
  });

  it("counts retries against the same deadline", async () => {
    sequence({ status: 503, headers: { "Retry-After": "5" } });
    const started = performance.now();
    await expect(getJob(client({ timeoutMs: 300 }))).rejects.toBeInstanceOf(AtlasTimeoutError);
    expect(performance.now() - started).toBeLessThan(4000);
  });

  it("lets a call override the client's deadline", async () => {
    sequence({ ...json(200, job), delayMs: 300 });
    await expect(getJob(client({ timeoutMs: 100 }), { timeoutMs: 2000 })).resolves.toEqual(job);
  });

  it("stops when the caller aborts, with the caller's reason", async () => {
    sequence({ hang: true });
    const controller = new AbortController();
    const pending = getJob(client(), { signal: controller.signal });
    setTimeout(() => controller.abort(new Error("user pressed cancel")), 50);
    await expect(pending).rejects.toThrow("user pressed cancel");
    await expect.poll(() => server.requests[0]?.connectionClosed(), { timeout: 2000 }).toBe(true);
  });
});

describe("media types", () => {
  it("sends the spec's versioned media type, or the one the client or the call asks for", async () => {
    sequence(json(200, job));
    await v2.createBackupRestoreJob(client(), { groupId, clusterName: "C" }, download);
    await v2.createBackupRestoreJob(client({ apiVersion: "2024-05-30" }), { groupId, clusterName: "C" }, download);
    await v2.createBackupRestoreJob(client({ apiVersion: "2024-05-30" }), { groupId, clusterName: "C" }, download, { apiVersion: "2023-02-01" });
    await getJob(client({ apiVersion: "2024-05-30" }));
    expect(server.requests.map((request) => [request.headers.accept, request.headers["content-type"]])).toEqual([
      ["application/vnd.atlas.2023-01-01+json", "application/vnd.atlas.2023-01-01+json"],
      ["application/vnd.atlas.2024-05-30+json", "application/vnd.atlas.2024-05-30+json"],
      ["application/vnd.atlas.2023-02-01+json", "application/vnd.atlas.2023-02-01+json"],
      ["application/json", undefined],
    ]);
  });
});

describe("response validation", () => {
  const validators = { ...v1.responseValidators, ...v2.responseValidators };
  const broken = { deliveryType: "automated", expiresAt: "yesterday" };

  it("is off by default: the body comes back as sent", async () => {
    sequence(json(200, broken));
    await expect(getJob(client())).resolves.toEqual(broken);
  });

  it("strict: rejects a body the spec does not allow, naming where", async () => {
    sequence(json(200, broken));
    const error = await getJob(client({ validateResponses: responseValidation(validators, { mode: "strict" }) })).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AtlasResponseValidationError);
    expect((error as AtlasResponseValidationError).problems).toEqual([{ path: "/expiresAt", message: "must be a date-time (RFC 3339, with a time zone)" }]);
  });

  it("warn: reports and returns the body", async () => {
    sequence(json(200, broken));
    const warnings: string[] = [];
    const validateResponses = responseValidation(validators, { mode: "warn", onWarning: (message) => warnings.push(message) });
    await expect(getJob(client({ validateResponses }))).resolves.toEqual(broken);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("/expiresAt");
  });

  it("strict: accepts a valid body", async () => {
    sequence(json(200, { deliveryType: "download", deliveryUrl: ["https://restore.example.com/a.tar.gz"], expiresAt: "2018-08-02T02:08:48Z" }));
    await expect(getJob(client({ validateResponses: responseValidation(validators, { mode: "strict" }) }))).resolves.toMatchObject({ deliveryType: "download" });
  });

  it("treats a success body that is not JSON as broken", async () => {
    sequence({ status: 200, headers: { "Content-Type": "application/json" }, body: '{"deliveryType": "autom' });
    await expect(getJob(client())).rejects.toBeInstanceOf(AtlasResponseValidationError);
  });

  it("refuses, when it is made, an empty set of validators or a mode it does not know", () => {
    expect(() => responseValidation({}, { mode: "strict" })).toThrow(/no validators; pass \{ \.\.\.v1\.responseValidators/);
    const mode = "loud" as unknown as "strict";
    expect(() => responseValidation(validators, { mode })).toThrow('mode must be "warn" or "strict"; got "loud"');
  });

  it("leaves an operation without a check alone", async () => {
    sequence(json(200, broken));
    const onlyV2 = responseValidation({ ...v2.responseValidators }, { mode: "strict" });
    await expect(getJob(client({ validateResponses: onlyV2 }))).resolves.toEqual(broken);
  });
});

describe("pagination", () => {
  const pageServer = (total: number) =>
    server.respond((request) => {
      const url = new URL(request.url, "http://x");
      const pageNum = Number(url.searchParams.get("pageNum"));
      const size = Number(url.searchParams.get("itemsPerPage"));
      const start = (pageNum - 1) * size;
      const results = Array.from({ length: Math.max(0, Math.min(size, total - start)) }, (_, index) => ({ deliveryType: "download", id: String(start + index) }));
      return json(200, { results, totalCount: total, links: [] });
    });

  it("walks every page lazily, with the spec's default page size", async () => {
    pageServer(250);
    const ids: string[] = [];
    for await (const item of v1.listBackupRestoreJobsItems(client(), { groupId, clusterName: "C" })) ids.push(item.id ?? "");
    expect(ids).toHaveLength(250);
    expect(new Set(ids).size).toBe(250);
    expect(server.requests.map((request) => new URL(request.url, "http://x").searchParams.get("pageNum"))).toEqual(["1", "2", "3"]);
    expect(server.requests.every((request) => request.url.includes("itemsPerPage=100"))).toBe(true);
  });

  it("fetches nothing beyond what the caller reads", async () => {
    pageServer(10_000);
    let read = 0;
    for await (const page of v1.listBackupRestoreJobsPages(client(), { groupId, clusterName: "C", itemsPerPage: 500, pageNum: 3 })) {
      expect(page.results).toHaveLength(500);
      if (++read === 2) break;
    }
    expect(server.requests.map((request) => new URL(request.url, "http://x").searchParams.get("pageNum"))).toEqual(["3", "4"]);
  });

  it("stops on a short page when the total is not counted", async () => {
    server.respond(json(200, { results: [job] }));
    const pages = [];
    for await (const page of v1.listBackupRestoreJobsPages(client(), { groupId, clusterName: "C", includeCount: false })) pages.push(page);
    expect(pages).toHaveLength(1);
  });
});
