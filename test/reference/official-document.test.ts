// The whole official Atlas Administration API v2 document (540 operations, 1,145 schemas), which no
// peer turns into a client that compiles: generated once into a temporary folder, type-checked under
// strict, and its guards compared with an independent oracle (Ajv, JSON Schema draft 4 with OpenAPI
// 3.0's additions, built from the raw YAML: test/reference/support/) on every example the document
// carries and on fast-check samples of every guard. The document is not copied into the project; it
// sits in ../shared/reference beside the clone.
import { spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { format } from "prettier";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate, type GenerateResult } from "../../generator/pipeline.ts";
import { temporaryFolder } from "../support/generator.ts";
import { repoRoot, sharedDir } from "../support/spec.ts";
import { checkExamples } from "./support/example-check.ts";
import { exclusionRules } from "./support/examples.ts";
import { loadReference, type Reference } from "./support/reference-setup.ts";
import { checkSamples } from "./support/sample-check.ts";

const reference = join(sharedDir, "reference", "atlas-admin-api-v2-2026-08-21.yaml");
const present = existsSync(reference);

/** For each of the ~1,400 guards: about 84,000 values, some 14 s on two cores. */
const samplesPerGuard = 60;
const sampleSeed = 0x5eed;

interface TscRun {
  readonly status: number | null;
  readonly output: string;
}

/** tsc in a child process, so it type-checks while the comparisons run here. */
function startTsc(project: string): Promise<TscRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(join(repoRoot, "node_modules", ".bin", "tsc"), ["-p", project], { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, output }));
  });
}

const prettierSettings = { parser: "babel-ts", printWidth: 100, trailingComma: "all" } as const;

/** A project of the package's dist/**\/*.d.ts alone, with library checking on. */
function writeDeclarationProject(folder: string, packageFolder: string): string {
  const project = join(folder, "declarations.tsconfig.json");
  const compilerOptions = { strict: true, noEmit: true, module: "nodenext", moduleResolution: "nodenext", target: "es2022", skipLibCheck: false, types: [] };
  writeFileSync(project, JSON.stringify({ compilerOptions, include: [join(packageFolder, "dist", "**", "*.d.ts")] }));
  return project;
}

describe.skipIf(!present)(present ? "the official v2 document" : `skipped: ${reference} is not beside the clone`, () => {
  let workspace: ReturnType<typeof temporaryFolder> | undefined;
  let out = "";
  let result: GenerateResult;
  let tsc: Promise<TscRun> | undefined;
  let declarationsTsc: Promise<TscRun> | undefined;
  let loaded: Reference | undefined;
  /** What the comparisons need; absent when generation failed (the first test says why). */
  const oracle = (): Reference => {
    if (!loaded) throw new Error("the package was not generated: see the first test");
    return loaded;
  };

  beforeAll(async () => {
    workspace = temporaryFolder("official");
    out = join(workspace.path, "client");
    result = await generate({ spec: reference, out, cwd: repoRoot });
    if (result.diagnostics.some((diagnostic) => diagnostic.severity === "error")) return;
    tsc = startTsc(join(out, "tsconfig.json"));
    declarationsTsc = startTsc(writeDeclarationProject(workspace.path, out));
    loaded = await loadReference(reference, repoRoot, out);
  }, 300_000);

  afterAll(async () => {
    await tsc?.catch(() => undefined); // the folder goes only once tsc is done with it
    await declarationsTsc?.catch(() => undefined);
    workspace?.remove();
  });

  it("generates every operation", () => {
    expect(result.diagnostics.filter((diagnostic) => diagnostic.severity === "error")).toEqual([]);
    const operations = readFileSync(join(out, "src", "v2", "operations.ts"), "utf8");
    expect(operations.match(/^export const \w+Operation: OperationDescriptor = /gm)).toHaveLength(540);
  });

  it("has a guard for every shape the document calls for: each schema, each parent's base, each inline body, each request twin", () => {
    const { catalog } = oracle();
    expect(catalog.unmatched).toEqual([]);
    expect(catalog.generatedShapes).toEqual(catalog.expectedShapes);
    expect(catalog.guards.filter((guard) => guard.target.role === "schema" && !guard.twin)).toHaveLength(1145);
    expect(catalog.guards.some((guard) => guard.twin)).toBe(true);
  });

  it("agrees with Ajv on every example the document carries, invalid ones included", () => {
    const report = checkExamples(oracle());
    const excluded = Object.keys(exclusionRules).map((rule) => `${rule}: ${oracle().examples.excluded.filter((example) => example.rule === rule).length}`);
    console.log(
      [
        `examples: ${report.checked} checked through ${report.guards} guards (${report.byKind.schema} schema, ${report.byKind.property} property, ${report.byKind.media} media type); ` +
          `${report.invalid.length} invalid per Ajv; excluded by rule: ${excluded.join(", ")}`,
        `property examples replaced by a value of another type: ${report.misfits.rejected} of ${report.misfits.checked} rejected by Ajv`,
        ...report.invalid.map((example) => `invalid example ${example.site} (is${example.guard}): Ajv ${example.ajv.join("; ")} | guard ${example.guardProblems.join("; ")}`),
      ].join("\n"),
    );
    expect.soft(report.disagreements).toEqual([]);
    // The document has invalid examples of its own: both sides must have judged them.
    expect(report.invalid.length).toBeGreaterThan(0);
    expect(report.byKind.schema).toBeGreaterThan(0);
    expect(report.byKind.media).toBeGreaterThan(0);
    // Nearly every misfit must be rejected, or the carriers do not reach the members they carry.
    expect(report.misfits.rejected).toBeGreaterThan(report.misfits.checked * 0.95);
  });

  it("agrees with Ajv on fast-check samples of every guard", () => {
    const report = checkSamples(oracle(), { runsPerGuard: samplesPerGuard, seed: sampleSeed });
    const acceptedShare = (report.accepted.valid + report.accepted.broken) / report.runs;
    console.log(
      [
        `samples: ${report.runs} over ${report.guards} guards; Ajv accepted ${(100 * acceptedShare).toFixed(1)}% ` +
          `(valid-leaning: ${report.accepted.valid} accepted, ${report.rejected.valid} rejected; mutated: ${report.accepted.broken} accepted, ${report.rejected.broken} rejected)`,
        `guards with no accepted sample: ${report.neverAccepted.unsatisfiable.length} nothing satisfies (${report.neverAccepted.unsatisfiable.join(", ")}); ` +
          `${report.neverAccepted.exactMatch.length} need an exact oneOf match (${report.neverAccepted.exactMatch.join(", ")}); ${report.neverAccepted.unexplained.length} unexplained`,
        `patterns fast-check cannot generate from (the document's examples stand in): ${report.patternFallbacks.length}`,
        `disagreements: ${report.disagreements.length}`,
      ].join("\n"),
    );
    expect.soft(report.disagreements).toEqual([]);
    expect(report.runs).toBe(report.guards * samplesPerGuard);
    // Both verdicts in useful shares, from the arm meant to produce each.
    expect(acceptedShare).toBeGreaterThan(0.3);
    expect(acceptedShare).toBeLessThan(0.7);
    expect(report.accepted.valid / (report.accepted.valid + report.rejected.valid)).toBeGreaterThan(0.9);
    expect(report.rejected.broken / (report.accepted.broken + report.rejected.broken)).toBeGreaterThan(0.95);
    // Every guard saw both verdicts, unless the document makes acceptance impossible or a matter of luck.
    expect(report.neverAccepted.unexplained).toEqual([]);
    expect(report.neverRejected).toEqual([]);
  });

  it("every generated source is exactly what prettier makes of it (the emitters lay out all of it; prettier is never run)", async () => {
    for (const module of ["types", "guards", "operations", "index"]) {
      const path = join(out, "src", "v2", `${module}.ts`);
      const source = readFileSync(path, "utf8");
      expect(await format(source, prettierSettings), path).toBe(source);
    }
  }, 120_000);

  it("the declaration files (printed by the generator, not by tsc) type-check under strict", async () => {
    expect(declarationsTsc, "generation failed, nothing to type-check").toBeDefined();
    const run = await (declarationsTsc as Promise<TscRun>);
    expect(run.output).toBe("");
    expect(run.status).toBe(0);
  }, 300_000);

  it("tsc --strict reports no error in the generated package", async () => {
    expect(tsc, "generation failed, nothing to type-check").toBeDefined();
    const run = await (tsc as Promise<TscRun>);
    expect(run.output).toBe("");
    expect(run.status).toBe(0);
  }, 300_000);
});
