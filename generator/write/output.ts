// Writes the output folder all at once: everything goes to a sibling staging folder first (big files
// piece by piece, as they are made), which replaces the old folder only when complete. A failure
// leaves the old folder exactly as it was.
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from "node:fs";
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

/** Where generated files go as they are made, piece by piece, so that no file need be held whole. */
export interface OutputSink {
  /** Appends to the file at `path` (relative, with `/`), creating it on the first piece. */
  append(path: string, content: string): void;
}

export interface StagedOutput {
  readonly sink: OutputSink;
  /** Writes `files` beside what was appended, then swaps the staging folder in for `outDir`. */
  commit(files: OutputFiles): void;
  /** Removes the staging folder; `outDir` stays as it was. */
  abandon(): void;
  /** How many files were appended to. */
  readonly appendedFiles: number;
}

/** A sibling staging folder for `outDir`, created on the first write. */
export function stageOutput(outDir: string): StagedOutput {
  const parent = dirname(outDir);
  const stamp = `${process.pid}-${Date.now()}`;
  const staging = join(parent, `.${basename(outDir)}.staging-${stamp}`);
  const retired = join(parent, `.${basename(outDir)}.retired-${stamp}`);
  const open = new Map<string, number>();
  const descriptor = (path: string): number => {
    let fd = open.get(path);
    if (fd === undefined) {
      const target = join(staging, path);
      mkdirSync(dirname(target), { recursive: true });
      fd = openSync(target, "w");
      open.set(path, fd);
    }
    return fd;
  };
  const closeAll = (): void => {
    for (const fd of open.values()) closeSync(fd);
    open.clear();
  };
  let appended = 0;
  return {
    sink: {
      append(path, content) {
        if (!open.has(path)) appended++;
        writeSync(descriptor(path), content);
      },
    },
    get appendedFiles() {
      return appended;
    },
    commit(files) {
      try {
        closeAll();
        mkdirSync(staging, { recursive: true });
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
    },
    abandon() {
      closeAll();
      rmSync(staging, { recursive: true, force: true });
    },
  };
}

export function writeOutput(outDir: string, files: OutputFiles): void {
  mkdirSync(dirname(outDir), { recursive: true });
  stageOutput(outDir).commit(files);
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
