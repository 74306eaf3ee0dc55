// The hand-written runtime (templates/runtime) as the package carries it: sources, JavaScript and
// declarations. It is the same on every run, so its compiled form is kept in .build/, under a key
// made of its sources and the compilers' versions; a changed template or compiler compiles afresh.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { compileJavaScript, javascriptOptions, transpileDeclaration } from "./compile.ts";

export interface RuntimeFile {
  /** Path inside the runtime folder, e.g. `client.ts`. */
  readonly name: string;
  readonly source: string;
  readonly javascript: string;
  readonly declaration: string;
}

export async function runtimeFiles(templates: string, cacheDir: string): Promise<RuntimeFile[]> {
  const names = readdirSync(templates).filter((file) => file.endsWith(".ts")).sort();
  const sources = names.map((name) => ({ name, source: readFileSync(join(templates, name), "utf8") }));
  const cacheFile = join(cacheDir, `runtime-${cacheKey(sources)}.json`);
  const cached = readCache(cacheFile);
  if (cached) return cached;
  const files: RuntimeFile[] = [];
  for (const { name, source } of sources) {
    files.push({ name, source, javascript: await compileJavaScript(name, source), declaration: await transpileDeclaration(name, source) });
  }
  writeCache(cacheFile, files);
  return files;
}

function cacheKey(sources: readonly { name: string; source: string }[]): string {
  const require = createRequire(import.meta.url);
  const hash = createHash("sha256");
  for (const compiler of ["esbuild", "ts-morph"]) hash.update(`${compiler}@${(require(`${compiler}/package.json`) as { version: string }).version}\0`);
  hash.update(`${JSON.stringify(javascriptOptions)}\0`);
  for (const { name, source } of sources) hash.update(`${name}\0${source}\0`);
  return hash.digest("hex").slice(0, 16);
}

function readCache(file: string): RuntimeFile[] | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const files = JSON.parse(readFileSync(file, "utf8")) as RuntimeFile[];
    return Array.isArray(files) && files.every((entry) => typeof entry.javascript === "string" && typeof entry.declaration === "string") ? files : undefined;
  } catch {
    return undefined; // A torn or foreign file: compile again and replace it.
  }
}

/** Best effort: a read-only checkout still generates, it just compiles the runtime every time. */
function writeCache(file: string, files: readonly RuntimeFile[]): void {
  try {
    mkdirSync(join(file, ".."), { recursive: true });
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, JSON.stringify(files));
    renameSync(partial, file);
  } catch {
    // Nothing lost but time.
  }
}
