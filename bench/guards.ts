// Part 2, guards: payloads checked per second by our generated guards, Ajv (compiled from spec/ the
// way test/support/spec.ts does it, with ajv-formats), hand-written zod schemas and a minimal typeof
// check, on valid and on invalid restore jobs and create requests, all in one process.
//
//   npx tsx bench/guards.ts [--quick]
import { v2 } from "atlas-restore-client";
import { SpecAjv } from "./lib/ajv.ts";
import { formatCount, formatRatio, formatTargetRatio, markdownTable, ratio } from "./lib/format.ts";
import { measureThroughput, type Check, type Subject, type Throughput } from "./lib/harness.ts";
import { finishPart, partOptions, targetMet, type Target } from "./lib/report.ts";
import { median, spreadPercent } from "./lib/stats.ts";
import { createRequestPayloads, restoreJobPayloads, type PayloadSet } from "./guards/payloads.ts";
import { typeofCreateRequest, typeofRestoreJob } from "./guards/typeof-checks.ts";
import { cloudBackupRestoreJob, createBackupRestoreJobRequest } from "./guards/zod-schemas.ts";

const options = partOptions();
const quick = options.quick;
const harness = quick ? { warmupMs: 150, sampleMs: 40, rounds: 3 } : { warmupMs: 1000, sampleMs: 200, rounds: 10 };
const payloadCount = 1200;

const ajvFirst = new SpecAjv(false);
const ajvAll = new SpecAjv(true);

interface Family {
  readonly id: string;
  readonly label: string;
  readonly payloads: PayloadSet;
  readonly subjects: readonly Subject[];
}

function family(id: string, label: string, schema: string, payloads: PayloadSet, ours: { is: Check; validate: (value: unknown) => readonly unknown[] }, zod: { safeParse: (value: unknown) => { success: boolean } }, minimal: Check): Family {
  const first = ajvFirst.schema("atlas-v2.yaml", schema);
  const all = ajvAll.schema("atlas-v2.yaml", schema);
  return {
    id,
    label,
    payloads,
    subjects: [
      { name: `ours: is${schema}`, check: ours.is },
      { name: `ours: validate${schema} (every problem)`, check: (value) => ours.validate(value).length === 0 },
      { name: "Ajv, stops at the first error", check: (value) => first(value) === true },
      { name: "Ajv, allErrors (as the tests compile it)", check: (value) => all(value) === true },
      { name: "zod: safeParse", check: (value) => zod.safeParse(value).success },
      { name: "typeof only (minimal, hand-written)", check: minimal },
    ],
  };
}

const families: Family[] = [
  family("jobs", "restore jobs (CloudBackupRestoreJob)", "CloudBackupRestoreJob", restoreJobPayloads(payloadCount), { is: v2.isCloudBackupRestoreJob, validate: v2.validateCloudBackupRestoreJob }, cloudBackupRestoreJob, typeofRestoreJob),
  family(
    "requests",
    "create requests (CreateBackupRestoreJobRequest)",
    "CreateBackupRestoreJobRequest",
    createRequestPayloads(payloadCount),
    { is: v2.isCreateBackupRestoreJobRequest, validate: v2.validateCreateBackupRestoreJobRequest },
    createBackupRestoreJobRequest,
    typeofCreateRequest,
  ),
];

// Ajv (allErrors) is the reference: every "valid" payload must pass it and every "invalid" one fail it,
// or the payload generator is wrong and nothing is timed.
for (const each of families) {
  const reference = ajvAll.schema("atlas-v2.yaml", each.id === "jobs" ? "CloudBackupRestoreJob" : "CreateBackupRestoreJobRequest");
  each.payloads.valid.forEach((payload, index) => {
    if (reference(payload) !== true) throw new Error(`${each.id}: valid payload ${index} fails Ajv: ${JSON.stringify(reference.errors)}\n${JSON.stringify(payload)}`);
  });
  each.payloads.invalid.forEach((payload, index) => {
    if (reference(payload) === true) throw new Error(`${each.id}: invalid payload ${index} (${each.payloads.mutations[index]}) passes Ajv\n${JSON.stringify(payload)}`);
  });
}

interface Result {
  readonly family: string;
  readonly subject: string;
  readonly valid: Throughput;
  readonly invalid: Throughput;
  /** Payloads (of valid + invalid) on which the subject's verdict differs from Ajv's. */
  readonly disagreements: number;
  readonly acceptedInvalid: number;
  readonly rejectedValid: number;
}

const results: Result[] = [];
for (const each of families) {
  process.stderr.write(`guards: ${each.label}\n`);
  const rejectedValid = each.subjects.map((subject) => each.payloads.valid.filter((payload) => !subject.check(payload)).length);
  const acceptedInvalid = each.subjects.map((subject) => each.payloads.invalid.filter((payload) => subject.check(payload)).length);
  const valid = measureThroughput(each.subjects, each.payloads.valid, harness);
  const invalid = measureThroughput(each.subjects, each.payloads.invalid, harness);
  each.subjects.forEach((subject, index) => {
    const v = valid[index];
    const i = invalid[index];
    if (!v || !i) return;
    results.push({
      family: each.id,
      subject: subject.name,
      valid: v,
      invalid: i,
      disagreements: (rejectedValid[index] ?? 0) + (acceptedInvalid[index] ?? 0),
      acceptedInvalid: acceptedInvalid[index] ?? 0,
      rejectedValid: rejectedValid[index] ?? 0,
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Report.
// ---------------------------------------------------------------------------------------------

const opsPerSecond = (throughput: Throughput) => median(throughput.samples);
const rows: string[][] = [];
for (const each of families) {
  const familyResults = results.filter((result) => result.family === each.id);
  const base = familyResults[0];
  familyResults.forEach((result, index) => {
    const total = each.payloads.valid.length + each.payloads.invalid.length;
    rows.push([
      index === 0 ? `${each.label}: ${each.payloads.valid.length} valid (${each.payloads.examples} from the spec's examples), ${each.payloads.invalid.length} invalid` : "",
      result.subject,
      `${formatCount(opsPerSecond(result.valid))} ±${spreadPercent(result.valid.samples).toFixed(0)}%`,
      index === 0 ? "1.00x" : formatRatio(ratio(base && opsPerSecond(base.valid), opsPerSecond(result.valid))),
      `${formatCount(opsPerSecond(result.invalid))} ±${spreadPercent(result.invalid.samples).toFixed(0)}%`,
      index === 0 ? "1.00x" : formatRatio(ratio(base && opsPerSecond(base.invalid), opsPerSecond(result.invalid))),
      result.disagreements === 0 ? `all ${total}` : `${total - result.disagreements} of ${total} (passes ${result.acceptedInvalid} invalid)`,
    ]);
  });
}
const table = markdownTable(
  ["payloads", "validator", "valid: ops/s (median ±spread)", "ours `is` ÷ this", "invalid: ops/s", "ours `is` ÷ this", "verdicts agreeing with Ajv"],
  rows,
  ["l", "l", "r", "r", "r", "r", "r"],
);

const find = (familyId: string, prefix: string) => results.find((result) => result.family === familyId && result.subject.startsWith(prefix));
const targets: Target[] = [];
for (const [oursPrefix, ajvPrefix, what] of [
  ["ours: is", "Ajv, stops", "`isCloudBackupRestoreJob` vs Ajv stopping at the first error"],
  ["ours: validate", "Ajv, allErrors", "`validateCloudBackupRestoreJob` vs Ajv with allErrors"],
] as const) {
  for (const kind of ["valid", "invalid"] as const) {
    const ours = find("jobs", oursPrefix);
    const ajv = find("jobs", ajvPrefix);
    const value = ratio(ours && opsPerSecond(ours[kind]), ajv && opsPerSecond(ajv[kind]));
    targets.push({ name: `guards ≥ 1.5x Ajv's ops/s, ${kind} restore jobs: ${what}`, value, shown: formatTargetRatio(value), met: targetMet(value, (v) => v >= 1.5) });
  }
}

const disagreeing = results.filter((result) => result.disagreements > 0 && !result.subject.startsWith("typeof"));
const notes = [
  "One op is one payload checked. Each validator runs in its own compiled loop over the whole set (so no call site is shared between validators); the result of every call is counted, and the count is checked against the warm-up's, so no call can be optimised away.",
  `Ajv is the reference for validity: every valid payload passes it and every invalid one fails it before anything is timed. Invalid payloads are broken in one place each, round-robin over ${families.map((each) => `${each.payloads.mutationKinds} (${each.id})`).join(" and ")} kinds of mistake (bench/guards/payloads.ts), so the position of the first error varies.`,
  "zod: zod's `safeParse` also builds a copy of the value (unknown members stripped); that is part of what it costs. The typeof check tests the top-level shape only and lets most invalid payloads through: it is the floor, not a validator.",
  ...(disagreeing.length > 0 ? [`Disagreements with Ajv: ${disagreeing.map((result) => `${result.family} / ${result.subject}: ${result.disagreements}`).join("; ")}.`] : ["Our guards, both Ajv configurations and the zod schemas agree on every payload."]),
];

finishPart(
  {
    part: "guards",
    title: "2. Guards: payloads checked per second",
    method: `Median of ${harness.rounds} rounds of about ${harness.sampleMs} ms per validator after ${harness.warmupMs} ms of warm-up each; validators take turns within a round. Same process, same payload arrays for every validator.`,
    markdown: table,
    data: {
      harness,
      payloads: Object.fromEntries(families.map((each) => [each.id, { valid: each.payloads.valid.length, invalid: each.payloads.invalid.length, examples: each.payloads.examples }])),
      results: results.map((result) => ({
        ...result,
        validOpsPerSecond: opsPerSecond(result.valid),
        invalidOpsPerSecond: opsPerSecond(result.invalid),
      })),
    },
    targets,
    notes,
  },
  options,
);
