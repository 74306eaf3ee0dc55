// Where things are: the repository, its binaries, and a scratch folder outside the work tree.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const benchDir = join(repoRoot, "bench");
export const specDir = join(repoRoot, "spec");
export const resultsDir = join(benchDir, "results");
export const officialSpec = resolve(repoRoot, "../shared/reference/atlas-admin-api-v2-2026-08-21.yaml");

/** An executable from node_modules/.bin (the same one `npm run` would use). */
export function bin(name: string): string {
  return join(repoRoot, "node_modules", ".bin", name);
}

/**
 * Environment for every child process: no telemetry, no update checks, no colours. Redocly CLI sends
 * usage telemetry unless REDOCLY_TELEMETRY=off; nothing here may reach the network but the registry.
 */
export function quietEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    REDOCLY_TELEMETRY: "off",
    REDOCLY_SUPPRESS_UPDATE_NOTICE: "true",
    REDOCLY_SUPPRESS_NOTIFICATIONS: "true",
    DO_NOT_TRACK: "1",
    SCARF_ANALYTICS: "false",
    NO_UPDATE_NOTIFIER: "1",
    NO_COLOR: "1",
    FORCE_COLOR: "0",
    ...extra,
  };
}

/** A fresh scratch folder under the system temp dir; `dispose` removes it. */
export function scratchDir(label: string): { path: string; dispose: () => void } {
  const path = mkdtempSync(join(tmpdir(), `atlas-bench-${label}-`));
  // Also removed when the process exits early (an interrupted run exits from its signal handler).
  const remove = () => rmSync(path, { recursive: true, force: true });
  process.once("exit", remove);
  return {
    path,
    dispose: () => {
      process.off("exit", remove);
      remove();
    },
  };
}
