// Formats generated TypeScript with prettier, with settings fixed here (never read from disk), so the
// output is the same on every machine. Prettier formats top-level statements independently of each
// other, so a statement the printer already wrote in prettier's layout is kept as it is (see
// prettier-layout.ts), a function whose body is in layout has only its signature laid out, and the
// rest passes through prettier. Tests hold the result to being exactly what prettier makes of it.
import { commentLine, inPrettierLayout, printWidth, signatureLayout } from "./prettier-layout.ts";
import { formatPool } from "./format-pool.ts";
import type { Placement, PrintedStatement } from "./print.ts";

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
 * The file prettier would make of these statements, in consecutive parts (joined, the file): statements
 * in layout are kept, the rest go through prettier in chunks (units separated by a marker comment,
 * split apart after). Each part is ready as soon as its own statements are, so the next stage can
 * start on it while prettier works on the others.
 */
export function formatStatements(statements: readonly PrintedStatement[], placement: Placement = {}): Promise<string>[] {
  const continues = placement.continues ?? false;
  const ends = placement.ends ?? true;
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
  const outputs = formatUnits(inputs);
  const formatted = new Map<Unit, Promise<string>>();
  pending.forEach((unit, index) => {
    const output = outputs[index] as Promise<string>;
    if (!("head" in unit)) {
      formatted.set(unit, output);
      return;
    }
    formatted.set(
      unit,
      output.then((text) => {
        if (!text.endsWith(stub)) throw new Error(`prettier changed the body stand-in of:\n${unit.head}`);
        return joinLines(unit.docs, text.slice(0, -stub.length), unit.body);
      }),
    );
  });
  // Each unit with the line breaks before it; the last part ends the file with a line break.
  const texts = units.map((unit, index) => {
    const separator = index === 0 && !continues ? "" : unit.blankLineBefore ? "\n\n" : "\n";
    return "kept" in unit ? separator + unit.kept : (formatted.get(unit) as Promise<string>).then((text) => separator + text);
  });
  const parts: Promise<string>[] = [];
  let start = 0;
  let size = 0;
  units.forEach((unit, index) => {
    size += "kept" in unit ? unit.kept.length : "run" in unit ? unit.run.reduce((sum, statement) => sum + statement.text.length, 0) : unit.head.length + unit.body.length;
    if (size < partSize && index < units.length - 1) return;
    const last = ends && index === units.length - 1;
    parts.push(Promise.all(texts.slice(start, index + 1)).then((pieces) => pieces.join("") + (last ? "\n" : "")));
    start = index + 1;
    size = 0;
  });
  return parts.length > 0 ? parts : [Promise.resolve(ends ? "\n" : "")];
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
// A file comes back in parts of about this much printed code, each compiled as soon as it is ready.
const partSize = 256 * 1024;

/** Formats each input as its own stretch of one file: prettier calls on chunks of several inputs. */
function formatUnits(inputs: readonly string[]): Promise<string>[] {
  if (inputs.length === 0) return [];
  const pool = formatPool(settings);
  const total = inputs.reduce((sum, input) => sum + input.length, 0);
  const parallel = total >= parallelThreshold;
  if (inputs.some((input) => input.includes(unitSeparator))) {
    return inputs.map(async (input) => (await pool.format(input, parallel)).trimEnd());
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
  return chunks.flatMap((chunk) => {
    const parts = pool.format(chunk.join(`\n${unitSeparator}\n`), parallel).then((output) => {
      const split = output.trimEnd().split(`\n${unitSeparator}\n`);
      if (split.length !== chunk.length) throw new Error(`prettier merged or split formatting units (${chunk.length} in, ${split.length} out)`);
      return split;
    });
    return chunk.map((_, index) => parts.then((split) => split[index] as string));
  });
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
