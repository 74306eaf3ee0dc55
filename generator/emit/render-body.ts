// Runs a body writer at once, so anything it registers (hoisted constants, helper functions) is
// known before the file that holds it is assembled.
import { CodeBlockWriter } from "ts-morph";

export function renderBody(write: (writer: CodeBlockWriter) => void): string {
  const writer = new CodeBlockWriter({ indentNumberOfSpaces: 2, useTabs: false, newLine: "\n", useSingleQuote: false });
  write(writer);
  return writer.toString();
}
