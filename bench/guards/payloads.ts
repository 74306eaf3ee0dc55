// Payloads for the guards benchmark, made deterministically from a seed: restore jobs as Atlas sends
// them (every deliveryType, optional members present or not, sharded components, links, private
// download URLs) and create requests of every kind, each also broken in one place in one of the ways a
// server, proxy or client really gets it wrong. The spec's own examples are included as they are.
// bench/guards.ts confirms every payload's validity with Ajv before timing anything.
import type { Json, JsonObject } from "../synthetic.ts";
import { loadSpecDocument } from "../lib/ajv.ts";

/** mulberry32: a small, fast, seedable PRNG; good enough to vary payloads, identical on every run. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Maker {
  constructor(readonly random: () => number) {}
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.random() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.random() < p;
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.random() * items.length)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  }
  hex(length: number): string {
    let out = "";
    for (let i = 0; i < length; i++) out += "0123456789abcdef"[this.int(0, 15)];
    return out;
  }
  clusterName(): string {
    return this.pick(["Cluster0", "MyCluster", "MyOtherCluster", "prod-eu-1", "analytics", "a", `shard-${this.int(0, 99)}`, "Staging-2025"]);
  }
  epoch(): number {
    return this.int(1_199_145_600, 1_790_000_000);
  }
  dateTime(): string {
    const date = new Date(this.epoch() * 1000);
    const iso = date.toISOString(); // 2025-05-04T09:42:00.000Z
    switch (this.int(0, 3)) {
      case 0:
        return `${iso.slice(0, 19)}Z`;
      case 1:
        return iso;
      case 2:
        return `${iso.slice(0, 19)}+02:00`;
      default:
        return `${iso.slice(0, 19)}.${this.int(0, 999999)}-05:30`;
    }
  }
  link(): JsonObject {
    return { href: `https://cloud.mongodb.com/api/atlas/v2/groups/${this.hex(24)}/clusters/${this.clusterName()}`, rel: this.pick(["self", "http://mms.mongodb.com/cluster", "http://mms.mongodb.com/snapshot"]) };
  }
  privateUrl(): JsonObject {
    return { deliveryUrl: `https://restore-${this.hex(8)}.example.com/shard.tar.gz`, endpointId: `vpce-${this.hex(17)}` };
  }
}

// ---------------------------------------------------------------------------------------------
// Restore jobs (CloudBackupRestoreJob, v2)
// ---------------------------------------------------------------------------------------------

export const deliveryTypes = ["automated", "download", "pointInTime"] as const;
type DeliveryType = (typeof deliveryTypes)[number];

function validJob(m: Maker, kind: DeliveryType): JsonObject {
  const job: JsonObject = {};
  const maybe = (key: string, make: () => Json, p = 0.85) => {
    if (m.chance(p)) job[key] = make();
  };
  maybe("cancelled", () => m.chance(0.1));
  if (kind === "download" || m.chance(0.3)) {
    maybe("components", () =>
      Array.from({ length: m.int(0, 3) }, (_, index) => {
        const component: JsonObject = { replicaSetName: `shard-${index}` };
        component.downloadUrl = kind === "download" && m.chance(0.7) ? `https://restore.example.com/shard-${index}.tar.gz` : null;
        if (m.chance(0.2)) component.privateDownloadDeliveryUrls = [m.privateUrl()];
        return component;
      }),
    );
  }
  job.deliveryType = kind;
  maybe("desiredTimestamp", () => ({ date: m.dateTime(), increment: m.int(1, 50) }), 0.4);
  maybe("expired", () => m.chance(0.2));
  maybe("expiresAt", () => m.dateTime());
  maybe("failed", () => m.chance(0.05));
  maybe("finishedAt", () => m.dateTime(), 0.6);
  maybe("id", () => m.hex(24), 0.95);
  maybe("links", () => Array.from({ length: m.int(0, 2) }, () => m.link()));
  maybe("timestamp", () => m.dateTime());
  if (kind === "automated") {
    maybe("snapshotId", () => m.hex(24), 0.9);
    maybe("targetClusterName", () => m.clusterName(), 0.9);
    maybe("targetGroupId", () => m.hex(24), 0.9);
  } else if (kind === "download") {
    maybe("snapshotId", () => m.hex(24), 0.9);
    maybe("deliveryUrl", () => Array.from({ length: m.int(0, 3) }, (_, index) => `https://restore.example.com/${m.hex(6)}-${index}.tar.gz`));
    maybe("privateDownloadDeliveryUrls", () => Array.from({ length: m.int(0, 2) }, () => m.privateUrl()), 0.3);
  } else {
    if (m.chance(0.5)) {
      job.oplogTs = m.epoch();
      job.oplogInc = m.int(1, 100);
    } else maybe("pointInTimeUTCSeconds", () => m.epoch(), 0.9);
    maybe("targetClusterName", () => m.clusterName(), 0.9);
    maybe("targetGroupId", () => m.hex(24), 0.9);
  }
  return job;
}

/** One way to break a job; `applies` says for which kinds. Each sets the member it breaks, present or not. */
interface JobMutation {
  readonly name: string;
  readonly applies: (kind: DeliveryType) => boolean;
  readonly apply: (job: JsonObject, m: Maker) => Json;
}

const any = () => true;
const jobMutations: readonly JobMutation[] = [
  { name: "unknown deliveryType", applies: any, apply: (job, m) => ({ ...job, deliveryType: m.pick(["restore", "AUTOMATED", "", "pointintime"]) }) },
  { name: "deliveryType missing", applies: any, apply: (job) => Object.fromEntries(Object.entries(job).filter(([key]) => key !== "deliveryType")) },
  { name: "id not 24 lower-case hex", applies: any, apply: (job, m) => ({ ...job, id: m.pick([m.hex(23), m.hex(24).toUpperCase().replace(/^[0-9]/, "A"), `${m.hex(23)}g`, `${m.hex(24)}0`]) }) },
  { name: "id a number", applies: any, apply: (job, m) => ({ ...job, id: m.int(1, 1e9) }) },
  { name: "expiresAt not a date-time", applies: any, apply: (job, m) => ({ ...job, expiresAt: m.pick(["2025-02-30T10:00:00Z", "2025-05-04T09:42:00", "2025-05-04", "yesterday", "2025-13-01T00:00:00Z"]) }) },
  { name: "finishedAt a number", applies: any, apply: (job, m) => ({ ...job, finishedAt: m.epoch() }) },
  { name: "cancelled a string", applies: any, apply: (job) => ({ ...job, cancelled: "false" }) },
  { name: "components not an array", applies: any, apply: (job) => ({ ...job, components: { replicaSetName: "shard-0" } }) },
  { name: "component downloadUrl a number", applies: any, apply: (job) => ({ ...job, components: [{ replicaSetName: "shard-0", downloadUrl: null }, { replicaSetName: "shard-1", downloadUrl: 7 }] }) },
  { name: "link href a number", applies: any, apply: (job, m) => ({ ...job, links: [m.link(), { href: 42, rel: "self" }] }) },
  { name: "desiredTimestamp increment not int32", applies: any, apply: (job, m) => ({ ...job, desiredTimestamp: { date: m.dateTime(), increment: m.pick([1.5, 2 ** 31, -(2 ** 31) - 1]) } }) },
  { name: "timestamp null", applies: any, apply: (job) => ({ ...job, timestamp: null }) },
  { name: "oplogTs below its minimum", applies: (kind) => kind === "pointInTime", apply: (job) => ({ ...job, oplogTs: 42, oplogInc: 1 }) },
  { name: "oplogInc 0", applies: (kind) => kind === "pointInTime", apply: (job, m) => ({ ...job, oplogTs: m.epoch(), oplogInc: 0 }) },
  { name: "pointInTimeUTCSeconds a string", applies: (kind) => kind === "pointInTime", apply: (job, m) => ({ ...job, pointInTimeUTCSeconds: String(m.epoch()) }) },
  { name: "targetClusterName breaks its pattern or length", applies: (kind) => kind !== "download", apply: (job, m) => ({ ...job, targetClusterName: m.pick(["-leading-hyphen", "has space", "x".repeat(65), "", "under_score"]) }) },
  { name: "targetGroupId too short", applies: (kind) => kind !== "download", apply: (job, m) => ({ ...job, targetGroupId: m.hex(12) }) },
  { name: "snapshotId upper-case", applies: (kind) => kind !== "pointInTime", apply: (job, m) => ({ ...job, snapshotId: `ABCDEF${m.hex(18)}` }) },
  { name: "deliveryUrl holds a number", applies: (kind) => kind === "download", apply: (job) => ({ ...job, deliveryUrl: ["https://restore.example.com/a.tar.gz", 3] }) },
  { name: "private endpointId malformed", applies: (kind) => kind === "download", apply: (job, m) => ({ ...job, privateDownloadDeliveryUrls: [{ deliveryUrl: "https://x.example.com/a.tar.gz", endpointId: `vpce-${m.hex(16)}` }] }) },
  { name: "not an object", applies: any, apply: (_job, m) => m.pick<Json>([null, [], "job", 42, true]) },
];

// ---------------------------------------------------------------------------------------------
// Create requests (CreateBackupRestoreJobRequest, v2)
// ---------------------------------------------------------------------------------------------

type RequestKind = "automated" | "download" | "pointInTimeBySeconds" | "pointInTimeByOplog";
const requestKinds: readonly RequestKind[] = ["automated", "download", "pointInTimeBySeconds", "pointInTimeByOplog"];

function validRequest(m: Maker, kind: RequestKind): JsonObject {
  switch (kind) {
    case "automated":
      return { deliveryType: "automated", snapshotId: m.hex(24), targetClusterName: m.clusterName(), targetGroupId: m.hex(24) };
    case "download":
      return { deliveryType: "download", snapshotId: m.hex(24) };
    case "pointInTimeBySeconds":
      return { deliveryType: "pointInTime", targetClusterName: m.clusterName(), targetGroupId: m.hex(24), pointInTimeUTCSeconds: m.epoch() };
    case "pointInTimeByOplog":
      return { deliveryType: "pointInTime", targetClusterName: m.clusterName(), targetGroupId: m.hex(24), oplogTs: m.epoch(), oplogInc: m.int(1, 100) };
  }
}

interface RequestMutation {
  readonly name: string;
  readonly applies: (kind: RequestKind) => boolean;
  readonly apply: (request: JsonObject, m: Maker) => Json;
}

const without = (object: JsonObject, key: string): JsonObject => Object.fromEntries(Object.entries(object).filter(([name]) => name !== key));
const pointInTime = (kind: RequestKind) => kind === "pointInTimeBySeconds" || kind === "pointInTimeByOplog";
const requestMutations: readonly RequestMutation[] = [
  { name: "unknown deliveryType", applies: any, apply: (request) => ({ ...request, deliveryType: "restore" }) },
  { name: "automated without targetGroupId", applies: (kind) => kind === "automated", apply: (request) => without(request, "targetGroupId") },
  { name: "automated with a restore point", applies: (kind) => kind === "automated", apply: (request, m) => ({ ...request, pointInTimeUTCSeconds: m.epoch() }) },
  { name: "download with oplogTs", applies: (kind) => kind === "download", apply: (request, m) => ({ ...request, oplogTs: m.epoch() }) },
  { name: "download without snapshotId", applies: (kind) => kind === "download", apply: (request) => without(request, "snapshotId") },
  { name: "point in time with both restore points", applies: pointInTime, apply: (request, m) => ({ ...request, pointInTimeUTCSeconds: m.epoch(), oplogTs: m.epoch(), oplogInc: 2 }) },
  { name: "point in time with neither restore point", applies: pointInTime, apply: (request) => without(without(without(request, "pointInTimeUTCSeconds"), "oplogTs"), "oplogInc") },
  { name: "point in time with a snapshotId", applies: pointInTime, apply: (request, m) => ({ ...request, snapshotId: m.hex(24) }) },
  { name: "oplogTs without oplogInc", applies: (kind) => kind === "pointInTimeByOplog", apply: (request) => without(request, "oplogInc") },
  { name: "oplogInc 0", applies: (kind) => kind === "pointInTimeByOplog", apply: (request) => ({ ...request, oplogInc: 0 }) },
  { name: "pointInTimeUTCSeconds below its minimum", applies: (kind) => kind === "pointInTimeBySeconds", apply: (request) => ({ ...request, pointInTimeUTCSeconds: 42 }) },
  { name: "pointInTimeUTCSeconds not an integer", applies: (kind) => kind === "pointInTimeBySeconds", apply: (request, m) => ({ ...request, pointInTimeUTCSeconds: m.epoch() + 0.5 }) },
  { name: "snapshotId not hex", applies: (kind) => kind === "automated" || kind === "download", apply: (request, m) => ({ ...request, snapshotId: `${m.hex(23)}z` }) },
  { name: "targetClusterName breaks its pattern", applies: (kind) => kind !== "download", apply: (request) => ({ ...request, targetClusterName: "-bad" }) },
  { name: "not an object", applies: any, apply: (_request, m) => m.pick<Json>([null, [], "request", 1]) },
];

// ---------------------------------------------------------------------------------------------
// The spec's examples.
// ---------------------------------------------------------------------------------------------

interface ExampleSet {
  readonly jobs: Json[];
  readonly requests: Json[];
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Every example of createBackupRestoreJob's request body and 200 answer in spec/atlas-v2.yaml. */
export function specExamples(): ExampleSet {
  const document = loadSpecDocument("atlas-v2.yaml") as JsonObject;
  const jobs: Json[] = [];
  const requests: Json[] = [];
  const paths = isObject(document.paths) ? document.paths : {};
  for (const item of Object.values(paths)) {
    if (!isObject(item)) continue;
    const post = item.post;
    if (!isObject(post) || post.operationId !== "createBackupRestoreJob") continue;
    const collect = (content: Json | undefined, into: Json[]) => {
      if (!isObject(content)) return;
      for (const media of Object.values(content)) {
        if (!isObject(media) || !isObject(media.examples)) continue;
        for (const example of Object.values(media.examples)) if (isObject(example) && example.value !== undefined) into.push(example.value);
      }
    };
    collect(isObject(post.requestBody) ? post.requestBody.content : undefined, requests);
    const ok = isObject(post.responses) ? post.responses["200"] : undefined;
    collect(isObject(ok) ? ok.content : undefined, jobs);
  }
  if (jobs.length === 0 || requests.length === 0) throw new Error("no examples of createBackupRestoreJob found in spec/atlas-v2.yaml");
  return { jobs, requests };
}

// ---------------------------------------------------------------------------------------------
// The sets.
// ---------------------------------------------------------------------------------------------

export interface PayloadSet {
  /** How many kinds of mistake the invalid payloads go round. */
  readonly mutationKinds: number;
  readonly valid: Json[];
  readonly invalid: Json[];
  /** How each invalid payload was broken, same order as `invalid`. */
  readonly mutations: string[];
  readonly examples: number;
}

export function restoreJobPayloads(count: number, seed = 20260821): PayloadSet {
  const m = new Maker(prng(seed));
  const examples = specExamples().jobs;
  const valid: Json[] = [...examples];
  for (let i = valid.length; i < count; i++) valid.push(validJob(m, deliveryTypes[i % deliveryTypes.length] ?? "automated"));
  const invalid: Json[] = [];
  const mutations: string[] = [];
  for (let i = 0; i < count; i++) {
    const kind = deliveryTypes[i % deliveryTypes.length] ?? "automated";
    const candidates = jobMutations.filter((mutation) => mutation.applies(kind));
    const mutation = candidates[Math.floor(i / deliveryTypes.length) % candidates.length];
    if (!mutation) throw new Error("no mutation");
    invalid.push(mutation.apply(validJob(m, kind), m));
    mutations.push(mutation.name);
  }
  return { mutationKinds: jobMutations.length, valid, invalid, mutations, examples: examples.length };
}

export function createRequestPayloads(count: number, seed = 20230101): PayloadSet {
  const m = new Maker(prng(seed));
  const examples = specExamples().requests;
  const valid: Json[] = [...examples];
  for (let i = valid.length; i < count; i++) valid.push(validRequest(m, requestKinds[i % requestKinds.length] ?? "automated"));
  const invalid: Json[] = [];
  const mutations: string[] = [];
  for (let i = 0; i < count; i++) {
    const kind = requestKinds[i % requestKinds.length] ?? "automated";
    const candidates = requestMutations.filter((mutation) => mutation.applies(kind));
    const mutation = candidates[Math.floor(i / requestKinds.length) % candidates.length];
    if (!mutation) throw new Error("no mutation");
    invalid.push(mutation.apply(validRequest(m, kind), m));
    mutations.push(mutation.name);
  }
  return { mutationKinds: requestMutations.length, valid, invalid, mutations, examples: examples.length };
}
