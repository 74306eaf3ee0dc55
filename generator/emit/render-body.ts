// Runs a body writer at once, so anything it registers (hoisted constants, helper functions) is
// known before the file that holds it is assembled.
import { CodeBlockWriter } from "ts-morph";

const enclosingLevels = new WeakMap<CodeBlockWriter, number>();

/**
 * `enclosing` is how many indentation levels the printer will add around the text (1 for the body
 * of a top-level function), so layout decisions can count the columns the text will really take.
 */
export function renderBody(write: (writer: CodeBlockWriter) => void, enclosing = 0): string {
  const writer = new CodeBlockWriter({ indentNumberOfSpaces: 2, useTabs: false, newLine: "\n", useSingleQuote: false });
  enclosingLevels.set(writer, enclosing);
  write(writer);
  return writer.toString();
}

/** The indentation level the writer's current line will have in the printed file. */
export function printedIndentationLevel(writer: CodeBlockWriter): number {
  return writer.getIndentationLevel() + (enclosingLevels.get(writer) ?? 0);
}
