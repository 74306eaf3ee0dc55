// What each part hands back to the runner: its figures as data, and the same figures as markdown.
import { writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { parseArgs } from "node:util";

export interface Target {
  /** What is promised, e.g. "guards >= 1.5x Ajv's ops/s (valid jobs)". */
  readonly name: string;
  /** The measured ratio or value the promise is judged on. */
  readonly value: number | undefined;
  /** How it is shown, e.g. "2.31x". */
  readonly shown: string;
  /** undefined when it could not be judged (a tool failed, the input was skipped in --quick). */
  readonly met: boolean | undefined;
  readonly note?: string;
}

export interface PartResult {
  readonly part: string;
  readonly title: string;
  /** How it was measured, in a sentence or three (markdown). */
  readonly method: string;
  /** The part's table(s), markdown. */
  readonly markdown: string;
  /** The same figures, machine-readable. */
  readonly data: unknown;
  readonly targets: readonly Target[];
  readonly notes: readonly string[];
  readonly quick: boolean;
  readonly startedAt: string;
  readonly durationMs: number;
  /** 1-minute load average before and after the part: above the core count means the figures are noisy. */
  readonly loadAverage: readonly [number, number];
}

export interface PartOptions {
  readonly quick: boolean;
  /** When the part started, and the 1-minute load average then; `finishPart` reports both. */
  readonly startedAt: Date;
  readonly loadBefore: number;
  /** Where the runner wants the JSON result; unset when the part runs on its own. */
  readonly jsonOut: string | undefined;
}

let exitOnSignal = false;

/**
 * The part's options. Also makes SIGINT and SIGTERM exit normally, so that the `exit` handlers run:
 * they remove scratch folders and end the tool runs under way (lib/paths.ts, lib/process.ts).
 */
export function partOptions(argv: readonly string[] = process.argv.slice(2)): PartOptions {
  if (!exitOnSignal) {
    exitOnSignal = true;
    process.once("SIGINT", () => process.exit(130));
    process.once("SIGTERM", () => process.exit(143));
  }
  const { values } = parseArgs({
    args: [...argv],
    options: { quick: { type: "boolean", default: false }, "json-out": { type: "string" } },
    strict: true,
  });
  return { quick: values.quick ?? false, jsonOut: values["json-out"], startedAt: new Date(), loadBefore: loadavg()[0] ?? 0 };
}

export function renderPart(result: PartResult): string {
  const lines = [`## ${result.title}`, "", result.method, "", result.markdown];
  if (result.notes.length > 0) lines.push("", ...result.notes.map((note) => `- ${note}`));
  return lines.join("\n");
}

/** Prints the part's markdown and, under the runner, writes its JSON where asked. */
/** What a part measured; when, how quickly and under what load are added from its options. */
export type PartFigures = Omit<PartResult, "quick" | "startedAt" | "durationMs" | "loadAverage">;

export function finishPart(figures: PartFigures, options: PartOptions): void {
  const result: PartResult = {
    ...figures,
    quick: options.quick,
    startedAt: options.startedAt.toISOString(),
    durationMs: Date.now() - options.startedAt.getTime(),
    loadAverage: [options.loadBefore, loadavg()[0] ?? 0],
  };
  process.stdout.write(`${renderPart(result)}\n`);
  if (options.jsonOut !== undefined) writeFileSync(options.jsonOut, `${JSON.stringify(result, null, 2)}\n`);
}

export function targetMet(value: number | undefined, test: (value: number) => boolean): boolean | undefined {
  return value === undefined || !Number.isFinite(value) ? undefined : test(value);
}
