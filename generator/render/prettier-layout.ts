// What prettier would make of printed code, decided without running prettier: whether a statement is
// already in its layout, and the layout it gives a plain function signature. Conservative by design:
// any doubt answers "ask prettier", which is always right, only slower.

export const printWidth = 100;
const tabWidth = 2;
const indentUnit = " ".repeat(tabWidth);
// A string literal alone on its line (an argument or element that cannot be broken): prettier leaves it long.
const loneString = /^\s*(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'),?$/;
// A quoted key whose value prettier moved to the next line.
const loneKey = /^\s*(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'):$/;
// A string beside an object key shorter than prettier's tab width plus 3: prettier never moves it to the next line.
const shortKeyString = /^\s*[A-Za-z_$][\w$]{0,3}: (?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'),$/;
export const commentLine = /^\s*(?:\/\/|\/\*|\*)/;
// An interface's first line with at most one base: prettier never breaks it, however long.
const interfaceHead = /^(?:export )?interface [A-Za-z_$][\w$]*(?: extends [A-Za-z_$][\w$.]*)? \{$/;
// Where prettier's layout indents by two steps at once: the members of an object that is, or is in,
// a union member (aligned after `| {` or `| (`) and of an object after the second part of an
// intersection (`} & Base & {`).
const doubleIndentAfter = /^\s*(?:\| [({]|\} & )/;

/** Whether prettier would leave a printed statement exactly as it is. */
export function inPrettierLayout(text: string): boolean {
  // Prettier picks the quote that needs fewer escapes and writes exponents without a plus sign (in
  // code; comments are kept as they are).
  const quotesOrExponents = text.includes('\\"') || /\de\+/.test(text);
  const lines = text.split("\n");
  let previousIndent = 0;
  let previousCode = "";
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as string;
    const inComment = commentLine.test(line);
    if (quotesOrExponents && !inComment && (line.includes('\\"') || /\de\+/.test(line))) return false;
    if (line.length > printWidth && !inComment && !loneString.test(line) && !shortKeyString.test(line) && !loneKey.test(line) && !interfaceHead.test(line)) return false;
    if (!/^\s*\*/.test(line) && line !== "") {
      // Prettier indents by one step at a time (two after a few type shapes); the printer's hanging
      // indentation of continued type text moves two steps in right after the declaration's first line.
      const indent = line.length - line.trimStart().length;
      if (indent > previousIndent + (doubleIndentAfter.test(previousCode) ? 2 * tabWidth : tabWidth)) return false;
      previousIndent = indent;
      previousCode = line;
    }
    if (line !== line.trimEnd()) return false;
    // An empty block: prettier writes `{}` on one line.
    if (line.endsWith("{") && /^\s*\}/.test(lines[index + 1] ?? "")) return false;
    if (line === "" && (lines[index - 1] === "" || /\{$/.test(lines[index - 1] ?? "") || /^\s*\}/.test(lines[index + 1] ?? ""))) return false;
  }
  return true;
}

/**
 * The layout prettier gives the signatures of a function (each overload, then the implementation,
 * one per line, with the overloads' doc comments between them): a signature of plain parameters that
 * does not fit gets one parameter per line, each with a trailing comma, the return type after the
 * closing parenthesis; a parameter whose union type does not fit either gets one member per line.
 * Undefined for anything prettier might lay out some other way (type parameters, function types,
 * a lone parameter of an object type, lines that would still be too long), which then goes through prettier.
 */
export function signatureLayout(head: string): string | undefined {
  const lines: string[] = [];
  for (const line of head.split("\n")) {
    const laidOut = commentLine.test(line) ? (line === line.trimEnd() ? line : undefined) : oneSignatureLayout(line);
    if (laidOut === undefined) return undefined;
    lines.push(laidOut);
  }
  return lines.join("\n");
}

function oneSignatureLayout(head: string): string | undefined {
  if (head.length <= printWidth) return head;
  const match = /^((?:export )?(?:async )?function [A-Za-z_$][\w$]*)\((.*)\)(: [^(){}]*)?( \{|;)$/.exec(head);
  if (!match) return undefined;
  const [, start = "", parameterList = "", returnType = "", end = ""] = match;
  const parameters = splitTopLevel(parameterList);
  if (!parameters || parameters.some((parameter) => /[()]|=>/.test(parameter))) return undefined;
  // Prettier hugs a lone parameter of an object type; an object type beside others stays on its line.
  const objectTyped = parameters.filter((parameter) => parameter.replace(/ = \{\}$/, "").includes("{"));
  if (objectTyped.length > 0 && (parameters.length < 2 || objectTyped.some((parameter) => !/^[\w$]+\??: [^{}]*\{ [^{}]* \}$/.test(parameter)))) return undefined;
  const lines = [`${start}(`, ...parameters.flatMap((parameter) => parameterLines(parameter)), ...returnTypeLines(returnType, end)];
  return lines.every((line) => line.length <= printWidth) ? lines.join("\n") : undefined;
}

/**
 * `): ReturnType {` after parameters on lines of their own; a `Promise` of a union that does not fit
 * has its type argument broken as prettier breaks it: on a line of its own, or one member per line.
 */
function returnTypeLines(returnType: string, end: string): string[] {
  const line = `)${returnType}${end}`;
  const promised = /^: Promise<([\w$]+(?: \| [\w$]+)+)>$/.exec(returnType)?.[1];
  if (line.length <= printWidth || promised === undefined) return [line];
  return ["): Promise<", ...typeArgumentLines(promised.split(" | "), indentUnit.length).map((member) => `${indentUnit}${member}`), `>${end}`];
}

/**
 * A union of names as the type argument prettier has moved to lines of its own, indented `indent`
 * columns: the whole union on one line when it fits there, else one member per line after a `|`.
 */
export function typeArgumentLines(members: readonly string[], indent: number): string[] {
  const union = members.join(" | ");
  return indent + union.length <= printWidth ? [union] : members.map((member) => `| ${member}`);
}

/** A parameter on its line, or its union type one member per line when the line does not fit. */
function parameterLines(parameter: string): string[] {
  const line = `${indentUnit}${parameter},`;
  const union = /^([\w$]+\??):( [\w$]+(?: \| [\w$]+)+)$/.exec(parameter);
  if (line.length <= printWidth || !union) return [line];
  const [, name = "", type = ""] = union;
  // On the next line prettier would keep the union whole when it fits there; only the other case is known here.
  if (2 * indentUnit.length + type.trim().length + 1 <= printWidth) return [line];
  const members = type.trim().split(" | ");
  return [`${indentUnit}${name}:`, ...members.map((member, index) => `${indentUnit}${indentUnit}| ${member}${index === members.length - 1 ? "," : ""}`)];
}

/**
 * `a: A, b: B<C, D>, c: { readonly d: "e" }` -> [`a: A`, `b: B<C, D>`, `c: { readonly d: "e" }`];
 * undefined when brackets do not balance or a string does not end.
 */
function splitTopLevel(list: string): string[] | undefined {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < list.length; index++) {
    const character = list[index];
    if (character === '"' || character === "'" || character === "`") {
      const close = list.indexOf(character, index + 1);
      if (close < 0 || list.slice(index + 1, close).includes("\\")) return undefined;
      index = close;
      continue;
    }
    if (character === "<" || character === "[" || character === "{") depth++;
    else if (character === ">" || character === "]" || character === "}") depth--;
    else if (character === "," && depth === 0) {
      parts.push(list.slice(start, index).trim());
      start = index + 1;
    }
    if (depth < 0) return undefined;
  }
  if (depth !== 0) return undefined;
  parts.push(list.slice(start).trim());
  return parts.every((part) => part !== "") ? parts : undefined;
}
