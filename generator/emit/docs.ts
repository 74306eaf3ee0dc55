// JSDoc from the spec: descriptions, examples, formats, limits, defaults, deprecation. Every piece of
// spec text goes through `docText`/`docValue`.
import type { JSDocStructure } from "ts-morph";
import { StructureKind } from "./structure-kind.ts";
import type { Schema, SchemaDocs } from "../ir/model.ts";
import { docText, docValue } from "./code.ts";

export interface DocParts {
  readonly description: string;
  readonly tags: readonly { readonly tagName: string; readonly text?: string }[];
}

export function isEmptyDoc(parts: DocParts): boolean {
  return parts.description === "" && parts.tags.length === 0;
}

/** Documentation of a schema (or of a property whose schema it is). */
export function schemaDocParts(schema: Schema, outer: SchemaDocs = {}): DocParts {
  const docs: SchemaDocs = { ...schema.docs, ...outer };
  const description = wrapText(
    [docs.title && docs.title !== docs.description ? docs.title : undefined, docs.description]
      .filter((text): text is string => text !== undefined && text !== "")
      .map(docText)
      .join("\n\n"),
  );
  const tags: { tagName: string; text?: string }[] = [...constraintTags(schema)];
  if (docs.readOnly) tags.push({ tagName: "readonly" });
  if (docs.writeOnly) tags.push({ tagName: "remarks", text: "Write-only: sent in requests, never returned." });
  if (docs.default !== undefined) tags.push({ tagName: "defaultValue", text: docValue(docs.default) });
  for (const example of docs.examples ?? []) tags.push({ tagName: "example", text: docValue(example) });
  if (docs.deprecated) tags.push({ tagName: "deprecated" });
  return { description, tags };
}

function constraintTags(schema: Schema): { tagName: string; text: string }[] {
  const tags: { tagName: string; text: string }[] = [];
  const add = (tagName: string, value: string | number | undefined): void => {
    if (value !== undefined) tags.push({ tagName, text: docText(String(value)) });
  };
  if (schema.kind === "string") {
    add("format", schema.format);
    add("pattern", schema.pattern);
    add("minLength", schema.minLength);
    add("maxLength", schema.maxLength);
  } else if (schema.kind === "number") {
    add("format", schema.format);
    add("minimum", schema.minimum);
    add("maximum", schema.maximum);
    add("exclusiveMinimum", schema.exclusiveMinimum);
    add("exclusiveMaximum", schema.exclusiveMaximum);
    add("multipleOf", schema.multipleOf);
  } else if (schema.kind === "array") {
    add("minItems", schema.minItems);
    add("maxItems", schema.maxItems);
    if (schema.uniqueItems) tags.push({ tagName: "uniqueItems", text: "true" });
  }
  return tags;
}

/**
 * Wraps prose at 96 columns on spaces (lines that look like code or lists are left alone). Lines end
 * where their text ends: no generated comment line has trailing spaces (the layout check sends such a
 * statement through prettier, which, when it re-indents a comment, trims them).
 */
export function wrapText(text: string, width = 96): string {
  return text
    .split("\n")
    .map((line) => {
      if (line.length <= width || /^\s|^[-*|]/.test(line)) return line.trimEnd();
      const wrapped: string[] = [];
      let current = "";
      for (const word of line.split(" ")) {
        if (current !== "" && current.length + 1 + word.length > width) {
          wrapped.push(current);
          current = word;
        } else {
          current = current === "" ? word : `${current} ${word}`;
        }
      }
      if (current !== "") wrapped.push(current);
      return wrapped.map((wrappedLine) => wrappedLine.trimEnd()).join("\n");
    })
    .join("\n");
}

export function toJsDoc(parts: DocParts): JSDocStructure[] {
  if (isEmptyDoc(parts)) return [];
  return [
    {
      kind: StructureKind.JSDoc,
      // A blank line between the description and the tags, none after a description alone.
      description: parts.tags.length > 0 && parts.description !== "" ? `${parts.description}\n` : parts.description,
      tags: parts.tags.map((tag) => ({ kind: StructureKind.JSDocTag, tagName: tag.tagName, ...(tag.text !== undefined ? { text: tag.text } : {}) })),
    },
  ];
}

/** The same documentation as comment lines, for members of inline object types. */
export function toDocLines(parts: DocParts): string[] {
  if (isEmptyDoc(parts)) return [];
  const lines = parts.description === "" ? [] : parts.description.split("\n");
  if (lines.length > 0 && parts.tags.length > 0) lines.push("");
  for (const tag of parts.tags) lines.push(tag.text === undefined ? `@${tag.tagName}` : `@${tag.tagName} ${tag.text}`);
  return lines;
}
