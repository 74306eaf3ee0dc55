// `npm run bench`: runs every part of the benchmark, each in a process of its own, and writes the
// figures to bench/results/latest.json and bench/results/latest.md (the markdown is also printed).
//
//   npm run bench                       full run (meant for an idle machine; takes a while)
//   npm run bench -- --quick            short smoke run (a few minutes at most)
//   npm run bench -- --only guards      one part (or several: --only guards,size); the other parts
//                                       already in latest.json are kept
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg, release, totalmem, type } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { formatBytes, formatMs, markdownTable } from "./lib/format.ts";
import { benchDir, repoRoot, resultsDir, scratchDir } from "./lib/paths.ts";
import { renderPart, type PartResult } from "./lib/report.ts";

const parts = [
  { id: "generation", script: "generation.ts", nodeFlags: [] as string[], limitMs: { quick: 6 * 60_000, full: 4 * 3600_000 } },
  { id: "guards", script: "guards.ts", nodeFlags: [], limitMs: { quick: 3 * 60_000, full: 20 * 60_000 } },
  { id: "client", script: "client.ts", nodeFlags: [], limitMs: { quick: 3 * 60_000, full: 20 * 60_000 } },
  { id: "pagination", script: "pagination.ts", nodeFlags: ["--expose-gc"], limitMs: { quick: 3 * 60_000, full: 30 * 60_000 } },
  { id: "size", script: "size.ts", nodeFlags: [], limitMs: { quick: 60_000, full: 5 * 60_000 } },
] as const;

const usage = `Usage: npm run bench -- [--quick] [--only ${parts.map((part) => part.id).join(",")}]`;
let values: { quick?: boolean; only?: string; help?: boolean };
try {
  values = parseArgs({
    options: { quick: { type: "boolean", default: false }, only: { type: "string" }, help: { type: "boolean", short: "h", default: false } },
    strict: true,
  }).values;
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n${usage}\n`);
  process.exit(2);
}
if (values.help) {
  process.stdout.write(`${usage}\n`);
  process.exit(0);
}
const quick = values.quick ?? false;
const only = values.only?.split(",").map((name) => name.trim()).filter((name) => name !== "");
const unknown = only?.filter((name) => !parts.some((part) => part.id === name)) ?? [];
if (unknown.length > 0) {
  process.stderr.write(`unknown part ${unknown.join(", ")}\n${usage}\n`);
  process.exit(2);
}
const selected = parts.filter((part) => only === undefined || only.includes(part.id));

// ---------------------------------------------------------------------------------------------
// Machine facts.
// ---------------------------------------------------------------------------------------------

function git(args: string[]): string | undefined {
  try {
    return execFileSync("git", args, { cwd: repoRoot, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return undefined;
  }
}

function cpuModel(): string {
  const fromOs = cpus()[0]?.model;
  try {
    const line = readFileSync("/proc/cpuinfo", "utf8")
      .split("\n")
      .find((each) => each.startsWith("model name"));
    const model = line?.split(":")[1]?.trim();
    if (model) return model;
  } catch {
    // Not Linux.
  }
  return fromOs ?? "unknown";
}

function versionOf(name: string): string | undefined {
  try {
    return (JSON.parse(readFileSync(join(repoRoot, "node_modules", name, "package.json"), "utf8")) as { version: string }).version;
  } catch {
    return undefined;
  }
}

const machine = {
  node: process.version,
  v8: process.versions.v8,
  cpu: cpuModel(),
  cores: availableParallelism(),
  memory: formatBytes(totalmem()),
  os: `${type()} ${release()}`,
  loadAverageAtStart: loadavg().map((value) => Number(value.toFixed(2))),
  commit: git(["rev-parse", "--short", "HEAD"]),
  workTreeChanged: (git(["status", "--porcelain"]) ?? "") !== "",
  tools: Object.fromEntries(
    ["openapi-typescript", "@hey-api/openapi-ts", "orval", "oazapfts", "openapi-fetch", "ajv", "ajv-formats", "zod", "esbuild", "@redocly/cli", "tsx", "typescript"].map((name) => [name, versionOf(name)]),
  ),
};

// ---------------------------------------------------------------------------------------------
// Running the parts.
// ---------------------------------------------------------------------------------------------

interface PartFailure {
  readonly part: string;
  readonly error: string;
  readonly quick: boolean;
  readonly startedAt: string;
}

/** Ends a part: SIGTERM first (it then ends the tool runs it started in groups of their own), SIGKILL later. */
function endGroup(pid: number): void {
  for (const [signal, delayMs] of [
    ["SIGTERM", 0],
    ["SIGKILL", 5000],
  ] as const) {
    setTimeout(() => {
      try {
        process.kill(-pid, signal);
      } catch {
        // Gone already.
      }
    }, delayMs).unref();
  }
}

let running: number | undefined;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    if (running !== undefined) {
      try {
        process.kill(-running, "SIGTERM");
      } catch {
        // Gone already.
      }
    }
    process.exit(signal === "SIGINT" ? 130 : 143);
  });
}

function runPart(part: (typeof parts)[number], jsonOut: string): Promise<{ ok: true } | { ok: false; error: string }> {
  const limitMs = quick ? part.limitMs.quick : part.limitMs.full;
  const args = [...part.nodeFlags, "--import", "tsx", join(benchDir, part.script), ...(quick ? ["--quick"] : []), "--json-out", jsonOut];
  return new Promise((resolve) => {
    // Its own process group, so that a part over its time limit can be ended with everything it started.
    const child = spawn(process.execPath, args, { cwd: repoRoot, stdio: ["ignore", "ignore", "inherit"], detached: true });
    running = child.pid;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid !== undefined) endGroup(child.pid);
    }, limitMs);
    child.on("close", (code) => {
      clearTimeout(timer);
      running = undefined;
      if (timedOut) resolve({ ok: false, error: `did not finish in ${formatMs(limitMs)}` });
      else if (code !== 0) resolve({ ok: false, error: `exited with ${code}` });
      else if (!existsSync(jsonOut)) resolve({ ok: false, error: "wrote no result" });
      else resolve({ ok: true });
    });
  });
}

const startedAt = new Date();
const scratch = scratchDir("run");
const results = new Map<string, PartResult | PartFailure>();
try {
  for (const part of selected) {
    process.stderr.write(`\n=== bench: ${part.id}${quick ? " (--quick)" : ""} ===\n`);
    const jsonOut = join(scratch.path, `${part.id}.json`);
    const partStarted = new Date().toISOString();
    const outcome = await runPart(part, jsonOut);
    if (outcome.ok) results.set(part.id, JSON.parse(readFileSync(jsonOut, "utf8")) as PartResult);
    else {
      process.stderr.write(`bench: ${part.id} failed: ${outcome.error}\n`);
      results.set(part.id, { part: part.id, error: outcome.error, quick, startedAt: partStarted });
    }
  }
} finally {
  scratch.dispose();
}

// ---------------------------------------------------------------------------------------------
// Results: merge into latest.json (parts not run this time are kept), render latest.md.
// ---------------------------------------------------------------------------------------------

interface Latest {
  readonly updatedAt: string;
  readonly parts: Record<string, (PartResult | PartFailure) & { readonly machine: typeof machine }>;
}

mkdirSync(resultsDir, { recursive: true });
const latestJson = join(resultsDir, "latest.json");
let previous: Latest | undefined;
if (only !== undefined && existsSync(latestJson)) {
  try {
    previous = JSON.parse(readFileSync(latestJson, "utf8")) as Latest;
  } catch {
    previous = undefined;
  }
}
const merged: Latest["parts"] = {};
for (const part of parts) {
  const fresh = results.get(part.id);
  if (fresh) merged[part.id] = { ...fresh, machine };
  else if (previous?.parts[part.id]) merged[part.id] = previous.parts[part.id] as Latest["parts"][string];
}
const latest: Latest = { updatedAt: new Date().toISOString(), parts: merged };
writeFileSync(latestJson, `${JSON.stringify(latest, null, 2)}\n`);

const isFailure = (entry: PartResult | PartFailure): entry is PartFailure => "error" in entry;
const entries = parts.flatMap((part) => {
  const entry = merged[part.id];
  return entry ? [[part.id, entry] as const] : [];
});

const machineRows = [
  ["node", `${machine.node} (V8 ${machine.v8})`],
  ["CPU", `${machine.cpu}, ${machine.cores} cores`],
  ["memory", machine.memory],
  ["OS", machine.os],
  ["commit", `${machine.commit ?? "?"}${machine.workTreeChanged ? " (work tree had changes)" : ""}`],
  ["peers", Object.entries(machine.tools).map(([name, version]) => `${name} ${version ?? "missing"}`).join(", ")],
];
const targetRows = entries.flatMap(([, entry]) =>
  isFailure(entry)
    ? [[`${entry.part}: the part failed`, "-", "not judged", entry.error]]
    : entry.targets.map((target) => [target.name, target.shown, target.met === undefined ? "not judged" : target.met ? "met" : "**missed**", target.note ?? ""]),
);
const sections = entries.map(([id, entry]) => {
  if (isFailure(entry)) return `## ${id}\n\nFailed: ${entry.error} (${entry.startedAt}).`;
  const stamp = `_Ran ${entry.startedAt}${entry.quick ? " with --quick" : ""} in ${formatMs(entry.durationMs)}; 1-minute load average ${entry.loadAverage[0].toFixed(2)} before, ${entry.loadAverage[1].toFixed(2)} after (${entry.machine.cores} cores; above that, expect noise)._`;
  return `${renderPart(entry)}\n\n${stamp}`;
});
const anyQuick = entries.some(([, entry]) => entry.quick);
const markdown = [
  "# Benchmarks",
  "",
  `Written by \`npm run bench${quick ? " -- --quick" : ""}${only ? ` -- --only ${only.join(",")}` : ""}\` (bench/run.ts) on ${startedAt.toISOString()}. Ratios are ours ÷ the other: for times and memory lower is better for us, for operations and requests per second higher is better.${anyQuick ? " **Some figures come from a --quick run: few rounds, small inputs, not for quoting.**" : ""}`,
  "",
  markdownTable(["machine", ""], machineRows, ["l", "l"]),
  "",
  "## Targets",
  "",
  markdownTable(["target", "measured", "verdict", "note"], targetRows, ["l", "r", "l", "l"]),
  "",
  ...sections.flatMap((section) => [section, ""]),
].join("\n");
writeFileSync(join(resultsDir, "latest.md"), markdown);
process.stdout.write(`\n${markdown}\n`);
process.stderr.write(`\nbench: wrote ${join("bench", "results", "latest.json")} and latest.md in ${formatMs(Date.now() - startedAt.getTime())}\n`);

const failed = [...results.values()].filter(isFailure);
process.exit(failed.length > 0 ? 1 : 0);
