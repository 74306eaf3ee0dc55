// The only place where spec-derived text becomes TypeScript source. Names, strings, numbers and doc
// comments all pass through here, so a property called `content-type` or a description containing
// `*/` can never break (or inject into) the generated code.
import type { Literal } from "../ir/model.ts";
import { regExpFlags } from "../load/patterns.ts";
import { escapeToken } from "../load/pointer.ts";
import { isPropertyIdentifier } from "../plan/identifiers.ts";

/**
 * A string literal: JSON's escaping, plus the two line separators some tools still choke on. Quoted
 * the way prettier quotes it (double quotes unless single quotes need fewer escapes), so statements
 * the printer writes are already in their final form.
 */
export function stringLiteral(text: string): string {
  const double = json(text);
  if (count(text, '"') <= count(text, "'")) return double;
  const inner = double.slice(1, -1).replace(/\\.|'/g, (token) => (token === "'" ? "\\'" : token === '\\"' ? '"' : token));
  return `'${inner}'`;
}

function count(text: string, character: string): number {
  let found = 0;
  for (const each of text) if (each === character) found++;
  return found;
}

export function numberLiteral(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`cannot write ${value} as a literal`);
  return Object.is(value, -0) ? "0" : String(value);
}

/** A literal value or literal type: `"automated"`, `42`, `true`, `null`. */
export function literal(value: Literal): string {
  if (value === null) return "null";
  if (typeof value === "string") return stringLiteral(value);
  if (typeof value === "number") return numberLiteral(value);
  return value ? "true" : "false";
}

/** A value as messages show it: JSON, whatever quotes the code around it uses. */
export function shownValue(value: Literal): string {
  return typeof value === "number" ? numberLiteral(value) : json(value);
}

const lineSeparators = /[\u2028\u2029]/;

function json(value: string | boolean | null): string {
  const text = JSON.stringify(value);
  return lineSeparators.test(text) ? text.replaceAll("\u2028", "\\u2028").replaceAll("\u2029", "\\u2029") : text;
}

/** A property key in an object type or literal: bare when it is an identifier, quoted otherwise. */
export function propertyKey(name: string): string {
  return isPropertyIdentifier(name) ? name : stringLiteral(name);
}

/** Reading a member of a record: `value["name"]`, valid whatever the reader's compiler options. */
export function elementAccess(target: string, name: string): string {
  return `${target}[${stringLiteral(name)}]`;
}

/** The JSON-pointer expression for a child of `pathVariable`: `path + "/deliveryType"`. */
export function childPath(pathVariable: string, token: string): string {
  return `${pathVariable} + ${stringLiteral(`/${escapeToken(token)}`)}`;
}

/**
 * A regular expression built from spec text without ever writing the text as a regex literal: the
 * callee and the arguments of its construction.
 */
export function regExpConstruction(pattern: string): { readonly callee: string; readonly args: readonly string[] } {
  // Marked pure so a bundle that never uses this constant can leave it out.
  return { callee: "/* @__PURE__ */ new RegExp", args: [stringLiteral(pattern), stringLiteral(regExpFlags(pattern) ?? "u")] };
}

/**
 * Text for a JSDoc comment. `*\/` would end the comment early, `/*` confuses writers that track
 * comment nesting, and `@` at the start of a line would start a tag; all are neutralised. Lines are kept.
 */
export function docText(text: string): string {
  return text
    .replaceAll("*/", "*\\/")
    .replaceAll("/*", "/\\*")
    .replaceAll("\r\n", "\n")
    .replaceAll("\u2028", "\n")
    .replaceAll("\u2029", "\n")
    .split("\n")
    .map((line) => line.replace(/^(\s*)@/, "$1\\@").trimEnd())
    .join("\n")
    .trim();
}

/** A value shown inside JSDoc (examples, defaults), as compact JSON. */
export function docValue(value: unknown): string {
  return docText(JSON.stringify(value) ?? "undefined");
}

/** A `//` comment line; line breaks in `text` cannot end it early. */
export function lineComment(text: string): string {
  return `// ${text.replace(/[\r\n\u2028\u2029]+/g, " ")}`;
}
