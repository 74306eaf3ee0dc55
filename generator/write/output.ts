// Writes the output folder all at once: everything goes to a sibling temporary folder first, which
// replaces the old folder only when complete. A failure leaves the old folder exactly as it was.
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";

/** Relative path (with `/`) -> file content. */
export type OutputFiles = ReadonlyMap<string, string>;

export interface Drift {
  readonly changed: readonly string[];
  readonly missing: readonly string[];
  readonly extra: readonly string[];
}

export function hasDrift(drift: Drift): boolean {
  return drift.changed.length + drift.missing.length + drift.extra.length > 0;
}

export function writeOutput(outDir: string, files: OutputFiles): void {
  const parent = dirname(outDir);
  mkdirSync(parent, { recursive: true });
  const stamp = `${process.pid}-${Date.now()}`;
  const staging = join(parent, `.${basename(outDir)}.staging-${stamp}`);
  const retired = join(parent, `.${basename(outDir)}.retired-${stamp}`);
  try {
    for (const [path, content] of files) {
      const target = join(staging, path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, content);
    }
    if (existsSync(outDir)) renameSync(outDir, retired);
    try {
      renameSync(staging, outDir);
    } catch (error) {
      if (existsSync(retired)) renameSync(retired, outDir);
      throw error;
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
    rmSync(retired, { recursive: true, force: true });
  }
}

export function compareOutput(outDir: string, files: OutputFiles): Drift {
  const onDisk = existsSync(outDir) ? listFiles(outDir) : [];
  const changed: string[] = [];
  const missing: string[] = [];
  for (const [path, content] of files) {
    const target = join(outDir, path);
    if (!existsSync(target)) missing.push(path);
    else if (readFileSync(target, "utf8") !== content) changed.push(path);
  }
  const extra = onDisk.filter((path) => !files.has(path));
  return { changed: changed.sort(), missing: missing.sort(), extra: extra.sort() };
}

export function listFiles(root: string): string[] {
  const found: string[] = [];
  const visit = (folder: string): void => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) visit(path);
      else found.push(relative(root, path).split("\\").join("/"));
    }
  };
  visit(root);
  return found.sort();
}
