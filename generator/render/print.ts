// Prints module structures to TypeScript text with ts-morph's structure printer: no Project, no
// parsing of the printed text back into a syntax tree.
import { StructureKind, printStructure } from "ts-morph";
import type { ModuleFile } from "../emit/api-module.ts";

export function printModules(files: readonly ModuleFile[], banner: string): Map<string, string> {
  const printed = new Map<string, string>();
  for (const file of files) {
    const text = printStructure(
      { kind: StructureKind.SourceFile, statements: [banner, ...file.statements] },
      { indentNumberOfSpaces: 2, newLine: "\n", useSingleQuote: false },
    );
    printed.set(file.path, text);
  }
  return printed;
}
