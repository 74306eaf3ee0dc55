// Determinism, check mode, and the all-or-nothing write of the output folder.
import { spawnSync } from "node:child_process";
import { appendFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildPackage, generate } from "../../generator/pipeline.ts";
import { emitApiModule } from "../../generator/emit/api-module.ts";
import { normalizeApi } from "../../generator/ir/normalize.ts";
import { loadSpecSet } from "../../generator/load/spec-set.ts";
import { moduleNameFor, planApi } from "../../generator/plan/plan.ts";
import { validateSpecSet } from "../../generator/validate/index.ts";
import { compareOutput, stageOutput, writeOutput } from "../../generator/write/output.ts";
import { snapshotFolder, temporaryFolder } from "../support/generator.ts";
import { repoRoot } from "../support/spec.ts";

const workspace = temporaryFolder("output");
afterAll(() => workspace.remove());
const tsx = join(repoRoot, "node_modules", ".bin", "tsx");
const cli = join(repoRoot, "generator", "cli.ts");

describe("determinism", () => {
  it("builds byte-identical output twice, and from another working directory", async () => {
    const first = await buildPackage({ spec: "spec", cwd: repoRoot });
    const second = await buildPackage({ spec: "spec", cwd: repoRoot });
    const elsewhere = await buildPackage({ spec: join(repoRoot, "spec"), cwd: workspace.path });
    expect(first.files?.size).toBeGreaterThan(40);
    expect(second.files).toEqual(first.files);
    expect(elsewhere.files).toEqual(first.files);
  });

  it("never mutates the loaded spec: every stage runs over deep-frozen documents", () => {
    const loaded = loadSpecSet("spec", repoRoot);
    const specSet = loaded.specSet;
    if (!specSet) throw new Error("spec did not load");
    for (const document of specSet.documents.values()) deepFreeze(document.root);
    expect(validateSpecSet(specSet).filter((d) => d.severity === "error")).toEqual([]);
    for (const entry of specSet.entries) {
      const model = normalizeApi(specSet, entry);
      const files = [...emitApiModule(model, planApi(model, moduleNameFor(model.version)))];
      expect(files.map((file) => file.path)).toContain(`${moduleNameFor(model.version)}/guards.ts`);
    }
    expect(Object.isFrozen((specSet.entries[0]?.root as { components: object }).components)).toBe(true);
  });
});

function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== "object" || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
}

describe("check mode", () => {
  it("finds the committed generated/ up to date with spec/", async () => {
    const result = await generate({ spec: "spec", out: "generated", check: true, cwd: repoRoot });
    expect(result.drift).toEqual({ changed: [], missing: [], extra: [] });
  });

  it("names changed, missing and extra files, and the CLI exits 1", async () => {
    const out = join(workspace.path, "stale");
    await generate({ spec: "spec", out, cwd: repoRoot });
    appendFileSync(join(out, "src", "v2", "types.ts"), "// edited by hand\n");
    rmSync(join(out, "README.md"));
    writeFileSync(join(out, "src", "leftover.ts"), "export {};\n");
    const result = await generate({ spec: "spec", out, check: true, cwd: repoRoot });
    expect(result.drift).toEqual({ changed: ["src/v2/types.ts"], missing: ["README.md"], extra: ["src/leftover.ts"] });
    const run = spawnSync(tsx, [cli, "generate", "--spec", "spec", "--out", out, "--check"], { cwd: repoRoot, encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`changed  ${out}/src/v2/types.ts`);
    expect(run.stderr).toContain(`missing  ${out}/README.md`);
    expect(run.stderr).toContain(`extra    ${out}/src/leftover.ts`);
    const fresh = spawnSync(tsx, [cli, "generate", "--spec", "spec", "--out", out], { cwd: repoRoot, encoding: "utf8" });
    expect(fresh.status).toBe(0);
    const clean = spawnSync(tsx, [cli, "generate", "--spec", "spec", "--out", out, "--check"], { cwd: repoRoot, encoding: "utf8" });
    expect(clean.status).toBe(0);
    expect(clean.stdout).toContain("is up to date");
  });
});

describe("writing", () => {
  it("replaces the folder completely, removing files that are no longer generated", async () => {
    const out = join(workspace.path, "replace");
    await generate({ spec: "spec", out, cwd: repoRoot });
    writeFileSync(join(out, "src", "stale.ts"), "export {};\n");
    await generate({ spec: "spec", out, cwd: repoRoot });
    expect(existsSync(join(out, "src", "stale.ts"))).toBe(false);
    expect(compareOutput(out, (await buildPackage({ spec: "spec", cwd: repoRoot })).files ?? new Map())).toEqual({ changed: [], missing: [], extra: [] });
  });

  it("leaves the folder exactly as it was when writing fails part-way", () => {
    const out = join(workspace.path, "atomic");
    mkdirSync(join(out, "src"), { recursive: true });
    writeFileSync(join(out, "package.json"), '{ "atlas-restore-codegen": {} }\n');
    writeFileSync(join(out, "src", "index.ts"), "export const before = 1;\n");
    const before = snapshotFolder(out);
    // "a" as a file and "a/b" as a file under it cannot both be written: the write fails midway.
    const files = new Map([
      ["package.json", "{}\n"],
      ["a", "file\n"],
      ["a/b", "nested\n"],
    ]);
    expect(() => writeOutput(out, files)).toThrow();
    expect(snapshotFolder(out)).toEqual(before);
    expect(readdirSync(dirname(out)).filter((name) => name.includes("staging") || name.includes("retired"))).toEqual([]);
  });

  it("streams big files into the staging folder, and abandoning or failing leaves the folder as it was", () => {
    const out = join(workspace.path, "streamed");
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, "package.json"), '{ "atlas-restore-codegen": {} }\n');
    const before = snapshotFolder(out);
    const leftovers = (): string[] => readdirSync(dirname(out)).filter((name) => name.startsWith(".streamed.") && (name.includes("staging") || name.includes("retired")));

    const abandoned = stageOutput(out);
    abandoned.sink.append("src/v2/guards.ts", "export const a = 1;\n");
    expect(leftovers()).toHaveLength(1);
    abandoned.abandon();
    expect(snapshotFolder(out)).toEqual(before);
    expect(leftovers()).toEqual([]);

    const failed = stageOutput(out);
    failed.sink.append("a", "streamed\n");
    expect(() => failed.commit(new Map([["a/b", "nested\n"]]))).toThrow();
    expect(snapshotFolder(out)).toEqual(before);
    expect(leftovers()).toEqual([]);

    const committed = stageOutput(out);
    committed.sink.append("src/big.ts", "export const a = 1;\n");
    committed.sink.append("src/big.ts", "export const b = 2;\n");
    committed.commit(new Map([["package.json", "{}\n"]]));
    expect(committed.appendedFiles).toBe(1);
    expect(snapshotFolder(out)).toEqual(new Map([["package.json", "{}\n"], ["src/big.ts", "export const a = 1;\nexport const b = 2;\n"]]));
  });

  it("puts a file's opening before what was streamed into it, on disk and in memory", async () => {
    const out = join(workspace.path, "prepended");
    const staged = stageOutput(out);
    staged.sink.append("src/guards.ts", "function b() {}\n");
    staged.sink.append("src/guards.ts", "function c() {}\n");
    await staged.sink.prepend("src/guards.ts", "import { a } from './a.js';\n");
    staged.sink.append("src/guards.ts", "// end\n");
    await staged.sink.prepend("src/fresh.ts", "export {};\n");
    staged.commit(new Map([["package.json", "{}\n"]]));
    expect(snapshotFolder(out)).toEqual(
      new Map([
        ["package.json", "{}\n"],
        ["src/fresh.ts", "export {};\n"],
        ["src/guards.ts", "import { a } from './a.js';\nfunction b() {}\nfunction c() {}\n// end\n"],
      ]),
    );
    expect(staged.appendedFiles).toBe(2);
  });

  // The guards are emitted, printed, compiled and written in batches of about 4 MB of code, so every
  // spec here fits one batch; batches of one function each make every function a batch boundary.
  it.each(["spec", "test/fixtures/specs/unions.yaml", "test/fixtures/specs/hostile-names.yaml"])(
    "writes %s's guards in many small batches exactly as in one",
    async (spec) => {
      const whole = await buildPackage({ spec, cwd: repoRoot });
      const batched = await buildPackage({ spec, cwd: repoRoot, guardBatchChars: 1 });
      expect(batched.files).toEqual(whole.files);
      const out = join(workspace.path, `batched-${spec.replace(/\W+/g, "-")}`);
      await generate({ spec, out, cwd: repoRoot, guardBatchChars: 1 });
      // Extra files would include anything left over from putting openings in front (`*.rest`).
      expect(compareOutput(out, whole.files ?? new Map())).toEqual({ changed: [], missing: [], extra: [] });
    },
  );

  it("refuses to replace a folder it did not write", async () => {
    const out = join(workspace.path, "foreign");
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, "notes.txt"), "mine\n");
    const result = await generate({ spec: "spec", out, cwd: repoRoot });
    expect(result.diagnostics.map((d) => d.code)).toEqual(["output-not-generated"]);
    expect(snapshotFolder(out)).toEqual(new Map([["notes.txt", "mine\n"]]));
  });
});
