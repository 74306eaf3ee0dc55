// What TypeScript accepts as a name. ASCII names (nearly every name a spec has) are decided here, by
// the rules of TypeScript's scanner (a test holds the two to the same answers); any other name is put
// to the scanner itself, which is loaded only then: loading TypeScript costs a third of a second and
// about 80 MiB, more than generating a small spec takes.
import { createRequire } from "node:module";
import type { ts as TypeScript } from "ts-morph";

const asciiName = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Keywords that cannot name a variable, function or type: strict-mode reserved words, and the type
 * names that cannot name a type alias.
 */
export const reservedWords: ReadonlySet<string> = new Set([
  ...["break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else", "enum", "export", "extends"],
  ...["false", "finally", "for", "function", "if", "import", "in", "instanceof", "new", "null", "return", "super", "switch", "this"],
  ...["throw", "true", "try", "typeof", "var", "void", "while", "with"],
  ...["implements", "interface", "let", "package", "private", "protected", "public", "static", "yield", "await"],
  ...["any", "bigint", "boolean", "never", "number", "object", "string", "symbol", "undefined", "unknown"],
]);

let typescript: typeof TypeScript | undefined;
let scanner: TypeScript.Scanner | undefined;

/** Whether TypeScript's scanner reads `name` as exactly one identifier or keyword. */
function scansAsIdentifier(name: string): boolean {
  typescript ??= (createRequire(import.meta.url)("ts-morph") as { ts: typeof TypeScript }).ts;
  // Trivia is not skipped: a name with a leading space or comment is not an identifier.
  scanner ??= typescript.createScanner(typescript.ScriptTarget.ESNext, false);
  const kinds = typescript.SyntaxKind;
  scanner.setText(name);
  const token = scanner.scan();
  return scanner.getTokenEnd() === name.length && (token === kinds.Identifier || (token >= kinds.FirstKeyword && token <= kinds.LastKeyword));
}

function isIdentifierText(name: string): boolean {
  if (asciiName.test(name)) return true;
  // Names with a backslash would be unicode escapes: legal, but never worth writing unquoted.
  return /[^\x00-\x7f]/.test(name) && !name.includes("\\") && scansAsIdentifier(name);
}

/** A name usable for a variable, function or type: an identifier and not a reserved word. */
export function isBindingIdentifier(name: string): boolean {
  return isIdentifierText(name) && !reservedWords.has(name);
}

/** A name usable after a dot or as an unquoted property key (reserved words are fine there). */
export function isPropertyIdentifier(name: string): boolean {
  return isIdentifierText(name);
}

/** Splits a spec name into words: `GROUP-ID` -> [GROUP, ID], `restoreJobId` -> [restore, Job, Id]. */
function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word !== "");
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A word written all in capitals is an acronym or a shouted name; either way it reads better as `Id`. */
function normalizeWord(word: string): string {
  return /^[A-Z0-9]+$/.test(word) && word.length > 1 ? capitalize(word.toLowerCase()) : word;
}

export function toPascalCase(name: string): string {
  const joined = words(name).map((word) => capitalize(normalizeWord(word))).join("");
  return /^[0-9]/.test(joined) || joined === "" ? `_${joined}` : joined;
}

export function toCamelCase(name: string): string {
  const pascal = toPascalCase(name);
  if (pascal.startsWith("_")) return pascal;
  return pascal.charAt(0).toLowerCase() + pascal.slice(1);
}

/** Keeps a name that is already a usable identifier; otherwise converts it. */
export function typeIdentifier(name: string): string {
  return isBindingIdentifier(name) && /^[A-Za-z_$]/.test(name) ? capitalize(name) : toPascalCase(name);
}

export function valueIdentifier(name: string): string {
  if (isBindingIdentifier(name)) return name;
  const camel = toCamelCase(name);
  return isBindingIdentifier(camel) ? camel : `${camel}_`;
}
