// The whole official Atlas Administration API v2 document (540 operations, 1,145 schemas), which no
// peer turns into a client that compiles: generated into a temporary folder and type-checked under
// strict. The document is not copied into the project; it sits in ../shared/reference beside the clone.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { generate } from "../../generator/pipeline.ts";
import { temporaryFolder } from "../support/generator.ts";
import { repoRoot, sharedDir } from "../support/spec.ts";

const reference = join(sharedDir, "reference", "atlas-admin-api-v2-2026-08-21.yaml");
const present = existsSync(reference);
const workspace = temporaryFolder("official");
afterAll(() => workspace.remove());

it.skipIf(!present)(
  present ? "generates every operation of the official v2 document and tsc --strict reports no error" : `skipped: ${reference} is not beside the clone`,
  async () => {
    const out = join(workspace.path, "client");
    const result = await generate({ spec: reference, out, cwd: repoRoot });
    expect(result.diagnostics.filter((diagnostic) => diagnostic.severity === "error")).toEqual([]);
    const operations = readFileSync(join(out, "src", "v2", "operations.ts"), "utf8");
    expect(operations.match(/^export const \w+Operation: OperationDescriptor = /gm)).toHaveLength(540);
    const tsc = spawnSync(join(repoRoot, "node_modules", ".bin", "tsc"), ["-p", join(out, "tsconfig.json")], { encoding: "utf8" });
    expect(tsc.stdout + tsc.stderr).toBe("");
    expect(tsc.status).toBe(0);
  },
  600_000,
);
