// Part 4, pagination: the heap while `v1.listBackupRestoreJobsItems` walks 10,000 and 100,000 restore
// jobs, 500 a page, from a local server that makes the pages up as they are asked for
// (bench/servers/restore-server.ts --mode pages). The heap is sampled after a full `global.gc()` every
// 250 jobs, so the high-water mark is what the iteration keeps alive, not garbage waiting to be
// collected. A control run keeps every job in an array, to show what growth looks like.
//
//   npx tsx bench/pagination.ts [--quick]     (re-runs itself under node --expose-gc)
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { createClient, v1 } from "atlas-restore-client";
import { formatBytes, formatMs, formatRatio, formatTargetRatio, markdownTable } from "./lib/format.ts";
import { finishPart, partOptions, targetMet, type Target } from "./lib/report.ts";
import { startServer } from "./lib/server.ts";
import { median, nowNs } from "./lib/stats.ts";

const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) {
  const result = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: "inherit" });
  process.exit(result.status ?? 1);
}
const collect: () => void = gc;

const options = partOptions();
const quick = options.quick;
const totals = [10_000, 100_000] as const;
const itemsPerPage = 500;
/** Jobs between two samples; the control run keeps a growing heap, where each GC costs more, so it samples less often. */
const sampleEvery = { stream: 250, collect: 5000 } as const;
const rounds = quick ? 1 : 3;
/** Each walk stops after this, whatever happens. */
const walkCapMs = 300_000;

interface Walk {
  readonly mode: "stream" | "collect";
  readonly total: number;
  readonly items: number;
  readonly baselineHeap: number;
  readonly peakHeap: number;
  readonly peakRss: number;
  readonly elapsedMs: number;
  readonly samples: number;
}

function heapAfterGc(): number {
  collect();
  return process.memoryUsage().heapUsed;
}

async function walk(baseUrl: string, total: number, mode: Walk["mode"]): Promise<Walk> {
  const client = createClient({ baseUrl, headers: { "x-bench-total": String(total) } });
  let kept: unknown[] = [];
  const baselineHeap = heapAfterGc();
  let peakHeap = baselineHeap;
  let peakRss = process.memoryUsage.rss();
  let items = 0;
  let samples = 0;
  const started = nowNs();
  for await (const job of v1.listBackupRestoreJobsItems(client, { groupId: "32b6e34b3d91647abb20e7b8", clusterName: "Cluster0", itemsPerPage })) {
    items++;
    if (mode === "collect") kept.push(job);
    if (items % sampleEvery[mode] === 0) {
      const heap = heapAfterGc();
      samples++;
      if (heap > peakHeap) peakHeap = heap;
      const rss = process.memoryUsage.rss();
      if (rss > peakRss) peakRss = rss;
      if ((nowNs() - started) / 1e6 > walkCapMs) break;
    }
  }
  const elapsedMs = (nowNs() - started) / 1e6;
  const finalHeap = heapAfterGc();
  if (finalHeap > peakHeap) peakHeap = finalHeap;
  if (kept.length !== (mode === "collect" ? items : 0)) throw new Error("kept count");
  kept = [];
  return { mode, total, items, baselineHeap, peakHeap, peakRss, elapsedMs, samples };
}

const server = await startServer("pages");
const walks: Walk[] = [];
try {
  await walk(server.baseUrl, 2_000, "stream"); // warm-up: JIT, connection, modules
  for (let round = 0; round < rounds; round++) {
    for (const mode of ["stream", "collect"] as const) {
      for (const total of totals) {
        const result = await walk(server.baseUrl, total, mode);
        if (result.items !== total) throw new Error(`${mode} ${total}: iterated ${result.items} jobs`);
        process.stderr.write(`pagination: ${mode} ${total}: peak heap ${formatBytes(result.peakHeap)} (baseline ${formatBytes(result.baselineHeap)}) in ${formatMs(result.elapsedMs)}\n`);
        walks.push(result);
      }
    }
  }
} finally {
  await server.stop();
}

// ---------------------------------------------------------------------------------------------
// Report.
// ---------------------------------------------------------------------------------------------

const summary = (["stream", "collect"] as const).flatMap((mode) =>
  totals.map((total) => {
    const list = walks.filter((each) => each.mode === mode && each.total === total);
    return {
      mode,
      total,
      peakHeap: median(list.map((each) => each.peakHeap)),
      growth: median(list.map((each) => each.peakHeap - each.baselineHeap)),
      peakRss: median(list.map((each) => each.peakRss)),
      elapsedMs: median(list.map((each) => each.elapsedMs)),
      samples: list[0]?.samples ?? 0,
    };
  }),
);
const at = (mode: "stream" | "collect", total: number) => summary.find((each) => each.mode === mode && each.total === total);
const rows = summary.map((each) => {
  const small = at(each.mode, totals[0]);
  return [
    each.mode === "stream" ? "`v1.listBackupRestoreJobsItems`, each job dropped" : "control: every job kept in an array",
    each.total.toLocaleString("en-US"),
    String(each.total / itemsPerPage),
    formatBytes(each.peakHeap),
    formatBytes(each.growth),
    each.total === totals[0] ? "1.00x" : formatRatio(small ? each.peakHeap / small.peakHeap : undefined),
    formatBytes(each.peakRss),
    formatMs(each.elapsedMs),
  ];
});
const table = markdownTable(
  ["iteration", "jobs", "pages", "peak heap used (after GC)", "peak − heap before", `peak ÷ peak at ${totals[0].toLocaleString("en-US")}`, "peak RSS", "time (forced GCs included)"],
  rows,
);

const small = at("stream", totals[0]);
const large = at("stream", totals[1]);
const difference = small && large ? large.peakHeap - small.peakHeap : undefined;
const allowance = small ? Math.max(1024 * 1024, small.peakHeap * 0.1) : undefined;
const targets: Target[] = [
  {
    name: `pagination memory flat: peak heap at ${totals[1].toLocaleString("en-US")} jobs within max(1 MiB, 10%) of the peak at ${totals[0].toLocaleString("en-US")}`,
    value: small && large ? large.peakHeap / small.peakHeap : undefined,
    shown: difference !== undefined ? `${formatTargetRatio(large && small ? large.peakHeap / small.peakHeap : undefined)} (${difference >= 0 ? "+" : ""}${formatBytes(difference)})` : "-",
    met: targetMet(difference, (v) => v <= (allowance ?? 0)),
  },
];

finishPart(
  {
    part: "pagination",
    title: "4. Pagination: memory while iterating",
    method: `${itemsPerPage} jobs a page; heap used sampled after \`global.gc()\` every ${sampleEvery.stream} jobs (every ${sampleEvery.collect} in the control) and once at the end (node --expose-gc); median of ${rounds} walk${rounds === 1 ? "" : "s"} per row after a 2,000-job warm-up walk. The server synthesises every page on request, so nothing is held anywhere but in the client.`,
    markdown: table,
    data: { itemsPerPage, sampleEvery, rounds, summary, walks },
    targets,
    notes: [
      "The heap before each walk is measured after a GC too; the peak includes the page being iterated (500 decoded jobs), which is why the streaming peak sits a little above it and does not grow with the number of pages.",
    ],
  },
  options,
);
