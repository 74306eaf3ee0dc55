// Parses one YAML (or JSON) file and keeps its source positions, so that any later stage can turn a
// JSON pointer back into file:line:column.
import { LineCounter, isAlias, isMap, isPair, isScalar, isSeq, parseDocument, type Document as YamlDocument, type Node } from "yaml";
import type { Diagnostic, SourcePosition } from "../diagnostics.ts";
import { pointerTokens } from "./pointer.ts";

export interface SourceDocument {
  /** Absolute path. */
  readonly path: string;
  /** The path as shown in diagnostics (relative to the working directory). */
  readonly displayPath: string;
  /** The parsed document as plain JSON data. Never mutated. */
  readonly root: unknown;
  /** Where the value at `pointer` starts (for an object member: where its key starts). */
  locate(pointer: string): SourcePosition | undefined;
}

export type ParseResult =
  | { readonly ok: true; readonly document: SourceDocument; readonly diagnostics: readonly Diagnostic[] }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

function parseYaml(text: string): { yamlDocument: YamlDocument; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  const yamlDocument = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    merge: false,
    // Keep every scalar as YAML 1.2 core types, so `1.0` is a number only where the spec writes one.
    version: "1.2",
  });
  return { yamlDocument, lineCounter };
}

export function parseSourceDocument(path: string, displayPath: string, text: string): ParseResult {
  const { yamlDocument, lineCounter } = parseYaml(text);
  const toPosition = (offset: number): SourcePosition => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const syntaxProblems: Diagnostic[] = yamlDocument.errors.map((error) => ({
    code: error.code === "DUPLICATE_KEY" ? "duplicate-key" : "yaml-syntax",
    severity: "error",
    message:
      error.code === "DUPLICATE_KEY"
        ? `duplicate key ${JSON.stringify(keyAt(text, error.pos[0]))}: a mapping may name each key once`
        : `YAML syntax error: ${firstLine(error.message)}`,
    file: displayPath,
    pointer: "",
    position: toPosition(error.pos[0]),
  }));
  if (syntaxProblems.length > 0) return { ok: false, diagnostics: syntaxProblems };

  const root: unknown = yamlDocument.toJS({ maxAliasCount: 1000 });
  if (root === null || typeof root !== "object" || Array.isArray(root)) {
    return {
      ok: false,
      diagnostics: [
        {
          code: "not-a-document",
          severity: "error",
          message: "the file does not hold an object (an OpenAPI document is a mapping at the top level)",
          file: displayPath,
          pointer: "",
          position: { line: 1, column: 1 },
        },
      ],
    };
  }

  // The syntax tree with its positions is several times the size of the data; a valid document
  // seldom needs a position, so the tree is dropped now and parsed again on the first question.
  let positions: ReturnType<typeof parseYaml> | undefined;
  const locate = (pointer: string): SourcePosition | undefined => {
    positions ??= parseYaml(text);
    const { yamlDocument, lineCounter } = positions;
    const toPosition = (offset: number): SourcePosition => {
      const { line, col } = lineCounter.linePos(offset);
      return { line, column: col };
    };
    let node: Node | null | undefined = yamlDocument.contents as Node | null;
    let offset = node?.range?.[0];
    for (const token of pointerTokens(pointer)) {
      // Through an alias (`*name`) the members live where the anchor (`&name`) defined them; without this
      // a problem inside an aliased schema would be reported with no position at all.
      if (isAlias(node)) node = node.resolve(yamlDocument) ?? null;
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === token);
        if (!pair) return undefined;
        offset = (pair.key as Node).range?.[0] ?? offset;
        node = pair.value as Node | null;
      } else if (isSeq(node)) {
        const item = node.items[Number(token)] as Node | undefined;
        if (!item) return undefined;
        offset = item.range?.[0] ?? offset;
        node = item;
      } else {
        return undefined;
      }
    }
    return offset === undefined ? undefined : toPosition(offset);
  };

  return { ok: true, document: { path, displayPath, root, locate }, diagnostics: [] };
}

/** The key written at `offset` (up to its colon), for messages. */
function keyAt(text: string, offset: number): string {
  const line = text.slice(offset).split("\n")[0] ?? "";
  const key = line.split(/:(?:\s|$)/)[0] ?? line;
  return key.trim().replace(/^["']|["']$/g, "");
}

function firstLine(message: string): string {
  return message.split("\n")[0] ?? message;
}
