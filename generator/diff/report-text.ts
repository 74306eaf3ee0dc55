// The terminal report: per comparison a header, the operation mapping (across versions), then the
// changes grouped by operation (or resource), groups holding breaking changes first. Colour is an
// option; the CLI turns it on only for a TTY without NO_COLOR.
import { codeUnitCompare, groupKey, operationLabel, severityRank, type ApiComparison, type Change, type DiffReport, type OperationMapping, type OperationRef } from "./change.ts";
import type { ChangeSeverity } from "./rules.ts";

export interface TextOptions {
  readonly color: boolean;
}

const codes = { bold: 1, dim: 2, red: 31, yellow: 33, cyan: 36 } as const;
type Style = keyof typeof codes;

function painter(color: boolean): (style: Style, text: string) => string {
  return (style, text) => (color ? `\u001b[${codes[style]}m${text}\u001b[0m` : text);
}

const severityStyle: Readonly<Record<ChangeSeverity, Style>> = { breaking: "red", warning: "yellow", info: "cyan" };

export function renderText(report: DiffReport, options: TextOptions): string {
  const paint = painter(options.color);
  const sections = report.comparisons.map((comparison) => comparisonText(comparison, paint));
  return `${sections.join("\n\n")}\n`;
}

function counts(summary: ApiComparison["summary"]): string {
  const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? "" : "s"}`;
  return `${summary.breaking} breaking, ${plural(summary.warning, "warning")}, ${summary.info} info`;
}

export function operationText(operation: OperationRef): string {
  return `${operationLabel(operation)} (${operation.operationId})`;
}

function comparisonText(comparison: ApiComparison, paint: (style: Style, text: string) => string): string {
  const lines = [paint("bold", `${comparison.base.file} (${comparison.base.version}) -> ${comparison.revision.file} (${comparison.revision.version})`)];
  if (comparison.crossVersion) {
    lines.push("Different major versions: operations matched by method and resource path, ignoring the version prefix and parameter names.");
  }
  lines.push(counts(comparison.summary));
  if (comparison.crossVersion) lines.push("", paint("bold", "Operation mapping"), ...comparison.mappings.flatMap(mappingText));
  if (comparison.resources.length > 0) {
    lines.push("", paint("bold", "Resources without an operation pair, compared by representation"));
    for (const resource of comparison.resources) {
      const ids = (operations: readonly OperationRef[]): string => operations.map((operation) => operation.operationId).join(", ");
      lines.push(`  ${resource.resource}: ${resource.base.schema} (${ids(resource.base.operations)}) -> ${resource.revision.schema} (${ids(resource.revision.operations)})`);
    }
  }
  if (comparison.changes.length === 0) {
    lines.push("", "No changes.");
    return lines.join("\n");
  }
  for (const group of groupChanges(comparison.changes)) {
    lines.push("", paint("bold", groupTitle(group[0] as Change)));
    for (const change of group) {
      const padding = " ".repeat("breaking".length - change.severity.length);
      lines.push(`  ${paint(severityStyle[change.severity], change.severity)}${padding}  ${change.message} ${paint("dim", `[${change.rule}]`)}`);
    }
  }
  return lines.join("\n");
}

function mappingText(mapping: OperationMapping): string[] {
  const related = mapping.related.length > 0 ? `; same resource: ${mapping.related.map(operationText).join(", ")}` : "";
  if (mapping.base && mapping.revision) return [`  ${operationText(mapping.base)}`, `    -> ${operationText(mapping.revision)} (matched by ${mapping.match ?? "?"})`];
  if (mapping.base) return [`  ${operationText(mapping.base)}`, `    -> no counterpart${related}`];
  if (mapping.revision) return [`  (new) ${operationText(mapping.revision)}`, `    <- no counterpart${related}`];
  return [];
}

function groupTitle(change: Change): string {
  if (change.operation) return operationText(change.operation);
  if (change.resource !== undefined) return `Resource ${change.resource}`;
  return "API-wide";
}

/** Changes by group, groups holding the most severe change first, then in group order. */
export function groupChanges(changes: readonly Change[]): Change[][] {
  const groups = new Map<string, Change[]>();
  for (const change of changes) groups.set(groupKey(change), [...(groups.get(groupKey(change)) ?? []), change]);
  const worst = (group: Change[]): number => Math.min(...group.map((change) => severityRank[change.severity]));
  return [...groups.entries()].sort(([a, x], [b, y]) => worst(x) - worst(y) || codeUnitCompare(a, b)).map(([, group]) => group);
}
