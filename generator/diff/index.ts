// The diff command's library entry: two inputs in, a report (or the diagnostics of bad input) out.
import { hasErrors, type Diagnostic } from "../diagnostics.ts";
import { summarize, type DiffReport } from "./change.ts";
import type { DiffOptions } from "./context.ts";
import { loadPairs } from "./load.ts";
import { diffApis } from "./model-diff.ts";

export interface DiffSpecsOptions extends DiffOptions {
  /** The base side: a spec file or a folder. */
  readonly base: string;
  /** The revision side: a spec file or a folder. */
  readonly revision: string;
  readonly cwd?: string;
}

export interface DiffSpecsResult {
  readonly diagnostics: readonly Diagnostic[];
  readonly report?: DiffReport;
}

export function diffSpecs(options: DiffSpecsOptions): DiffSpecsResult {
  const loaded = loadPairs(options.base, options.revision, options.cwd);
  if (!loaded.pairs || hasErrors(loaded.diagnostics)) return { diagnostics: loaded.diagnostics };
  const diffOptions = options.today !== undefined ? { today: options.today } : {};
  const comparisons = loaded.pairs.map((pair) => diffApis(pair.base, pair.revision, diffOptions));
  return { diagnostics: loaded.diagnostics, report: { comparisons, summary: summarize(comparisons.flatMap((comparison) => comparison.changes)) } };
}

export { diffApis } from "./model-diff.ts";
export { exceedsThreshold, type DiffReport, type FailOn } from "./change.ts";
