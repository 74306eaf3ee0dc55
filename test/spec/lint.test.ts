// Runs the real OpenAPI linter (Redocly CLI) over both API documents, as `npm run lint:spec` does.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { expect, it } from "vitest";
import { repoRoot } from "../support/spec.ts";

it("passes Redocly CLI's recommended-strict rules with our configuration", () => {
  const redocly = join(repoRoot, "node_modules", ".bin", "redocly");
  const result = spawnSync(redocly, ["lint", "--config", "spec/redocly.yaml", "--format=stylish"], {
    cwd: repoRoot,
    encoding: "utf8",
    env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
  });
  const output = `${result.stdout}\n${result.stderr}`;
  expect(result.status, output).toBe(0);
  expect(output).toMatch(/atlas-v1\.0\.yaml: validated/);
  expect(output).toMatch(/atlas-v2\.yaml: validated/);
  // Redocly prints a Node 20 end-of-life banner with the word "warning"; lint warnings show as a count.
  expect(output).not.toMatch(/\d+ warnings?\b/);
});
