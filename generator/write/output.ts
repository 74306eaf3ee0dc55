// Writes the output folder all at once: everything goes to a sibling staging folder first (big files
// piece by piece, as they are made), which replaces the old folder only when complete. A failure
// leaves the old folder exactly as it was.
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, rmSync, statSync, write, writeFileSync, writeSync } from "node:fs";
import { open as openFile } from "node:fs/promises";
import { promisify } from "node:util";
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
  /**
   * Puts `content` before everything appended to `path` so far (a file whose opening is known last).
   * Nothing may be appended to `path` until it is done.
   */
  prepend(path: string, content: string): void | Promise<void>;
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
      async prepend(path, content) {
        // The file so far moves aside and is copied back after the new opening, a chunk at a time, in
        // the background (the copy of a big module takes a while and needs no JavaScript).
        const target = join(staging, path);
        const fd = open.get(path);
        if (fd !== undefined) {
          closeSync(fd);
          open.delete(path);
          renameSync(target, `${target}.rest`);
        } else {
          appended++;
        }
        const output = descriptor(path);
        writeSync(output, content);
        if (fd !== undefined) {
          await copyInto(output, `${target}.rest`);
          rmSync(`${target}.rest`);
        }
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

const copyChunkBytes = 4 * 1024 * 1024;
const writeChunk = promisify(write);

/** Appends the file at `from` to the open file `to`, without holding all of it in memory. */
async function copyInto(to: number, from: string): Promise<void> {
  const input = await openFile(from, "r");
  try {
    const buffer = Buffer.allocUnsafe(copyChunkBytes);
    for (;;) {
      const { bytesRead } = await input.read(buffer, 0, copyChunkBytes);
      if (bytesRead === 0) break;
      await writeChunk(to, buffer, 0, bytesRead);
    }
  } finally {
    await input.close();
  }
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
