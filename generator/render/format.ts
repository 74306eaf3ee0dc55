// Formats generated TypeScript with prettier, with settings fixed here (never read from disk), so the
// output is the same on every machine. Prettier formats top-level statements independently of each
// other, so a statement the printer already wrote in prettier's layout is kept as it is (see
// prettier-layout.ts), a function whose body is in layout has only its signature laid out, and the
// rest passes through prettier. Tests hold the result to being exactly what prettier makes of it.
import { commentLine, inPrettierLayout, printWidth, signatureLayout } from "./prettier-layout.ts";
import { formatPool } from "./format-pool.ts";
import type { PrintedStatement } from "./print.ts";

const settings = {
  // babel-ts formats TypeScript exactly as the typescript parser does here, in about 60% of the time.
  parser: "babel-ts",
  printWidth,
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

/** Formats queued work on this thread too, until none is left: call when it would otherwise wait. */
export function helpFormat(): Promise<void> {
  return formatPool(settings).help();
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
 * through prettier in chunks (units separated by a marker comment, split apart after).
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

// Prettier's memory grows with its input: a file's work goes in chunks of about this size, which
// also lets both threads share one big file.
const chunkSize = 128 * 1024;
// Below this much work in a file, a worker thread costs more than it saves.
const parallelThreshold = 256 * 1024;

/** Formats each input as its own stretch of one file: prettier calls on chunks of several inputs. */
async function formatUnits(inputs: readonly string[]): Promise<string[]> {
  if (inputs.length === 0) return [];
  const pool = formatPool(settings);
  const total = inputs.reduce((sum, input) => sum + input.length, 0);
  const parallel = total >= parallelThreshold;
  if (inputs.some((input) => input.includes(unitSeparator))) {
    return Promise.all(inputs.map(async (input) => (await pool.format(input, parallel)).trimEnd()));
  }
  const chunks: string[][] = [[]];
  let size = 0;
  for (const input of inputs) {
    if (size > 0 && size + input.length > chunkSize) {
      chunks.push([]);
      size = 0;
    }
    chunks.at(-1)?.push(input);
    size += input.length;
  }
  const formatted = await Promise.all(
    chunks.map(async (chunk) => {
      const parts = (await pool.format(chunk.join(`\n${unitSeparator}\n`), parallel)).trimEnd().split(`\n${unitSeparator}\n`);
      if (parts.length !== chunk.length) throw new Error(`prettier merged or split formatting units (${chunk.length} in, ${parts.length} out)`);
      return parts;
    }),
  );
  return formatted.flat();
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
