// The three reports compared whole against golden files in test/diff/__golden__/ (vitest file
// snapshots: `npx vitest run test/diff/reports.test.ts -u` refreshes them; review the diff), plus
// colour only on request and the same bytes on every run.
import { describe, expect, it } from "vitest";
import type { DiffReport } from "../../generator/diff/change.ts";
import { diffSpecs } from "../../generator/diff/index.ts";
import { renderJson } from "../../generator/diff/report-json.ts";
import { renderMarkdown } from "../../generator/diff/report-markdown.ts";
import { renderText } from "../../generator/diff/report-text.ts";
import { repoRoot } from "../support/spec.ts";

const today = "2026-06-01";

function report(base: string, revision: string): DiffReport {
  const result = diffSpecs({ base, revision, cwd: repoRoot, today });
  if (!result.report) throw new Error(`no report: ${JSON.stringify(result.diagnostics)}`);
  return result.report;
}

const releaseBreaking = (): DiffReport => report("test/fixtures/diff/release-breaking/base.yaml", "test/fixtures/diff/release-breaking/revision.yaml");
const versions = (): DiffReport => report("spec/atlas-v1.0.yaml", "spec/atlas-v2.yaml");

describe("reports", () => {
  it("text: grouped by operation, groups with breaking changes first", async () => {
    await expect(renderText(releaseBreaking(), { color: false })).toMatchFileSnapshot("__golden__/release-breaking.txt");
  });

  it("text: the v1.0 -> v2 migration guide", async () => {
    await expect(renderText(versions(), { color: false })).toMatchFileSnapshot("__golden__/versions.txt");
  });

  it("markdown: a changelog section", async () => {
    await expect(renderMarkdown(releaseBreaking())).toMatchFileSnapshot("__golden__/release-breaking.md");
    await expect(renderMarkdown(versions())).toMatchFileSnapshot("__golden__/versions.md");
  });

  it("json: every change as data", async () => {
    await expect(renderJson(report("test/fixtures/diff/cross-version-operation-id/base.yaml", "test/fixtures/diff/cross-version-operation-id/revision.yaml"))).toMatchFileSnapshot(
      "__golden__/cross-version-operation-id.json",
    );
  });

  it("colours severities and headings only when asked", () => {
    const plain = renderText(releaseBreaking(), { color: false });
    const coloured = renderText(releaseBreaking(), { color: true });
    expect(plain).not.toContain("\u001b[");
    expect(coloured).toContain("\u001b[31mbreaking\u001b[0m");
    expect(coloured).toContain("\u001b[33mwarning\u001b[0m");
    expect(coloured.replace(/\u001b\[\d+m/g, "")).toBe(plain);
  });

  it("renders the same bytes on every run", () => {
    expect(renderJson(versions())).toBe(renderJson(versions()));
    expect(renderMarkdown(versions())).toBe(renderMarkdown(versions()));
  });
});
