// Formats generated TypeScript with prettier, with settings fixed here (never read from disk), so the
// output is the same on every machine. Prettier formats top-level statements independently of each
// other, so a statement the printer already wrote in prettier's layout is kept as it is and only the
// others pass through prettier, in runs of consecutive statements. Tests hold the result to being
// exactly what prettier makes of the whole file.
import { prettierWorker } from "./prettier-worker.ts";
import type { PrintedStatement } from "./print.ts";

const settings = {
  // babel-ts formats TypeScript exactly as the typescript parser does here, in about 60% of the time.
  parser: "babel-ts",
  printWidth: 100,
  tabWidth: 2,
  useTabs: false,
  semi: true,
  singleQuote: false,
  quoteProps: "as-needed",
  trailingComma: "all",
  bracketSpacing: true,
  arrowParens: "always",
  endOfLine: "lf",
} as const;

/** Prettier on its worker thread (started on first need: a small spec may never need it). */
export function formatTypeScript(text: string): Promise<string> {
  return prettierWorker(settings).format(text);
}

/** How one top-level statement (or a run of them) gets to its final form. */
type Unit =
  /** Already in prettier's layout (or laid out here as prettier would): kept as it is. */
  | { readonly blankLineBefore: boolean; readonly kept: string }
  /**
   * A function whose body is in layout but whose signature is not: prettier lays out the signature
   * alone (with its doc comment when that needs prettier too), and the body is put back after it.
   */
  | { readonly blankLineBefore: boolean; readonly docs: string; readonly head: string; readonly body: string }
  /** Consecutive statements prettier formats whole. */
  | { readonly blankLineBefore: boolean; readonly run: PrintedStatement[] };

// Stands in for a function body while prettier lays out the signature; prettier keeps both as written.
const bodyStandIn = "__generatedBody__;";
const unitSeparator = "// __generatedUnit__";

/**
 * The file prettier would make of these statements: statements in layout are kept, the rest go
 * through prettier in one call per file (units separated by a marker comment, split apart after).
 */
export async function formatStatements(statements: readonly PrintedStatement[]): Promise<string> {
  const units: Unit[] = [];
  for (const statement of statements) {
    const blankLineBefore = statement.blankLineBefore;
    if (inPrettierLayout(statement.text)) {
      units.push({ blankLineBefore, kept: statement.text });
      continue;
    }
    const split = splitFunction(statement.text);
    if (split && inPrettierLayout(split.body)) {
      const docsInLayout = inPrettierLayout(split.docs);
      const signature = docsInLayout ? signatureLayout(split.head) : undefined;
      if (signature !== undefined) units.push({ blankLineBefore, kept: joinLines(split.docs, signature, split.body) });
      else if (docsInLayout) units.push({ blankLineBefore, ...split });
      else units.push({ blankLineBefore, docs: "", head: joinLines(split.docs, split.head), body: split.body });
      continue;
    }
    const last = units.at(-1);
    if (last && "run" in last) last.run.push(statement);
    else units.push({ blankLineBefore, run: [statement] });
  }
  const pending = units.filter((unit) => !("kept" in unit));
  const stub = `\n  ${bodyStandIn}\n}`;
  const inputs = pending.map((unit) => ("head" in unit ? unit.head + stub : "run" in unit ? joinStatements(unit.run) : ""));
  const outputs = await formatUnits(inputs);
  const formatted = new Map<Unit, string>();
  pending.forEach((unit, index) => {
    const output = outputs[index] as string;
    if (!("head" in unit)) {
      formatted.set(unit, output);
      return;
    }
    if (!output.endsWith(stub)) throw new Error(`prettier changed the body stand-in of:\n${unit.head}`);
    formatted.set(unit, joinLines(unit.docs, output.slice(0, -stub.length), unit.body));
  });
  const texts = units.map((unit) => ("kept" in unit ? unit.kept : (formatted.get(unit) as string)));
  return units.map((unit, index) => (index > 0 && unit.blankLineBefore ? "\n" : "") + texts[index]).join("\n") + "\n";
}

function joinLines(...parts: string[]): string {
  return parts.filter((part) => part !== "").join("\n");
}

function joinStatements(statements: readonly PrintedStatement[]): string {
  return statements.map((statement, index) => (index > 0 && statement.blankLineBefore ? "\n" : "") + statement.text).join("\n");
}

/** Formats each input as its own stretch of one file, in one prettier call. */
async function formatUnits(inputs: readonly string[]): Promise<string[]> {
  if (inputs.length === 0) return [];
  if (inputs.some((input) => input.includes(unitSeparator))) return Promise.all(inputs.map(async (input) => (await formatTypeScript(input)).trimEnd()));
  const output = await formatTypeScript(inputs.join(`\n${unitSeparator}\n`));
  const parts = output.trimEnd().split(`\n${unitSeparator}\n`);
  if (parts.length !== inputs.length) throw new Error(`prettier merged or split formatting units (${inputs.length} in, ${parts.length} out)`);
  return parts;
}

/**
 * A printed function declaration cut into its doc comment, its signature (the printer writes a
 * signature, and each overload, on one line) and its body, or undefined when the text is not one.
 */
function splitFunction(text: string): { docs: string; head: string; body: string } | undefined {
  const lines = text.split("\n");
  const open = lines.findIndex((line) => !commentLine.test(line) && line.endsWith(" {"));
  if (open < 0 || lines.at(-1) !== "}" || open === lines.length - 2) return undefined;
  const firstCode = lines.findIndex((line) => !commentLine.test(line));
  if (!/^(?:export )?(?:async )?function /.test(lines[firstCode] ?? "")) return undefined;
  // The doc comment ends where the first code line starts; top-level comments are never reindented.
  return { docs: lines.slice(0, firstCode).join("\n"), head: lines.slice(firstCode, open + 1).join("\n"), body: lines.slice(open + 1).join("\n") };
}

/**
 * The layout prettier gives a signature of plain parameters that does not fit: one parameter per
 * line, each with a trailing comma, the return type after the closing parenthesis. Undefined for
 * anything prettier might lay out some other way (overloads, type parameters, object or function
 * types, lines that would still be too long), which then goes through prettier.
 */
function signatureLayout(head: string): string | undefined {
  if (head.includes("\n")) return undefined;
  if (head.length <= printWidth) return head;
  const match = /^((?:export )?(?:async )?function [A-Za-z_$][\w$]*)\((.*)\)(: [^(){}]*)? \{$/.exec(head);
  if (!match) return undefined;
  const [, start = "", parameterList = "", returnType = ""] = match;
  const parameters = splitTopLevel(parameterList);
  if (!parameters || parameters.some((parameter) => /[(){}]|=>/.test(parameter.replace(/ = \{\}$/, "")))) return undefined;
  const lines = [`${start}(`, ...parameters.map((parameter) => `  ${parameter},`), `)${returnType} {`];
  return lines.every((line) => line.length <= printWidth) ? lines.join("\n") : undefined;
}

/** `a: A, b: B<C, D>` -> [`a: A`, `b: B<C, D>`]; undefined when brackets do not balance or a string appears. */
function splitTopLevel(list: string): string[] | undefined {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < list.length; index++) {
    const character = list[index];
    if (character === '"' || character === "'" || character === "`") return undefined;
    if (character === "<" || character === "[") depth++;
    else if (character === ">" || character === "]") depth--;
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

const printWidth = settings.printWidth;
// A string literal alone on its line (an argument or element that cannot be broken): prettier leaves it long.
const loneString = /^\s*(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'),?$/;
const commentLine = /^\s*(?:\/\/|\/\*|\*)/;

/**
 * Whether prettier would leave a printed statement exactly as it is. Conservative: any doubt sends
 * the statement to prettier, which is always right, only slower.
 */
export function inPrettierLayout(text: string): boolean {
  // Prettier picks the quote that needs fewer escapes and writes exponents without a plus sign.
  if (text.includes('\\"') || /\de\+/.test(text)) return false;
  const lines = text.split("\n");
  let previousIndent = 0;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as string;
    const inComment = commentLine.test(line);
    if (line.length > printWidth && !inComment && !loneString.test(line)) return false;
    if (!/^\s*\*/.test(line) && line !== "") {
      // Prettier indents by one step at a time; the printer indents continued type text by two.
      const indent = line.length - line.trimStart().length;
      if (indent > previousIndent + settings.tabWidth) return false;
      previousIndent = indent;
    }
    if (line !== line.trimEnd()) return false;
    // An empty block: prettier writes `{}` on one line.
    if (line.endsWith("{") && /^\s*\}/.test(lines[index + 1] ?? "")) return false;
    if (line === "" && (lines[index - 1] === "" || /\{$/.test(lines[index - 1] ?? "") || /^\s*\}/.test(lines[index + 1] ?? ""))) return false;
  }
  return true;
}
