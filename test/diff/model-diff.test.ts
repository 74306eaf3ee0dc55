// The library below the CLI: path matching helpers, models left untouched, and how the inputs of
// the two sides are paired (one document each, or by major version, or refused).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { diffApis, diffSpecs } from "../../generator/diff/index.ts";
import { loadPairs } from "../../generator/diff/load.ts";
import { collectionOf, withoutVersionPrefix } from "../../generator/diff/matching.ts";
import { temporaryFolder } from "../support/generator.ts";
import { repoRoot } from "../support/spec.ts";

describe("resource paths", () => {
  it.each([
    ["/api/atlas/v1.0/groups/{GROUP-ID}/clusters", "/groups/{GROUP-ID}/clusters"],
    ["/api/atlas/v2/groups/{groupId}/clusters", "/groups/{groupId}/clusters"],
    ["/v1/pets", "/pets"],
    ["/pets/v2", "/pets/v2"],
    ["/groups/{id}/v2/pets", "/groups/{id}/v2/pets"],
    ["/a/b/c/d/e/v2/f", "/a/b/c/d/e/v2/f"],
    ["/pets", "/pets"],
  ])("%s without its version prefix is %s", (path, expected) => {
    expect(withoutVersionPrefix(path)).toBe(expected);
  });

  it("takes an item path to its collection", () => {
    expect([collectionOf("/groups/{}/jobs/{}"), collectionOf("/groups/{}/jobs")]).toEqual(["/groups/{}/jobs", "/groups/{}/jobs"]);
  });
});

describe("diffApis", () => {
  it("never modifies the models it compares", () => {
    const loaded = loadPairs("spec/atlas-v1.0.yaml", "spec/atlas-v2.yaml", repoRoot);
    const pair = loaded.pairs?.[0];
    if (!pair) throw new Error("spec must load");
    const freeze = (value: unknown): void => {
      if (value === null || typeof value !== "object" || Object.isFrozen(value)) return;
      Object.freeze(value);
      for (const member of Object.values(value)) freeze(member);
    };
    freeze(pair.base);
    freeze(pair.revision);
    const first = diffApis(pair.base, pair.revision, { today: "2026-06-01" });
    expect(diffApis(pair.base, pair.revision, { today: "2026-06-01" })).toEqual(first);
    expect(first.changes.length).toBeGreaterThan(0);
  });
});

describe("pairing the two sides", () => {
  const folder = temporaryFolder("diff-pairing");
  afterAll(() => folder.remove());
  const v1 = readFileSync(join(repoRoot, "test/fixtures/diff/operation-added/base.yaml"), "utf8");

  it("pairs a folder with a single file by major version, comparing a missing version with an empty API", () => {
    const result = diffSpecs({ base: "spec", revision: "spec/atlas-v2.yaml", cwd: repoRoot, today: "2026-06-01" });
    expect(result.report?.comparisons.map((comparison) => [comparison.base.file, comparison.revision.file, comparison.summary])).toEqual([
      // v1 has no counterpart document: its three deprecated operations and its scheme are gone.
      ["spec/atlas-v1.0.yaml", "spec/atlas-v2.yaml (no v1 document)", { breaking: 0, warning: 4, info: 0 }],
      ["spec/atlas-v2.yaml", "spec/atlas-v2.yaml", { breaking: 0, warning: 0, info: 0 }],
    ]);
  });

  it("refuses a side holding two documents of one major version", () => {
    const twice = join(folder.path, "twice");
    mkdirSync(twice);
    writeFileSync(join(twice, "a.yaml"), v1);
    writeFileSync(join(twice, "b.yaml"), v1.replace("version: \"1.0\"", "version: \"1.1\""));
    writeFileSync(join(folder.path, "c.yaml"), v1.replace("version: \"1.0\"", "version: \"2.0\""));
    writeFileSync(join(twice, "c.yaml"), v1.replace("version: \"1.0\"", "version: \"2.0\""));
    const result = diffSpecs({ base: twice, revision: twice, cwd: folder.path });
    expect(result.report).toBeUndefined();
    expect(result.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.file, diagnostic.pointer])).toEqual([
      ["duplicate-api-version", "twice/b.yaml", "/info/version"],
      ["duplicate-api-version", "twice/b.yaml", "/info/version"],
    ]);
  });
});
