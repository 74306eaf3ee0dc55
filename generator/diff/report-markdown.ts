// A changelog section for release notes: one `##` section per comparison, the operation mapping as a
// table across versions, then breaking, possibly breaking and other changes as bullet lists.
import { operationLabel, type ApiComparison, type Change, type DiffReport, type OperationMapping, type OperationRef } from "./change.ts";
import type { ChangeSeverity } from "./rules.ts";

const headings: Readonly<Record<ChangeSeverity, string>> = {
  breaking: "Breaking changes",
  warning: "Possibly breaking changes",
  info: "Other changes",
};

export function renderMarkdown(report: DiffReport): string {
  return `${report.comparisons.map(comparisonMarkdown).join("\n\n")}\n`;
}

function cell(text: string): string {
  return text.replaceAll("|", "\\|").replaceAll("\n", " ");
}

function operationMarkdown(operation: OperationRef): string {
  return `\`${operationLabel(operation)}\` (\`${operation.operationId}\`)`;
}

function comparisonMarkdown(comparison: ApiComparison): string {
  const { base, revision, summary } = comparison;
  const lines = [`## ${revision.title}: ${base.version} -> ${revision.version}`, ""];
  lines.push(`Compared \`${base.file}\` with \`${revision.file}\`: **${summary.breaking} breaking**, ${summary.warning} possibly breaking, ${summary.info} other.`);
  if (comparison.crossVersion) {
    lines.push("", "### Operation mapping", "", `| ${cell(base.version)} | ${cell(revision.version)} | matched by |`, "| --- | --- | --- |");
    lines.push(...comparison.mappings.map(mappingRow));
  }
  if (comparison.resources.length > 0) {
    lines.push("", "### Resources compared by representation", "");
    for (const resource of comparison.resources) {
      lines.push(`- \`${resource.resource}\`: \`${resource.base.schema}\` -> \`${resource.revision.schema}\``);
    }
  }
  if (comparison.changes.length === 0) lines.push("", "No changes.");
  for (const severity of ["breaking", "warning", "info"] as const) {
    const changes = comparison.changes.filter((change) => change.severity === severity);
    if (changes.length === 0) continue;
    lines.push("", `### ${headings[severity]}`, "");
    lines.push(...changes.map(changeLine));
  }
  return lines.join("\n");
}

function mappingRow(mapping: OperationMapping): string {
  const side = (operation: OperationRef | undefined): string => (operation ? cell(operationMarkdown(operation)) : "(none)");
  const how = mapping.match ?? (mapping.related.length > 0 ? `no counterpart; same resource as ${mapping.related.map((other) => `\`${other.operationId}\``).join(", ")}` : "no counterpart");
  return `| ${side(mapping.base)} | ${side(mapping.revision)} | ${cell(how)} |`;
}

function changeLine(change: Change): string {
  const subject = change.operation ? `${operationMarkdown(change.operation)}: ` : change.resource !== undefined ? `\`${change.resource}\`: ` : "";
  return `- ${subject}${change.message} (\`${change.rule}\`)`;
}
