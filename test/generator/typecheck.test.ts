// Everything the generator writes must compile under `strict` (plus exactOptionalPropertyTypes,
// noUncheckedIndexedAccess and isolatedDeclarations) with the pinned TypeScript: the real spec and
// every fixture spec, checked in one compiler run.
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { generate } from "../../generator/pipeline.ts";
import { temporaryFolder } from "../support/generator.ts";
import { repoRoot } from "../support/spec.ts";

const workspace = temporaryFolder("typecheck");
const specs = [
  join(repoRoot, "spec"),
  ...readdirSync(join(repoRoot, "test", "fixtures", "specs"))
    .filter((name) => name.endsWith(".yaml"))
    .map((name) => join(repoRoot, "test", "fixtures", "specs", name)),
];

beforeAll(async () => {
  for (const [index, spec] of specs.entries()) {
    const result = await generate({ spec, out: join(workspace.path, `package${index}`), cwd: repoRoot });
    expect(result.diagnostics.filter((d) => d.severity === "error"), spec).toEqual([]);
  }
  const base = JSON.parse(readFileSync(join(workspace.path, "package0", "tsconfig.json"), "utf8")) as { compilerOptions: object };
  writeFileSync(
    join(workspace.path, "tsconfig.json"),
    JSON.stringify({ compilerOptions: base.compilerOptions, include: specs.map((_, index) => `package${index}/src`) }),
  );
});

afterAll(() => workspace.remove());

it("type-checks the generated packages of the spec and of every fixture with tsc 5.9 under strict", () => {
  const tsc = join(repoRoot, "node_modules", ".bin", "tsc");
  const version = spawnSync(tsc, ["--version"], { encoding: "utf8" });
  expect(version.stdout).toMatch(/^Version 5\.9\./);
  const result = spawnSync(tsc, ["-p", join(workspace.path, "tsconfig.json")], { encoding: "utf8" });
  expect(result.stdout + result.stderr).toBe("");
  expect(result.status).toBe(0);
});
