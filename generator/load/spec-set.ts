// Loads the input: one OpenAPI document, or every OpenAPI document with paths in a folder, plus every
// file their `$ref`s reach (for example a shared `common.yaml`).
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, extname, join, relative, resolve } from "node:path";
import type { Diagnostic } from "../diagnostics.ts";
import { appendPointer } from "./pointer.ts";
import { parseSourceDocument, type SourceDocument } from "./source-document.ts";

export interface SpecSet {
  /** The API documents to generate, in file-name order. */
  readonly entries: readonly SourceDocument[];
  /** Every loaded document by absolute path, entries included. */
  readonly documents: ReadonlyMap<string, SourceDocument>;
}

export interface LoadResult {
  readonly specSet?: SpecSet;
  readonly diagnostics: readonly Diagnostic[];
}

const specExtensions = new Set([".yaml", ".yml", ".json"]);

export function loadSpecSet(inputPath: string, cwd: string = process.cwd()): LoadResult {
  const absoluteInput = resolve(cwd, inputPath);
  const display = (path: string): string => relative(cwd, path) || path;
  const diagnostics: Diagnostic[] = [];
  const documents = new Map<string, SourceDocument>();

  if (!existsSync(absoluteInput)) {
    return { diagnostics: [inputProblem(display(absoluteInput), "input-not-found", "no such file or folder")] };
  }
  const candidates = statSync(absoluteInput).isDirectory()
    ? readdirSync(absoluteInput)
        .filter((name) => specExtensions.has(extname(name)))
        .sort()
        .map((name) => join(absoluteInput, name))
    : [absoluteInput];

  const load = (path: string): SourceDocument | undefined => {
    const known = documents.get(path);
    if (known) return known;
    let text: string;
    try {
      text = readFileSync(path, "utf8");
    } catch (error) {
      diagnostics.push(inputProblem(display(path), "input-unreadable", `cannot read the file: ${(error as Error).message}`));
      return undefined;
    }
    const parsed = parseSourceDocument(path, display(path), text);
    diagnostics.push(...parsed.diagnostics);
    if (!parsed.ok) return undefined;
    documents.set(path, parsed.document);
    return parsed.document;
  };

  const entries: SourceDocument[] = [];
  for (const path of candidates) {
    const document = load(path);
    if (!document) continue;
    const root = document.root as Record<string, unknown>;
    const isOpenApi = typeof root.openapi === "string" || typeof root.swagger === "string";
    if (!isOpenApi) {
      if (candidates.length === 1) {
        diagnostics.push(problemAt(document, "", "not-openapi", "the file is not an OpenAPI document (no `openapi` field)"));
      }
      continue;
    }
    const paths = root.paths;
    const hasPaths = paths !== null && typeof paths === "object" && Object.keys(paths).length > 0;
    if (hasPaths || candidates.length === 1) entries.push(document);
  }
  if (entries.length === 0 && diagnostics.length === 0) {
    diagnostics.push(inputProblem(display(absoluteInput), "no-api-documents", "found no OpenAPI document with paths"));
  }

  // Follow $refs into other files until no new file turns up.
  const queue = [...documents.values()];
  for (let document = queue.shift(); document; document = queue.shift()) {
    for (const { pointer, ref } of externalRefs(document.root)) {
      const filePart = ref.slice(0, ref.indexOf("#") === -1 ? ref.length : ref.indexOf("#"));
      if (/^[a-z][a-z0-9+.-]*:/i.test(filePart)) {
        diagnostics.push(problemAt(document, pointer, "remote-ref", `remote $ref "${ref}" is not supported; keep referenced files beside the spec`));
        continue;
      }
      const target = resolve(dirname(document.path), filePart);
      if (documents.has(target)) continue;
      if (!existsSync(target)) {
        diagnostics.push(problemAt(document, pointer, "unresolved-ref", `$ref "${ref}" names a file that does not exist`));
        continue;
      }
      const loaded = load(target);
      if (loaded) queue.push(loaded);
    }
  }

  return { specSet: { entries, documents }, diagnostics };
}

/** Every `$ref` that names another file, with the pointer of the `$ref` member. */
function externalRefs(root: unknown): { pointer: string; ref: string }[] {
  const found: { pointer: string; ref: string }[] = [];
  const visit = (node: unknown, pointer: string): void => {
    if (Array.isArray(node)) {
      node.forEach((child, index) => visit(child, appendPointer(pointer, index)));
      return;
    }
    if (node === null || typeof node !== "object") return;
    for (const [key, child] of Object.entries(node)) {
      if (key === "$ref" && typeof child === "string" && !child.startsWith("#")) {
        found.push({ pointer: appendPointer(pointer, key), ref: child });
      } else {
        visit(child, appendPointer(pointer, key));
      }
    }
  };
  visit(root, "");
  return found;
}

export function problemAt(document: SourceDocument, pointer: string, code: string, message: string): Diagnostic {
  const position = document.locate(pointer);
  return { code, severity: "error", message, file: document.displayPath, pointer, ...(position ? { position } : {}) };
}

function inputProblem(file: string, code: string, message: string): Diagnostic {
  return { code, severity: "error", message, file, pointer: "" };
}
