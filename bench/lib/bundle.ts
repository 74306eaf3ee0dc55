// Bundles each API document of spec/ into one self-contained file with Redocly CLI (`redocly bundle`),
// so that every generator, ours included, reads the same single file per API version: some peers do not
// follow a `$ref` into another file (common.yaml).
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { bin, quietEnv, repoRoot, specDir } from "./paths.ts";

export const apiDocuments = ["atlas-v1.0.yaml", "atlas-v2.yaml"] as const;
export type ApiDocumentName = (typeof apiDocuments)[number];

/** Writes `<outDir>/atlas-v1.0.yaml` and `<outDir>/atlas-v2.yaml`; returns their paths. */
export function bundleSpecs(outDir: string): Record<ApiDocumentName, string> {
  const result = {} as Record<ApiDocumentName, string>;
  for (const name of apiDocuments) {
    const out = join(outDir, name);
    execFileSync(bin("redocly"), ["bundle", join(specDir, name), "--output", out], {
      cwd: repoRoot,
      env: quietEnv(),
      stdio: ["ignore", "ignore", "pipe"],
    });
    result[name] = out;
  }
  return result;
}
