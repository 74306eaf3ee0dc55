// Part 1, generation: wall time and peak memory of our `generate` and of the peers' CLIs, each run as a
// whole process (tree) on the same input file, on our spec, on synthetic copies of it (x1 .. x1000) and
// on the official Atlas v2 document.
//
//   npx tsx bench/generation.ts [--quick]
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { bundleSpecs } from "./lib/bundle.ts";
import { formatBytes, formatMs, formatRatio, formatTargetRatio, markdownTable, ratio } from "./lib/format.ts";
import { bin, officialSpec, quietEnv, repoRoot, scratchDir } from "./lib/paths.ts";
import { hasGnuTime, runMeasured, type RunOutcome } from "./lib/process.ts";
import { finishPart, partOptions, targetMet, type Target } from "./lib/report.ts";
import { max, median, min } from "./lib/stats.ts";
import { copyCounts, sourceApis, writeSyntheticYaml, type JsonObject } from "./synthetic.ts";

const options = partOptions();
const quick = options.quick;

// ---------------------------------------------------------------------------------------------
// The plan: which inputs, how many rounds, what time limit. Full runs are meant for an idle machine.
// ---------------------------------------------------------------------------------------------

const minute = 60_000;
// A shorter limit or fewer x100 rounds make a full run fit a time budget; the output states both.
const limitMs = (Number(process.env.BENCH_LIMIT_MINUTES) || (quick ? 2 : 10)) * minute;
const x100Rounds = Number(process.env.BENCH_X100_ROUNDS) || 3;
// Three rounds at x1000 too: on a shared machine one round per tool swung our ratio from 0.85x to 1.07x.
const x1000Rounds = Number(process.env.BENCH_X1000_ROUNDS) || 3;
/** Synthetic sizes, and rounds per size (after one warm-up run per tool where `warmup`). */
const syntheticPlan: readonly { copies: number; rounds: number; warmup: boolean }[] = quick
  ? [
      { copies: 1, rounds: 1, warmup: false },
      { copies: 10, rounds: 1, warmup: false },
    ]
  : [
      { copies: 1, rounds: 5, warmup: true },
      { copies: 10, rounds: 5, warmup: true },
      { copies: 100, rounds: x100Rounds, warmup: false },
      { copies: 1000, rounds: x1000Rounds, warmup: false },
    ];
const specRounds = quick ? { rounds: 1, warmup: false } : { rounds: 5, warmup: true };
const officialRounds = quick ? { rounds: 1, warmup: false } : { rounds: 3, warmup: true };
const specVersions = quick ? (["atlas-v2.yaml"] as const) : (["atlas-v1.0.yaml", "atlas-v2.yaml"] as const);

// ---------------------------------------------------------------------------------------------
// The tools. Each runs from an empty working folder so that no stray config file is picked up.
// ---------------------------------------------------------------------------------------------

interface Tool {
  readonly id: string;
  readonly name: string;
  readonly version: string;
  readonly produces: string;
  command(input: string, out: string, emptyCwd: string, nolintConfig: string): { command: string; args: string[]; cwd: string };
}

function packageVersion(name: string): string {
  const path = name === "." ? join(repoRoot, "package.json") : join(repoRoot, "node_modules", name, "package.json");
  return (JSON.parse(readFileSync(path, "utf8")) as { version: string }).version;
}

/**
 * Ours runs exactly as `npm run generate` runs it, read from package.json's `generate` script: a
 * build step (`... && ...`, today an esbuild bundle of the generator) is run once, untimed, before the
 * measured runs, and its time is reported beside the figures; the last step is the measured process
 * (today `node .build/cli.mjs generate`), started without npm.
 */
const generateScript = ((JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { scripts?: Record<string, string> }).scripts ?? {}).generate ?? "tsx generator/cli.ts generate";
const generateSteps = generateScript.split("&&").map((step) => step.trim().split(/\s+/));
const generateRun = generateSteps[generateSteps.length - 1] ?? [];
const generateBuild = generateSteps.slice(0, -1);

function scriptCommand(tokens: readonly string[]): { command: string; args: string[] } {
  const [name = "", ...args] = tokens;
  return { command: name === "node" ? process.execPath : bin(name), args };
}

/** Runs the script's build steps (untimed by the comparison); returns how long they took. */
function buildGenerator(): number {
  const started = Date.now();
  for (const step of generateBuild) {
    const { command, args } = scriptCommand(step);
    const built = spawnSync(command, args, { cwd: repoRoot, encoding: "utf8", env: quietEnv() });
    if (built.status !== 0) throw new Error(`could not run the build step of \`npm run generate\` (${step.join(" ")}): ${built.stderr}`);
  }
  return Date.now() - started;
}
const buildMs = buildGenerator();

const ours: Tool = {
  id: "ours",
  name: "ours (`generate`)",
  version: packageVersion("."),
  produces: "types, guards, request functions; prettier; per-file .js + .d.ts",
  command: (input, out) => {
    const { command, args } = scriptCommand(generateRun);
    return { command, args: [...args, "--spec", input, "--out", out], cwd: repoRoot };
  },
};
const openapiTypescript: Tool = {
  id: "openapi-typescript",
  name: "openapi-typescript",
  version: packageVersion("openapi-typescript"),
  produces: "types only (one .ts)",
  command: (input, out, cwd, nolint) => ({ command: bin("openapi-typescript"), args: [input, "--output", join(out, "schema.ts"), "--redocly", nolint], cwd }),
};
const heyApi: Tool = {
  id: "hey-api",
  name: "@hey-api/openapi-ts",
  version: packageVersion("@hey-api/openapi-ts"),
  produces: "types, SDK functions, fetch client (default plugins)",
  command: (input, out, cwd) => ({ command: bin("openapi-ts"), args: ["--input", input, "--output", out], cwd }),
};
const orval: Tool = {
  id: "orval",
  name: "orval",
  version: packageVersion("orval"),
  produces: "types and fetch functions (`--client fetch`, one file)",
  command: (input, out, cwd) => ({ command: bin("orval"), args: ["--input", input, "--output", join(out, "client.ts"), "--client", "fetch"], cwd }),
};
const oazapfts: Tool = {
  id: "oazapfts",
  name: "oazapfts",
  version: packageVersion("oazapfts"),
  produces: "types and fetch functions (one file)",
  command: (input, out, cwd) => ({ command: bin("oazapfts"), args: [input, join(out, "client.ts")], cwd }),
};
const allTools = [ours, openapiTypescript, heyApi, orval, oazapfts];

// ---------------------------------------------------------------------------------------------
// Measuring.
// ---------------------------------------------------------------------------------------------

type CellStatus = "ok" | "dnf" | "failed" | "refused" | "memory" | "skipped";

interface Cell {
  readonly input: string;
  readonly tool: string;
  status: CellStatus;
  readonly wallMs: number[];
  readonly peakRssBytes: number[];
  /** The two sources of peakRssBytes, per round: polled tree sum, and the largest single process. */
  readonly treeRssBytes: number[];
  readonly maxSingleRssBytes: (number | null)[];
  readonly processes: number[];
  detail?: string;
  medianWallMs?: number;
  medianPeakRssBytes?: number;
}

interface Input {
  readonly id: string;
  readonly label: string;
  readonly file: string;
  readonly bytes: number;
  readonly operations: number;
  readonly schemas: number | undefined;
  readonly copies: number | undefined;
  readonly tools: readonly Tool[];
  readonly rounds: number;
  readonly warmup: boolean;
}

const scratch = scratchDir("generation");
const cells: Cell[] = [];
/** A tool that failed, did not finish or went over the memory stop at one synthetic size is not run on bigger ones. */
const gaveUp = new Map<string, string>();
let runCounter = 0;

function diagnosticCount(stderr: string): number | undefined {
  const match = /^(\d+) errors?;/m.exec(stderr);
  return match ? Number(match[1]) : undefined;
}

function describeFailure(tool: Tool, outcome: RunOutcome): { status: CellStatus; detail: string } {
  if (outcome.status === "timeout") return { status: "dnf", detail: `did not finish in ${formatMs(limitMs)}` };
  if (outcome.status === "memory") return { status: "memory", detail: `stopped above 12 GiB after ${formatMs(outcome.wallMs)}` };
  const count = tool === ours ? diagnosticCount(outcome.stderr) : undefined;
  if (count !== undefined) {
    const codes = new Map<string, number>();
    for (const match of outcome.stderr.matchAll(/: error \[([a-z0-9-]+)\]/g)) codes.set(match[1] ?? "", (codes.get(match[1] ?? "") ?? 0) + 1);
    const kinds = [...codes].map(([code, n]) => `${n} × ${code}`).join(", ");
    return { status: "refused", detail: `refused: ${count} diagnostics (${kinds}; after ${formatMs(outcome.wallMs)}, peak ${formatBytes(outcome.peakRssBytes)})` };
  }
  const heap = /heap out of memory/i.test(outcome.stderr) ? "JavaScript heap out of memory; " : "";
  const lines = outcome.stderr.split("\n").map((line) => line.trim()).filter((line) => line !== "" && !line.startsWith("Command exited"));
  const lastLine = lines.find((line) => /error/i.test(line)) ?? lines[lines.length - 1] ?? "";
  return { status: "failed", detail: `failed (exit ${outcome.exitCode ?? "?"}) after ${formatMs(outcome.wallMs)}: ${heap}${lastLine.slice(0, 160)}` };
}

async function runOnce(tool: Tool, input: Input, emptyCwd: string, nolint: string): Promise<RunOutcome> {
  const out = join(scratch.path, "out", `${tool.id}-${input.id}-${runCounter++}`);
  const { command, args, cwd } = tool.command(input.file, out, emptyCwd, nolint);
  // An empty output folder: oazapfts does not create one, and every other tool accepts it.
  mkdirSync(out, { recursive: true });
  try {
    return await runMeasured(command, args, { cwd, env: quietEnv(), timeoutMs: limitMs, scratch: scratch.path });
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

async function measureInput(input: Input, emptyCwd: string, nolint: string): Promise<void> {
  const inputCells = new Map<Tool, Cell>();
  for (const tool of input.tools) {
    const cell: Cell = { input: input.id, tool: tool.id, status: "ok", wallMs: [], peakRssBytes: [], treeRssBytes: [], maxSingleRssBytes: [], processes: [] };
    cells.push(cell);
    inputCells.set(tool, cell);
    const reason = input.copies !== undefined ? gaveUp.get(tool.id) : undefined;
    if (reason !== undefined) {
      cell.status = "skipped";
      cell.detail = `not run: ${reason}`;
    }
  }
  const active = () => input.tools.filter((tool) => inputCells.get(tool)?.status === "ok");
  const record = (tool: Tool, outcome: RunOutcome, keep: boolean): void => {
    const cell = inputCells.get(tool);
    if (!cell) return;
    if (outcome.status !== "ok") {
      const failure = describeFailure(tool, outcome);
      cell.status = failure.status;
      cell.detail = failure.detail;
      if (input.copies !== undefined) {
        const what = failure.status === "dnf" ? "did not finish" : failure.status === "memory" ? "went over 12 GiB" : "failed";
        gaveUp.set(tool.id, `${what} at x${input.copies}`);
      }
      return;
    }
    if (keep) {
      cell.wallMs.push(outcome.wallMs);
      cell.peakRssBytes.push(outcome.peakRssBytes);
      cell.treeRssBytes.push(outcome.peakTreeRssBytes);
      cell.maxSingleRssBytes.push(outcome.maxSingleRssBytes ?? null);
      cell.processes.push(outcome.processes);
    }
  };
  process.stderr.write(`generation: ${input.label}\n`);
  if (input.warmup) for (const tool of active()) record(tool, await runOnce(tool, input, emptyCwd, nolint), false);
  // Round-robin: every tool once per round, so a burst of noise hits all of them alike.
  for (let round = 0; round < input.rounds; round++) {
    for (const tool of active()) {
      const outcome = await runOnce(tool, input, emptyCwd, nolint);
      process.stderr.write(`  ${tool.id} round ${round + 1}/${input.rounds}: ${outcome.status} ${formatMs(outcome.wallMs)} ${formatBytes(outcome.peakRssBytes)}\n`);
      record(tool, outcome, true);
    }
  }
  for (const cell of inputCells.values()) {
    if (cell.wallMs.length > 0) {
      cell.medianWallMs = median(cell.wallMs);
      cell.medianPeakRssBytes = median(cell.peakRssBytes);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Inputs.
// ---------------------------------------------------------------------------------------------

const inputDir = join(scratch.path, "in");
const emptyCwd = join(scratch.path, "cwd");
mkdirSync(inputDir, { recursive: true });
mkdirSync(emptyCwd, { recursive: true });
mkdirSync(join(scratch.path, "out"), { recursive: true });
// openapi-typescript lints with @redocly/openapi-core before it generates; this config has no rules.
const nolint = join(scratch.path, "redocly-no-rules.yaml");
writeFileSync(nolint, "# openapi-typescript: every Redocly lint rule off\nextends: []\nrules: {}\n");

const inputs: Input[] = [];
try {
  const bundled = bundleSpecs(inputDir);
  const parsed = {
    "atlas-v1.0.yaml": parse(readFileSync(bundled["atlas-v1.0.yaml"], "utf8")) as JsonObject,
    "atlas-v2.yaml": parse(readFileSync(bundled["atlas-v2.yaml"], "utf8")) as JsonObject,
  };
  const sources = sourceApis(parsed);
  const perCopy = copyCounts(sources);
  for (const version of specVersions) {
    const doc = parsed[version];
    const paths = (doc.paths ?? {}) as Record<string, Record<string, unknown>>;
    const operations = Object.values(paths).reduce((sum, item) => sum + Object.keys(item).filter((key) => key !== "parameters").length, 0);
    const schemas = Object.keys(((doc.components ?? {}) as { schemas?: object }).schemas ?? {}).length;
    inputs.push({
      id: `spec-${version.replace(/\.yaml$/, "")}`,
      label: `spec/${version} (bundled)`,
      file: bundled[version],
      bytes: statSync(bundled[version]).size,
      operations,
      schemas,
      copies: undefined,
      tools: allTools,
      ...specRounds,
    });
  }
  for (const { copies, rounds, warmup } of syntheticPlan) {
    const file = join(inputDir, `synthetic-x${copies}.yaml`);
    const bytes = writeSyntheticYaml(sources, copies, file);
    inputs.push({
      id: `x${copies}`,
      label: `synthetic x${copies}`,
      file,
      bytes,
      operations: perCopy.operations * copies,
      schemas: perCopy.schemas * copies,
      copies,
      tools: allTools,
      rounds,
      warmup,
    });
  }
  inputs.push({
    id: "official",
    label: "official Atlas v2 (2026-08-21)",
    file: officialSpec,
    bytes: statSync(officialSpec).size,
    // As ../shared/reference/README.md counts them (parsing 4 MB of YAML here to count again is not worth it).
    operations: 540,
    schemas: 1145,
    copies: undefined,
    tools: [ours, openapiTypescript],
    ...officialRounds,
  });

  for (const input of inputs) await measureInput(input, emptyCwd, nolint);
} finally {
  scratch.dispose();
}

// ---------------------------------------------------------------------------------------------
// Report.
// ---------------------------------------------------------------------------------------------

const cellOf = (input: string, tool: string) => cells.find((cell) => cell.input === input && cell.tool === tool);

function describeInput(input: Input): string {
  const size = formatBytes(input.bytes);
  return `${input.label}: ${size}, ${input.operations} ops${input.schemas === undefined ? "" : `, ${input.schemas} schemas`}`;
}

const rows: string[][] = [];
for (const input of inputs) {
  const base = cellOf(input.id, ours.id);
  for (const tool of input.tools) {
    const cell = cellOf(input.id, tool.id);
    if (!cell) continue;
    const ok = cell.medianWallMs !== undefined;
    let range = ok && cell.wallMs.length > 1 ? `${formatMs(min(cell.wallMs))} – ${formatMs(max(cell.wallMs))}` : ok ? "1 round" : "";
    // A tool that finished some rounds and then failed one: its figures stand, and so does the failure.
    if (ok && cell.status !== "ok") range += `; then ${cell.detail ?? cell.status}`;
    rows.push([
      tool === ours ? describeInput(input) : "",
      tool.name,
      ok ? formatMs(cell.medianWallMs ?? Number.NaN) : (cell.detail ?? cell.status),
      range,
      ok ? formatBytes(cell.medianPeakRssBytes ?? Number.NaN) : "",
      formatRatio(ratio(base?.medianWallMs, cell.medianWallMs)),
      formatRatio(ratio(base?.medianPeakRssBytes, cell.medianPeakRssBytes)),
    ]);
  }
}
const mainTable = markdownTable(
  ["input", "tool", "wall time (median)", "min – max", "peak RSS (median)", "ours ÷ this, time", "ours ÷ this, memory"],
  rows,
  ["l", "l", "r", "r", "r", "r", "r"],
);

// Growth: time at the largest synthetic size over time at x1, and the slope over the last decade.
const syntheticInputs = inputs.filter((input) => input.copies !== undefined);
const growthRows: string[][] = [];
const growth: Record<string, { factor: number | undefined; exponent: number | undefined; from: number; to: number; note?: string }> = {};
const first = syntheticInputs[0];
const last = syntheticInputs[syntheticInputs.length - 1];
for (const tool of allTools) {
  const times = syntheticInputs.map((input) => cellOf(input.id, tool.id));
  const t1 = first ? cellOf(first.id, tool.id)?.medianWallMs : undefined;
  const tN = last ? cellOf(last.id, tool.id)?.medianWallMs : undefined;
  // Slope between the two largest sizes this tool finished: 1.0 is linear.
  const finished = syntheticInputs.filter((input) => cellOf(input.id, tool.id)?.medianWallMs !== undefined);
  const a = finished[finished.length - 2];
  const b = finished[finished.length - 1];
  const ta = a ? cellOf(a.id, tool.id)?.medianWallMs : undefined;
  const tb = b ? cellOf(b.id, tool.id)?.medianWallMs : undefined;
  const exponent = a && b && ta && tb && a.copies && b.copies ? Math.log(tb / ta) / Math.log(b.copies / a.copies) : undefined;
  const factor = t1 !== undefined && tN !== undefined ? tN / t1 : undefined;
  const lastCell = last ? cellOf(last.id, tool.id) : undefined;
  const note = factor === undefined && lastCell?.detail !== undefined && t1 !== undefined ? lastCell.detail : undefined;
  growth[tool.id] = { factor, exponent, from: first?.copies ?? 1, to: last?.copies ?? 1, ...(note ? { note } : {}) };
  growthRows.push([
    tool.name,
    ...times.map((cell) => (cell?.medianWallMs !== undefined ? formatMs(cell.medianWallMs) : cell?.status === "skipped" ? "not run" : (cell?.status ?? "-"))),
    factor !== undefined ? formatRatio(factor) : note !== undefined ? `> ${formatRatio(limitMs / (t1 ?? limitMs))} (${lastCell?.status})` : "-",
    exponent !== undefined && a && b ? `${exponent.toFixed(2)} (x${a.copies}→x${b.copies})` : "-",
  ]);
}
const growthTable = markdownTable(
  ["tool", ...syntheticInputs.map((input) => `x${input.copies}`), `growth x${first?.copies ?? 1}→x${last?.copies ?? 1}`, "slope (1.00 = linear)"],
  growthRows,
);

// Targets.
const targets: Target[] = [];
const timeRatio = (input: string) => ratio(cellOf(input, ours.id)?.medianWallMs, cellOf(input, openapiTypescript.id)?.medianWallMs);
const memRatio = (input: string) => ratio(cellOf(input, ours.id)?.medianPeakRssBytes, cellOf(input, openapiTypescript.id)?.medianPeakRssBytes);
const why = (input: string) => {
  const cell = cellOf(input, ours.id);
  if (!cell) return "not run in this mode";
  return cell.medianWallMs === undefined ? (cell.detail ?? cell.status) : undefined;
};
// Our spec and x1000 are #6's targets; the official document is #7's.
for (const input of inputs.filter((each) => each.id.startsWith("spec-") || each.id === "x1000" || each.id === "official")) {
  const t = timeRatio(input.id);
  const m = memRatio(input.id);
  const note = why(input.id);
  targets.push({ name: `generation wall time ≤ 1.0x openapi-typescript's (${input.label})`, value: t, shown: formatTargetRatio(t), met: targetMet(t, (v) => v <= 1.0), ...(note ? { note } : {}) });
  targets.push({ name: `generation peak memory below openapi-typescript's (${input.label})`, value: m, shown: formatTargetRatio(m), met: targetMet(m, (v) => v < 1.0), ...(note ? { note } : {}) });
}
if (!inputs.some((input) => input.id === "x1000")) {
  targets.push({ name: "generation wall time ≤ 1.0x openapi-typescript's (synthetic x1000)", value: undefined, shown: "-", met: undefined, note: "x1000 is not run with --quick" });
  targets.push({ name: "generation peak memory below openapi-typescript's (synthetic x1000)", value: undefined, shown: "-", met: undefined, note: "x1000 is not run with --quick" });
}
const ourGrowth = growth[ours.id];
targets.push({
  name: "generation growth no worse than linear (ours; slope between the two largest sizes ≤ 1.1)",
  value: ourGrowth?.exponent,
  shown: ourGrowth?.exponent !== undefined ? ourGrowth.exponent.toFixed(2) : "-",
  met: quick ? undefined : ourGrowth?.note !== undefined ? false : targetMet(ourGrowth?.exponent, (v) => v <= 1.1),
  ...(ourGrowth?.note !== undefined
    ? { note: `x${ourGrowth.to}: ${ourGrowth.note}` }
    : quick
      ? { note: "not judged with --quick: x1→x10 only, where start-up dominates" }
      : {}),
});

const officialOurs = cellOf("official", ours.id);
const notes = [
  `Ours is measured as \`npm run generate\` runs it (package.json: \`${generateScript}\`), without npm itself: ${generateBuild.length > 0 ? `the measured process is \`${generateRun.join(" ")}\`; the build step before it, which \`npm run generate\` repeats on every call, ran once beforehand and is not in the figures (it took ${formatMs(buildMs)} here)` : `\`${generateRun.join(" ")}\``}.`,
  `Inputs: each API document of spec/ bundled into one file with \`redocly bundle\` (Redocly CLI ${packageVersion("@redocly/cli")}), because not every peer follows a \`$ref\` into common.yaml; every tool, ours included, reads the same bundled file per API version. Synthetic inputs merge both bundled documents into one and replicate them (bench/synthetic.ts).`,
  `What each tool produces differs: ${allTools.map((tool) => `${tool.name} ${tool.version}: ${tool.produces}`).join("; ")}.`,
  "openapi-typescript is given a Redocly config with no rules (`extends: []`, `rules: {}`); it still walks the document once in `lintDocument` (about 2 s of the official document's time), which no config turns off. Without a redocly.yaml its CLI applies no rules either in this version.",
  `Peak RSS: the largest of (sum of RSS over the process tree, polled every 50 ms from /proc) and (${hasGnuTime ? "/usr/bin/time's maximum resident set size of the largest process" : "no /usr/bin/time here"}). Every run has a ${formatMs(limitMs)} limit and a 12 GiB memory stop; a tool that fails or misses either at one synthetic size is not run on bigger ones.`,
  ...(officialOurs?.detail !== undefined
    ? [
        `Ours on the official document: ${officialOurs.detail}.${officialOurs.status === "refused" ? " The generator refuses constructs it does not implement, by name and place, rather than guessing; the diagnostics are printed by `npm run generate -- --spec ../shared/reference/atlas-admin-api-v2-2026-08-21.yaml --out /tmp/x`." : ""}`,
      ]
    : []),
];

const data = {
  limitMs,
  inputs: inputs.map(({ tools, ...input }) => ({ ...input, tools: tools.map((tool) => tool.id) })),
  tools: allTools.map(({ command: _command, ...tool }) => tool),
  cells,
  growth,
};

finishPart(
  {
    part: "generation",
    title: "1. Generation: wall time and peak memory",
    method: `Each tool runs as a whole process tree (its own CLI from node_modules/.bin, ours as \`npm run generate\` runs it, see below) on the same file. Medians over ${quick ? "1 round (--quick)" : "several rounds after a warm-up run (rounds per input below; x100 and x1000 have no warm-up)"}; tools run round-robin within each round.`,
    markdown: `${mainTable}\n\nGrowth with the size of the input (synthetic copies of our spec):\n\n${growthTable}`,
    data,
    targets,
    notes,
  },
  options,
);
