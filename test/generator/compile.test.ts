// A generated module's JavaScript is either printed from its structures with the types left out
// (types, guards, indexes) or compiled by esbuild (operations), a big file in parts, each as soon as it
// is formatted. Checked here: that compiling the parts and joining the results gives the file compiled
// whole, at a fine split (at every blank line, so nearly every top-level statement alone), and that
// every module's JavaScript, however made, is the program esbuild makes of its TypeScript (esbuild
// reads both and prints them alike, line breaks aside), for the spec and every fixture, and on the official Atlas
// document when it is there.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildPackage } from "../../generator/pipeline.ts";
import { transform } from "esbuild";
import { compileJavaScript, javascriptOptions } from "../../generator/render/compile.ts";
import { fixtureSpecs, repoRoot, sharedDir } from "../support/spec.ts";

/** The source cut at every blank line: between top-level statements (prettier's layout has no others). */
function statements(source: string): string[] {
  return source.split(/(?<=\n)(?=\n)/);
}

const specs = [join(repoRoot, "spec"), ...fixtureSpecs()];

/**
 * The program esbuild reads in some code, printed without layout (esbuild keeps some of its input's
 * line breaks): how printed JavaScript is held to the TypeScript it comes from.
 */
async function program(code: string, loader: "js" | "ts"): Promise<string> {
  return (await transform(code, { ...javascriptOptions, loader, minifyWhitespace: true })).code;
}

/** The package's JavaScript for a source module. */
function javascriptOf(files: ReadonlyMap<string, string> | undefined, sourcePath: string): string | undefined {
  return files?.get(sourcePath.replace(/^src\//, "dist/").replace(/\.ts$/, ".js"));
}

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
    }
    expect(pieceCount).toBeGreaterThan(sources.length * 3);
  });

  it.each(specs.map((spec) => [spec.slice(repoRoot.length + 1), spec]))("%s: every module's JavaScript is the program esbuild makes of its TypeScript", async (_name, spec) => {
    const built = await buildPackage({ spec, cwd: repoRoot });
    const sources = [...(built.files ?? new Map<string, string>())].filter(([path]) => path.startsWith("src/") && !path.startsWith("src/runtime/"));
    let printed = 0;
    for (const [path, source] of sources) {
      const javascript = javascriptOf(built.files, path) ?? "";
      const compiled = await compileJavaScript(path, source);
      expect(await program(javascript, "js"), path).toBe(await program(source, "ts"));
      if (javascript !== compiled) printed++;
    }
    // The guards at least are printed (esbuild would write `void 0` where they say `undefined`).
    expect(printed).toBeGreaterThanOrEqual(sources.filter(([path]) => path.endsWith("/guards.ts")).length);
  });

  const official = join(sharedDir, "reference", "atlas-admin-api-v2-2026-08-21.yaml");
  it.skipIf(!existsSync(official))("the official Atlas document: printed guards are the program esbuild makes of them, operations compiled in parts are the file compiled whole", async () => {
    const built = await buildPackage({ spec: official, cwd: repoRoot });
    const guards = built.files?.get("src/v2/guards.ts") ?? "";
    expect(guards.length).toBeGreaterThan(1024 * 1024);
    expect(await program(built.files?.get("dist/v2/guards.js") ?? "", "js")).toBe(await program(guards, "ts"));
    const operations = built.files?.get("src/v2/operations.ts") ?? "";
    expect(built.files?.get("dist/v2/operations.js")).toBe(await compileJavaScript("v2/operations.ts", operations));
  });
});
