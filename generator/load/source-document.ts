// Parses one YAML (or JSON) file and keeps its source positions, so that any later stage can turn a
// JSON pointer back into file:line:column.
import { LineCounter, isAlias, isMap, isPair, isScalar, isSeq, parseDocument, visit, type Document as YamlDocument, type Node } from "yaml";
import type { Diagnostic, SourcePosition } from "../diagnostics.ts";
import { pointerTokens } from "./pointer.ts";
import { readYamlQuickly } from "./quick-yaml.ts";

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
    // yaml's own check compares each key with every earlier one (quadratic: minutes for 50,000
    // schemas in one map); duplicateKeys below does it with one set per mapping.
    uniqueKeys: false,
    merge: false,
    // Keep every scalar as YAML 1.2 core types, so `1.0` is a number only where the spec writes one.
    version: "1.2",
  });
  return { yamlDocument, lineCounter };
}

export function parseSourceDocument(path: string, displayPath: string, text: string): ParseResult {
  const quick = readYamlQuickly(text);
  if (isMapping(quick)) return { ok: true, document: { path, displayPath, root: quick, locate: locator(text) }, diagnostics: [] };
  const { yamlDocument, lineCounter } = parseYaml(text);
  const toPosition = (offset: number): SourcePosition => positionAt(lineCounter, offset);
  const syntaxProblems: Diagnostic[] = yamlDocument.errors.map((error) => ({
    code: "yaml-syntax",
    severity: "error",
    message: `YAML syntax error: ${firstLine(error.message)}`,
    file: displayPath,
    pointer: "",
    position: toPosition(error.pos[0]),
  }));
  if (syntaxProblems.length === 0) {
    for (const offset of duplicateKeys(yamlDocument)) {
      syntaxProblems.push({
        code: "duplicate-key",
        severity: "error",
        message: `duplicate key ${JSON.stringify(keyAt(text, offset))}: a mapping may name each key once`,
        file: displayPath,
        pointer: "",
        position: toPosition(offset),
      });
    }
  }
  if (syntaxProblems.length > 0) return { ok: false, diagnostics: syntaxProblems };

  const root: unknown = yamlDocument.toJS({ maxAliasCount: 1000 });
  if (!isMapping(root)) {
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

  return { ok: true, document: { path, displayPath, root, locate: locator(text) }, diagnostics: [] };
}

function positionAt(lineCounter: LineCounter, offset: number): SourcePosition {
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/**
 * Finds where a JSON pointer's value starts. The syntax tree with its positions is several times the
 * size of the data and a valid document seldom needs a position, so it is parsed on the first question.
 */
function locator(text: string): (pointer: string) => SourcePosition | undefined {
  let positions: ReturnType<typeof parseYaml> | undefined;
  return (pointer) => {
    positions ??= parseYaml(text);
    const { yamlDocument, lineCounter } = positions;
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
    return offset === undefined ? undefined : positionAt(lineCounter, offset);
  };
}

/** Where each repeated key of a mapping starts (scalar keys compared by type and value, as YAML does). */
function duplicateKeys(yamlDocument: YamlDocument): number[] {
  const offsets: number[] = [];
  visit(yamlDocument, {
    Map(_key, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const value: unknown = pair.key.value;
        const identity = `${typeof value}:${String(value)}`;
        if (seen.has(identity)) offsets.push(pair.key.range?.[0] ?? 0);
        else seen.add(identity);
      }
    },
  });
  return offsets;
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
