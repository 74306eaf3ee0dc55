// The `diff` command through the real CLI: exit codes 0/1/2, --fail-on, the three formats, JSON that
// parses and is byte-identical across runs, and bad input reported exactly as `generate` reports it.
import { execFile } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../support/spec.ts";

const tsx = join(repoRoot, "node_modules", ".bin", "tsx");
const cli = join(repoRoot, "generator", "cli.ts");
const fixture = (name: string, side: "base" | "revision"): string => `test/fixtures/diff/${name}/${side}.yaml`;
const pair = (name: string): string[] => [fixture(name, "base"), fixture(name, "revision")];

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in a child process (asynchronously, so the tests below run side by side). */
function run(args: readonly string[]): Promise<Run> {
  const env = { ...process.env, NO_COLOR: "1" };
  return new Promise((resolve) => {
    execFile(tsx, [cli, ...args], { cwd: repoRoot, encoding: "utf8", timeout: 30_000, env }, (error, stdout, stderr) => {
      const status = error ? (typeof error.code === "number" ? error.code : null) : 0;
      resolve({ status, stdout, stderr });
    });
  });
}

describe.concurrent("diff command", async () => {
  it("exits 0 and says so when nothing changed", async () => {
    const result = await run(["diff", "spec/atlas-v1.0.yaml", "spec/atlas-v1.0.yaml"]);
    expect(result).toEqual({
      status: 0,
      stdout: "spec/atlas-v1.0.yaml (1.0) -> spec/atlas-v1.0.yaml (1.0)\n0 breaking, 0 warnings, 0 info\n\nNo changes.\n",
      stderr: "",
    });
  });

  it("exits 1 on a breaking change, 0 with --fail-on never", async () => {
    const [strict, lenient] = await Promise.all([run(["diff", ...pair("operation-removed")]), run(["diff", ...pair("operation-removed"), "--fail-on", "never"])]);
    expect([strict.status, lenient.status]).toEqual([1, 0]);
    expect(lenient.stdout).toBe(strict.stdout);
  });

  it("treats warnings as failures only with --fail-on warning", async () => {
    const text = "test/fixtures/diff/parameter-removed/base.yaml (1.0) -> test/fixtures/diff/parameter-removed/revision.yaml (1.0)\n0 breaking, 1 warning, 0 info\n\nGET /pets (listPets)\n  warning   query parameter \"status\" removed [request-parameter-removed]\n";
    expect(await run(["diff", ...pair("parameter-removed")])).toEqual({ status: 0, stdout: text, stderr: "" });
    expect(await run(["diff", ...pair("parameter-removed"), "--fail-on", "warning"])).toEqual({ status: 1, stdout: text, stderr: "" });
  });

  it("judges sunsets against --today", async () => {
    const rules = async (today: string): Promise<string[] | undefined> => {
      const result = await run(["diff", ...pair("operation-removed-after-sunset"), "--format", "json", "--today", today]);
      const report = JSON.parse(result.stdout) as { comparisons: { changes: { rule: string }[] }[] };
      return report.comparisons[0]?.changes.map((change) => change.rule);
    };
    expect(await rules("2026-06-01")).toEqual(["operation-removed-after-sunset"]);
    expect(await rules("2026-01-22")).toEqual(["operation-removed-before-sunset"]);
  });

  it("prints JSON that parses and is identical across runs", async () => {
    const args = ["diff", "spec/atlas-v1.0.yaml", "spec/atlas-v2.yaml", "--format", "json", "--today", "2026-06-01"];
    const [first, second] = await Promise.all([run(args), run(args)]);
    expect(first.status).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    const parsed = JSON.parse(first.stdout) as { summary: unknown; comparisons: { crossVersion: boolean; changes: unknown[] }[] };
    expect(parsed.summary).toEqual({ breaking: 0, warning: 6, info: 44 });
    expect(parsed.comparisons[0]?.crossVersion).toBe(true);
    expect(parsed.comparisons[0]?.changes).toHaveLength(50);
  });

  it("prints a markdown changelog section", async () => {
    const result = await run(["diff", ...pair("operation-id-changed"), "--format", "markdown"]);
    expect(result).toEqual({
      status: 0,
      stdout: [
        "## Pets: 1.0 -> 1.0",
        "",
        "Compared `test/fixtures/diff/operation-id-changed/base.yaml` with `test/fixtures/diff/operation-id-changed/revision.yaml`: **0 breaking**, 1 possibly breaking, 0 other.",
        "",
        "### Possibly breaking changes",
        "",
        "- `GET /pets/{petId}` (`readPet`): operationId getPet -> readPet (`operation-id-changed`)",
        "",
      ].join("\n"),
      stderr: "",
    });
  });

  it("exits 2 on usage errors", async () => {
    const one = await run(["diff", "spec/atlas-v2.yaml"]);
    expect([one.status, one.stdout, one.stderr.split("\n")[0]]).toEqual([2, "", "diff needs exactly two inputs, <base> and <revision> (got 1)"]);
    const format = await run(["diff", ...pair("operation-added"), "--format", "yaml"]);
    expect([format.status, format.stderr.split("\n")[0]]).toEqual([2, "--format must be one of text, markdown, json"]);
    const failOn = await run(["diff", ...pair("operation-added"), "--fail-on", "error"]);
    expect([failOn.status, failOn.stderr.split("\n")[0]]).toEqual([2, "--fail-on must be one of breaking, warning, never"]);
  });

  it("exits 2 on bad input with the diagnostics generate gives", async () => {
    const invalid = "test/fixtures/invalid/unknown-type/api.yaml";
    const diffed = await run(["diff", "spec/atlas-v2.yaml", invalid]);
    const generated = await run(["generate", "--spec", invalid, "--out", "generated", "--check"]);
    const diagnosticLines = (stderr: string): string[] => stderr.split("\n").filter((line) => line.includes(": error ["));
    expect(diffed.status).toBe(2);
    expect(diffed.stdout).toBe("");
    expect(diagnosticLines(diffed.stderr)).toEqual(diagnosticLines(generated.stderr));
    expect(diagnosticLines(diffed.stderr)).toHaveLength(1);
    const missing = await run(["diff", "spec/nope.yaml", "spec/atlas-v2.yaml"]);
    expect([missing.status, diagnosticLines(missing.stderr)]).toEqual([2, ["spec/nope.yaml: error [input-not-found] no such file or folder"]]);
  });
});
