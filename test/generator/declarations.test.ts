// The generator prints the .d.ts of its modules from their structures instead of asking TypeScript.
// Differential check: for the spec and every fixture, each declaration file says exactly what
// TypeScript's own transpileDeclaration says of the generated source, once both are reprinted
// without comments or layout by the same TypeScript printer.
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { buildPackage } from "../../generator/pipeline.ts";
import { fixtureSpecs, repoRoot } from "../support/spec.ts";

const printer = ts.createPrinter({ removeComments: true, newLine: ts.NewLineKind.LineFeed });

/** Declarations as TypeScript prints them, comments and formatting gone (trailing commas too, which it keeps). */
function canonical(path: string, declarationText: string): string {
  const file = ts.createSourceFile(path, declarationText, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
  return printer.printFile(file).replace(/, \}/g, " }");
}

function typescriptDeclaration(path: string, source: string): string {
  const result = ts.transpileDeclaration(source, {
    compilerOptions: { declaration: true, isolatedDeclarations: true, verbatimModuleSyntax: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
    fileName: path,
    reportDiagnostics: true,
  });
  expect(result.diagnostics ?? []).toEqual([]);
  return result.outputText;
}

const specs = [join(repoRoot, "spec"), ...fixtureSpecs()];

describe.each(specs.map((spec) => [spec.slice(repoRoot.length + 1), spec]))("%s", (_name, spec) => {
  it("prints declarations that say what TypeScript's transpileDeclaration says", async () => {
    const built = await buildPackage({ spec, cwd: repoRoot });
    const files = built.files ?? new Map<string, string>();
    const modules = [...files.keys()].filter((path) => path.startsWith("src/") && !path.startsWith("src/runtime/"));
    expect(modules.length).toBeGreaterThan(0);
    for (const path of modules) {
      const declarationPath = path.replace(/^src\//, "dist/").replace(/\.ts$/, ".d.ts");
      const ours = files.get(declarationPath);
      expect(ours, declarationPath).toBeDefined();
      const theirs = typescriptDeclaration(path, files.get(path) as string);
      expect(canonical(declarationPath, ours as string), declarationPath).toBe(canonical(declarationPath, theirs));
    }
  });
});
