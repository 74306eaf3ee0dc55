// Compiles the package's TypeScript sources to JavaScript and declaration files one file at a time:
// the generated code and the runtime are written to satisfy `isolatedDeclarations`, so no type
// checker (and no whole-program build) is needed. esbuild strips the types (it is many times faster
// than TypeScript's transpiler on large outputs); TypeScript writes the declarations.
import { transformSync } from "esbuild";
import { ts } from "ts-morph";

const declarationOptions: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  verbatimModuleSyntax: true,
  newLine: ts.NewLineKind.LineFeed,
  declaration: true,
  isolatedDeclarations: true,
};

export interface CompiledFile {
  readonly javascript: string;
  readonly declaration: string;
}

export function compileFile(path: string, source: string): CompiledFile {
  const javascript = transformSync(source, { loader: "ts", format: "esm", target: "es2022", sourcefile: path, legalComments: "none", charset: "utf8" });
  const declaration = ts.transpileDeclaration(source, { compilerOptions: declarationOptions, fileName: path, reportDiagnostics: true });
  const problems = declaration.diagnostics ?? [];
  if (problems.length > 0) {
    const messages = problems.map((problem) => ts.flattenDiagnosticMessageText(problem.messageText, "\n"));
    throw new Error(`cannot compile ${path}: ${messages.join("; ")}`);
  }
  return { javascript: javascript.code, declaration: declaration.outputText };
}
