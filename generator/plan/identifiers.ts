// What TypeScript accepts as a name. The compiler's own scanner decides, reserved words included.
import { ts } from "ts-morph";

const scanner = ts.createScanner(ts.ScriptTarget.ESNext, true);

/** The token the TypeScript scanner reads for `name`, if `name` is exactly one token. */
function singleToken(name: string): ts.SyntaxKind | undefined {
  scanner.setText(name);
  const token = scanner.scan();
  return scanner.getTokenEnd() === name.length ? token : undefined;
}

function isIdentifierText(name: string): boolean {
  const token = singleToken(name);
  return token !== undefined && (token === ts.SyntaxKind.Identifier || token >= ts.SyntaxKind.FirstKeyword && token <= ts.SyntaxKind.LastKeyword);
}

/** A name usable for a variable, function or type: an identifier and not a reserved word. */
export function isBindingIdentifier(name: string): boolean {
  if (!isIdentifierText(name)) return false;
  const token = singleToken(name) as ts.SyntaxKind;
  return token === ts.SyntaxKind.Identifier || !isReservedWord(token);
}

/** A name usable after a dot or as an unquoted property key (reserved words are fine there). */
export function isPropertyIdentifier(name: string): boolean {
  return isIdentifierText(name);
}

function isReservedWord(token: ts.SyntaxKind): boolean {
  // Strict-mode reserved words and the type names that cannot name a type alias.
  return (
    (token >= ts.SyntaxKind.FirstReservedWord && token <= ts.SyntaxKind.LastReservedWord) ||
    (token >= ts.SyntaxKind.FirstFutureReservedWord && token <= ts.SyntaxKind.LastFutureReservedWord) ||
    [
      ts.SyntaxKind.AnyKeyword,
      ts.SyntaxKind.BooleanKeyword,
      ts.SyntaxKind.NeverKeyword,
      ts.SyntaxKind.NumberKeyword,
      ts.SyntaxKind.ObjectKeyword,
      ts.SyntaxKind.StringKeyword,
      ts.SyntaxKind.SymbolKeyword,
      ts.SyntaxKind.UndefinedKeyword,
      ts.SyntaxKind.UnknownKeyword,
      ts.SyntaxKind.BigIntKeyword,
      ts.SyntaxKind.AwaitKeyword,
      ts.SyntaxKind.YieldKeyword,
      ts.SyntaxKind.LetKeyword,
      ts.SyntaxKind.StaticKeyword,
    ].includes(token)
  );
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
