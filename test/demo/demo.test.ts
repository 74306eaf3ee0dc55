// `npm run demo` as a user runs it: a child process that must exit 0 and show every step.
import { spawn } from "node:child_process";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

function runDemo(): Promise<{ code: number | null; stdout: string; stderr: string; ms: number }> {
  const began = Date.now();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(resolve(repoRoot, "node_modules/.bin/tsx"), ["test/demo/demo.ts"], { cwd: repoRoot, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stdout, stderr, ms: Date.now() - began });
    });
  });
}

it("runs the whole flow against the local server and exits 0", async () => {
  const { code, stdout, stderr, ms } = await runDemo();
  expect(stderr).toBe("");
  expect(code, stdout).toBe(0);
  expect(ms).toBeLessThan(15_000);
  expect(stdout).toMatch(/fake Atlas listening on http:\/\/127\.0\.0\.1:\d+/);
  for (const type of ["automated", "download", "pointInTime"]) {
    expect(stdout).toMatch(new RegExp(`created ${type} restore job [a-f0-9]{24}`));
    expect(stdout).toMatch(new RegExp(`\\[done\\] ${type} job [a-f0-9]{24} finished at \\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z`));
  }
  expect(stdout).toMatch(/\[done\] download job [a-f0-9]{24} finished at .* download URL: https:\/\/restore\.example\.com\/restore-[a-f0-9]{24}\.tar\.gz/);
  const pages = [...stdout.matchAll(/page (\d+): (\d+) job\(s\) of 5 in total/g)].map((match) => [Number(match[1]), Number(match[2])]);
  expect(pages).toEqual([
    [1, 2],
    [2, 2],
    [3, 1],
  ]);
  expect(stdout).toContain("listed 3 pages");
  expect(stdout).toMatch(/#5 [a-f0-9]{24} /);
  expect(stdout).toMatch(/tenant restore job [a-f0-9]{24} on M5Cluster: DOWNLOAD COMPLETED, snapshot at https:\/\//);
  expect(stdout).toContain("error as expected: HTTP 404 RESOURCE_NOT_FOUND");
  expect(stdout).toMatch(/error as expected: AtlasRequestError, nothing sent: .*"\.\.\/\.\.\/orgs"/);
  expect(stdout).toMatch(/demo finished: \d+ requests served/);
});
