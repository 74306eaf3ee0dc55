// The writer that function bodies and type expressions are written with: lines, indentation and
// braces, nothing else. It keeps the conventions of ts-morph's CodeBlockWriter that the emitters rely
// on (`writeLine` starts a fresh line, `block` ends its line, blank lines are never indented), but
// appends chunks instead of scanning every character for strings and comments; generated code never
// breaks a line inside a string, so indenting every line is always right.

import type { CodeBlockWriter } from "ts-morph";

/** One level of indentation, as prettier writes it (tab width 2, spaces). */
export const indentUnit = "  ";
const indentations: string[] = [""];

function indentation(level: number): string {
  while (indentations.length <= level) indentations.push(indentUnit.repeat(indentations.length));
  return indentations[level] as string;
}

export class CodeWriter {
  readonly #chunks: string[] = [];
  #last = "";
  #level = 0;
  #newLineOnNextWrite = false;
  readonly #enclosingLevels: number;

  /**
   * `enclosingLevels`: how many indentation levels the printer will add around the text (1 for the
   * body of a top-level function), so layout decisions can count the columns the text will take.
   */
  constructor(enclosingLevels = 0) {
    this.#enclosingLevels = enclosingLevels;
  }

  /** The indentation level the current line will have in the printed file. */
  printedIndentationLevel(): number {
    return this.#level + this.#enclosingLevels;
  }

  write(text: string): this {
    this.#flushNewLine();
    let start = 0;
    for (;;) {
      const end = text.indexOf("\n", start);
      const segment = end < 0 ? (start === 0 ? text : text.slice(start)) : text.slice(start, end);
      if (segment !== "") {
        if (this.#last === "" || this.#last === "\n") this.#append(indentation(this.#level));
        this.#append(segment);
      }
      if (end < 0) return this;
      this.#append("\n");
      start = end + 1;
    }
  }

  /** `text` on a line of its own. */
  writeLine(text: string): this {
    this.#flushNewLine();
    if (this.#last !== "") this.newLineIfLastNot();
    this.write(text);
    return this.newLine();
  }

  newLine(): this {
    this.#newLineOnNextWrite = false;
    this.#append("\n");
    return this;
  }

  newLineIfLastNot(): this {
    this.#flushNewLine();
    if (this.#last !== "\n") this.newLine();
    return this;
  }

  /** Lines written by `body` get one more level of indentation. */
  indent(body: () => void): this {
    this.#indented(body);
    if (this.#last !== "\n") this.#newLineOnNextWrite = true;
    return this;
  }

  /** ` {`, the indented body, `}`; whatever comes next starts on a new line. */
  block(body: () => void): this {
    this.#flushNewLine();
    if (this.#last !== "" && this.#last !== "\n" && this.#last !== " ") this.write(" ");
    this.inlineBlock(body);
    this.#newLineOnNextWrite = true;
    return this;
  }

  /** `{`, the indented body, `}`, and the line goes on after the brace. */
  inlineBlock(body: () => void): this {
    this.#flushNewLine();
    this.write("{");
    this.#indented(body);
    return this.newLineIfLastNot().write("}");
  }

  toString(): string {
    return this.#chunks.join("");
  }

  #indented(body: () => void): void {
    if (this.#last !== "") this.newLineIfLastNot();
    this.#level++;
    body();
    this.#level--;
  }

  #flushNewLine(): void {
    if (this.#newLineOnNextWrite) this.newLine();
  }

  #append(text: string): void {
    if (text === "") return;
    this.#chunks.push(text);
    this.#last = text.charAt(text.length - 1);
  }
}

/** The text `write` produces, for code that is then placed by the printer. */
export function render(write: (writer: CodeWriter) => void, enclosingLevels = 0): string {
  const writer = new CodeWriter(enclosingLevels);
  write(writer);
  return writer.toString();
}

/**
 * The leading trivia of a statement that a blank line separates from the one before. The printer
 * knows it by identity; ts-morph's own printer (a test oracle) runs it.
 */
export const blankLine = (writer: CodeBlockWriter): void => void writer.blankLineIfLastNot();
