// Writes the statement shapes the guards repeat thousands of times (calls, `if` tests) in the layout
// prettier gives them: on one line when it fits in the print width, otherwise broken the way prettier
// breaks them. Formatting then has nothing to do for most statements (render/format.ts skips those);
// a line that still does not fit is left long and sends its statement through prettier.
import { indentUnit, type CodeWriter } from "./code-writer.ts";
import { printWidth, typeArgumentLines } from "../render/prettier-layout.ts";

const indentWidth = indentUnit.length;

function column(writer: CodeWriter): number {
  return writer.printedIndentationLevel() * indentWidth;
}

function fits(writer: CodeWriter, text: string): boolean {
  return column(writer) + text.length <= printWidth;
}

/** `${prefix}callee(a, b)${suffix}`, or with one argument per line and a trailing comma. */
export function writeCallStatement(writer: CodeWriter, prefix: string, callee: string, args: readonly string[], suffix = ";"): void {
  const line = `${prefix}${callee}(${args.join(", ")})${suffix}`;
  if (fits(writer, line)) {
    writer.writeLine(line);
    return;
  }
  writer.writeLine(`${prefix}${callee}(`);
  writer.indent(() => {
    for (const arg of args) writer.writeLine(`${arg},`);
  });
  writer.writeLine(`)${suffix}`);
}

/**
 * `start` + a union of names + `end` (`return ... as Promise<`, the union, `>;`), or as prettier
 * breaks type arguments that do not fit: the union on a line of its own, one level in, or else one
 * member per line after a `|`. Left on one line for prettier when `start` itself does not fit or
 * there is only one name.
 */
export function writeTypeArgumentLine(writer: CodeWriter, start: string, members: readonly string[], end: string): void {
  const union = members.join(" | ");
  const line = `${start}${union}${end}`;
  // A single name prettier never moves to a line of its own (it breaks the call instead).
  if (fits(writer, line) || !fits(writer, start) || members.length < 2) {
    writer.writeLine(line);
    return;
  }
  writer.writeLine(start);
  writer.indent(() => {
    for (const line of typeArgumentLines(members, column(writer))) writer.writeLine(line);
  });
  writer.writeLine(end);
}

/** `const name = value;`, or with the value on the next line when it does not fit. */
export function writeConst(writer: CodeWriter, name: string, value: string): void {
  const line = `const ${name} = ${value};`;
  if (fits(writer, line)) {
    writer.writeLine(line);
    return;
  }
  writer.writeLine(`const ${name} =`);
  writer.indent(() => writer.writeLine(`${value};`));
}

/**
 * `start(a, { b, c })end` on one line when it fits; otherwise the last argument, an object of
 * shorthand properties, opened on the first line with one property per line (prettier's hug).
 */
export function writeHuggedCall(writer: CodeWriter, start: string, args: readonly string[], properties: readonly string[], end: string): void {
  const head = `${start}${[...args, ""].join(", ")}{`;
  const line = `${head} ${properties.join(", ")} }${end}`;
  if (fits(writer, line) || !fits(writer, head) || !fits(writer, `}${end}`)) {
    writer.writeLine(line);
    return;
  }
  writer.writeLine(head);
  writer.indent(() => properties.forEach((property) => writer.writeLine(`${property},`)));
  writer.writeLine(`}${end}`);
}

/** A call, possibly negated, that breaks its arguments one per line when it does not fit. */
export interface Call {
  readonly negated?: boolean;
  readonly callee: string;
  readonly args: readonly string[];
}

/** An operand of a test: code that cannot break, or a call. */
export type Operand = string | Call;

/** An `if` test: operands joined by one operator (a single operand for a plain test). */
export interface Test {
  readonly operator: "&&" | "||";
  readonly operands: readonly Operand[];
}

export function anyOf(...operands: Operand[]): Test {
  return { operator: "||", operands };
}

export function allOf(operands: readonly Operand[]): Test {
  return { operator: "&&", operands };
}

export function call(callee: string, args: readonly string[], negated = false): Call {
  return { callee, args, negated };
}

/** A string is a test of one operand. */
function asTest(test: Test | string): Test {
  return typeof test === "string" ? { operator: "&&", operands: [test] } : test;
}

function operandText(operand: Operand): string {
  return typeof operand === "string" ? operand : `${operand.negated ? "!" : ""}${operand.callee}(${operand.args.join(", ")})`;
}

function testText(test: Test): string {
  return test.operands.map(operandText).join(` ${test.operator} `);
}

/** An operand on lines of its own, then `suffix`: a call that does not fit with its arguments broken. */
function writeOperand(writer: CodeWriter, operand: Operand, suffix: string): void {
  const text = operandText(operand);
  if (typeof operand === "string" || fits(writer, `${text}${suffix}`)) writer.writeLine(`${text}${suffix}`);
  else writeCallStatement(writer, operand.negated ? "!" : "", operand.callee, operand.args, suffix);
}

/** `if (test) { body }`, the test broken over lines as prettier breaks it when it does not fit. */
export function writeIfBlock(writer: CodeWriter, test: Test | string, body: () => void): void {
  writeIf(writer, asTest(test), body, false);
}

/** `if (test) { then } else { otherwise }`, with `} else {` on one line as prettier writes it. */
export function writeIfElse(writer: CodeWriter, test: Test | string, then: () => void, otherwise: () => void): void {
  writeIf(writer, asTest(test), then, true);
  writer.write(" else").block(otherwise);
}

/** With `elseFollows`, leaves the writer just after the closing brace, so `else` goes on the same line. */
function writeIf(writer: CodeWriter, test: Test, body: () => void, elseFollows: boolean): void {
  const text = testText(test);
  if (fits(writer, `if (${text}) {`)) {
    writer.write(`if (${text})`);
    writeBlock(writer, body, elseFollows);
    return;
  }
  writer.writeLine("if (");
  writer.indent(() => {
    test.operands.forEach((operand, index) => writeOperand(writer, operand, index < test.operands.length - 1 ? ` ${test.operator}` : ""));
  });
  writer.write(")");
  writeBlock(writer, body, elseFollows);
}

/**
 * `if (test) statement`, or as prettier breaks it: the statement on the next line, one level in, and
 * if `if (test)` still does not fit, the test on a line of its own between the parentheses (a call
 * that does not fit there with its arguments broken). A test that cannot break and is too long even
 * for its own line is left on one line for prettier.
 */
export function writeIfStatement(writer: CodeWriter, test: Operand, statement: string): void {
  const text = operandText(test);
  const line = `if (${text}) ${statement}`;
  if (fits(writer, line) || (typeof test === "string" && column(writer) + indentWidth + text.length > printWidth)) {
    writer.writeLine(line);
    return;
  }
  if (fits(writer, `if (${text})`)) {
    writer.writeLine(`if (${text})`);
  } else {
    writer.writeLine("if (");
    writer.indent(() => writeOperand(writer, test, ""));
    writer.writeLine(")");
  }
  writer.indent(() => writer.writeLine(statement));
}

/**
 * `return a && b;`, or as prettier breaks it: the operands in parentheses on a line of their own,
 * then, if they still do not fit, one operand per line.
 */
export function writeReturnedTest(writer: CodeWriter, operator: "&&" | "||", operands: readonly string[]): void {
  const text = operands.join(` ${operator} `);
  if (operands.length < 2 || fits(writer, `return ${text};`)) {
    writer.writeLine(`return ${text};`);
    return;
  }
  writer.writeLine("return (");
  writer.indent(() => {
    if (fits(writer, text)) writer.writeLine(text);
    else operands.forEach((operand, index) => writer.writeLine(index < operands.length - 1 ? `${operand} ${operator}` : operand));
  });
  writer.writeLine(");");
}

function writeBlock(writer: CodeWriter, body: () => void, elseFollows: boolean): void {
  if (elseFollows) writer.write(" ").inlineBlock(body);
  else writer.block(body);
}
