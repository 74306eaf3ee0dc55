// Prints module structures to TypeScript text with ts-morph's structure printer: no Project, no
// parsing of the printed text back into a syntax tree. Each file comes back cut into its top-level
// statements, so the formatter can leave alone the statements that are already in its layout.
import { StructureKind, printStructure, type CodeBlockWriter, type StatementStructures } from "ts-morph";
import type { ModuleFile } from "../emit/api-module.ts";

/** One top-level statement as printed, with the line breaks that separate it from the one before. */
export interface PrintedStatement {
  /** Whether a blank line separates this statement from the previous one. */
  readonly blankLineBefore: boolean;
  readonly text: string;
}

export function printModule(file: ModuleFile, banner: string): PrintedStatement[] {
  return printStatements([banner, ...file.statements]);
}

function printStatements(statements: readonly (string | StatementStructures)[]): PrintedStatement[] {
  // A writer function that writes nothing leaves the printed text as it is (the printer's separators
  // are idempotent), so marks between the statements give their exact boundaries in one print.
  const boundaries: number[] = [];
  const mark = (writer: CodeBlockWriter): void => void boundaries.push(writer.getLength());
  const marked = statements.flatMap((statement) => [mark, statement]);
  const text = printStructure(
    { kind: StructureKind.SourceFile, statements: marked },
    { indentNumberOfSpaces: 2, newLine: "\n", useSingleQuote: false },
  );
  boundaries.push(text.length);
  const result: PrintedStatement[] = [];
  let separator = "";
  for (let index = 0; index + 1 < boundaries.length; index++) {
    const raw = text.slice(boundaries[index], boundaries[index + 1]);
    const body = raw.trim();
    const leading = separator + raw.slice(0, raw.length - raw.trimStart().length);
    separator = raw.slice(raw.trimEnd().length);
    if (body === "") continue;
    result.push({ blankLineBefore: result.length > 0 && /\n[ \t]*\n/.test(leading), text: body });
  }
  return result;
}
