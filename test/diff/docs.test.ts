// docs/diff-rules.md lists every rule of the catalog with its severity, direction and example: the
// tables between the markers are rendered from the catalog and must match it byte for byte. After
// changing a rule, run `npm run diff:rules-doc` (UPDATE_DOCS=1) and review the diff.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ruleCatalog, ruleIds } from "../../generator/diff/rules.ts";
import { repoRoot } from "../support/spec.ts";

const docPath = join(repoRoot, "docs", "diff-rules.md");
const start = "<!-- rules:start (generated from generator/diff/rules.ts) -->";
const end = "<!-- rules:end -->";

function renderTables(): string {
  const families = [...new Set(ruleIds.map((id) => ruleCatalog[id].family))];
  const sections = families.map((family) => {
    const rows = ruleIds
      .filter((id) => ruleCatalog[id].family === family)
      .map((id) => {
        const rule = ruleCatalog[id];
        const cell = (text: string): string => text.replaceAll("|", "\\|");
        return `| \`${id}\` | ${rule.severity} | ${rule.direction} | ${cell(rule.summary)} | ${cell(rule.example)} |`;
      });
    return [`### ${family[0]?.toUpperCase()}${family.slice(1)}`, "", "| rule | severity | direction | when | example |", "| --- | --- | --- | --- | --- |", ...rows].join("\n");
  });
  return `${start}\n\n${sections.join("\n\n")}\n\n${end}`;
}

describe("docs/diff-rules.md", () => {
  it("lists every rule exactly as the catalog defines it", () => {
    const text = readFileSync(docPath, "utf8");
    const from = text.indexOf(start);
    const to = text.indexOf(end);
    expect(from).toBeGreaterThan(-1);
    expect(to).toBeGreaterThan(from);
    const current = text.slice(from, to + end.length);
    const wanted = renderTables();
    if (process.env.UPDATE_DOCS && current !== wanted) writeFileSync(docPath, text.slice(0, from) + wanted + text.slice(to + end.length));
    else expect(current).toBe(wanted);
  });

  it("uses only kebab-case rule ids, each once", () => {
    for (const id of ruleIds) expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
  });
});
