// A big generated file is compiled to JavaScript in parts, each as soon as it is formatted. That is
// only right if compiling the parts and joining the results gives the file compiled whole: checked
// here at a fine split (at every blank line, so nearly every top-level statement alone) for the spec and every
// fixture, and at the format stage's own split on the official Atlas document when it is there.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildPackage } from "../../generator/pipeline.ts";
import { compileJavaScript } from "../../generator/render/compile.ts";
import { fixtureSpecs, repoRoot, sharedDir } from "../support/spec.ts";

/** The source cut at every blank line: between top-level statements (prettier's layout has no others). */
function statements(source: string): string[] {
  return source.split(/(?<=\n)(?=\n)/);
}

const specs = [join(repoRoot, "spec"), ...fixtureSpecs()];

describe("compiling in parts", () => {
  it.each(specs.map((spec) => [spec.slice(repoRoot.length + 1), spec]))("%s: every module compiled statement by statement is the module compiled whole", async (_name, spec) => {
    const built = await buildPackage({ spec, cwd: repoRoot });
    const sources = [...(built.files ?? new Map<string, string>())].filter(([path]) => path.startsWith("src/") && !path.startsWith("src/runtime/"));
    expect(sources.length).toBeGreaterThan(0);
    let pieceCount = 0;
    for (const [path, source] of sources) {
      const pieces = statements(source);
      pieceCount += pieces.length;
      const parts = await Promise.all(pieces.map((piece) => compileJavaScript(path, piece)));
      expect(parts.join(""), path).toBe(await compileJavaScript(path, source));
      expect(built.files?.get(path.replace(/^src\//, "dist/").replace(/\.ts$/, ".js")), path).toBe(await compileJavaScript(path, source));
    }
    expect(pieceCount).toBeGreaterThan(sources.length * 3);
  });

  const official = join(sharedDir, "reference", "atlas-admin-api-v2-2026-08-21.yaml");
  it.skipIf(!existsSync(official))("the official Atlas document (compiled in parts by the pipeline) gives each file compiled whole", async () => {
    const built = await buildPackage({ spec: official, cwd: repoRoot });
    const guards = built.files?.get("src/v2/guards.ts") ?? "";
    expect(guards.length).toBeGreaterThan(1024 * 1024);
    expect(built.files?.get("dist/v2/guards.js")).toBe(await compileJavaScript("v2/guards.ts", guards));
  });
});
