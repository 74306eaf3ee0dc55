// Compiles the package's TypeScript sources to JavaScript and declaration files one file at a time:
// the generated code and the runtime are written to satisfy `isolatedDeclarations`, so no type
// checker (and no whole-program build) is needed.
import { ts } from "ts-morph";

const javascriptOptions: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  verbatimModuleSyntax: true,
  removeComments: false,
  newLine: ts.NewLineKind.LineFeed,
};
const declarationOptions: ts.CompilerOptions = { ...javascriptOptions, declaration: true, isolatedDeclarations: true };

export interface CompiledFile {
  readonly javascript: string;
  readonly declaration: string;
}

export function compileFile(path: string, source: string): CompiledFile {
  const javascript = ts.transpileModule(source, { compilerOptions: javascriptOptions, fileName: path, reportDiagnostics: true });
  const declaration = ts.transpileDeclaration(source, { compilerOptions: declarationOptions, fileName: path, reportDiagnostics: true });
  const problems = [...(javascript.diagnostics ?? []), ...(declaration.diagnostics ?? [])];
  if (problems.length > 0) {
    const messages = problems.map((problem) => ts.flattenDiagnosticMessageText(problem.messageText, "\n"));
    throw new Error(`cannot compile ${path}: ${messages.join("; ")}`);
  }
  return { javascript: javascript.outputText, declaration: declaration.outputText };
}
