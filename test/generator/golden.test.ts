// Golden files: each small single-feature spec in test/fixtures/specs generates exactly the files
// under test/__golden__/<fixture>/. Refresh them with `npm run golden:update` and review the diff.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildPackage } from "../../generator/pipeline.ts";
import { listFiles } from "../../generator/write/output.ts";
import { repoRoot } from "../support/spec.ts";

const fixtureDir = join(repoRoot, "test", "fixtures", "specs");
const goldenDir = join(repoRoot, "test", "__golden__");
const updating = process.env.UPDATE_GOLDEN === "1";
const fixtures = readdirSync(fixtureDir).filter((name) => name.endsWith(".yaml")).sort();

/**
 * The reviewable part of a package: its manifest, the generated sources and their declaration files
 * (printed by the generator itself). The runtime is copied verbatim, and dist's JavaScript is esbuild's.
 */
function goldenView(files: ReadonlyMap<string, string>): Map<string, string> {
  const generated = (path: string, folder: string, extension: string): boolean =>
    path.startsWith(folder) && !path.startsWith(`${folder}runtime/`) && path.endsWith(extension);
  // A module of types only is its own declaration file; its .d.ts would repeat the source.
  const ownSource = (path: string): boolean => files.get(path) === files.get(path.replace(/^dist\//, "src/").replace(/\.d\.ts$/, ".ts"));
  return new Map(
    [...files].filter(([path]) => path === "package.json" || generated(path, "src/", ".ts") || (generated(path, "dist/", ".d.ts") && !ownSource(path))),
  );
}

describe.each(fixtures)("%s", (fixture) => {
  it("generates exactly its golden files", async () => {
    const built = await buildPackage({ spec: join(fixtureDir, fixture), cwd: repoRoot });
    expect(built.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const actual = goldenView(built.files ?? new Map());
    const folder = join(goldenDir, basename(fixture, ".yaml"));
    if (updating) {
      rmSync(folder, { recursive: true, force: true });
      for (const [path, content] of actual) {
        mkdirSync(dirname(join(folder, path)), { recursive: true });
        writeFileSync(join(folder, path), content);
      }
    }
    expect(listFiles(folder)).toEqual([...actual.keys()].sort());
    for (const [path, content] of actual) {
      expect(content, `${fixture}: ${path} differs from its golden file; run npm run golden:update and review the diff`).toBe(
        readFileSync(join(folder, path), "utf8"),
      );
    }
  });
});
