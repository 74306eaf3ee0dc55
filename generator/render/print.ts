// Prints module structures to TypeScript text with ts-morph, in one in-memory project.
import { IndentationText, NewLineKind, Project, QuoteKind } from "ts-morph";
import type { ModuleFile } from "../emit/api-module.ts";

export function printModules(files: readonly ModuleFile[], banner: string): Map<string, string> {
  const project = new Project({
    useInMemoryFileSystem: true,
    skipAddingFilesFromTsConfig: true,
    manipulationSettings: {
      indentationText: IndentationText.TwoSpaces,
      newLineKind: NewLineKind.LineFeed,
      quoteKind: QuoteKind.Double,
      useTrailingCommas: true,
    },
  });
  const printed = new Map<string, string>();
  for (const file of files) {
    const sourceFile = project.createSourceFile(`/src/${file.path}`, { statements: [banner, ...file.statements] });
    printed.set(file.path, sourceFile.getFullText());
  }
  return printed;
}
