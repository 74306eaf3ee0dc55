// Compiles the package's TypeScript to JavaScript (esbuild strips the types; it is many times faster
// than TypeScript's transpiler on large outputs). Declarations of generated modules are printed from
// their structures (declarations.ts); the runtime's, which never change between runs, come from
// TypeScript once per runtime version and are kept in .build/ (see runtime.ts).
import { transform } from "esbuild";

/**
 * Each top-level statement is compiled on its own terms (exports stay where they are written, imports
 * as written, less their `type` ones), so a file compiled in parts is the file compiled whole.
 */
export const javascriptOptions = {
  loader: "ts",
  target: "es2022",
  legalComments: "none",
  charset: "utf8",
  tsconfigRaw: { compilerOptions: { verbatimModuleSyntax: true } },
} as const;

// Parts in esbuild's hands at once: enough to keep its process busy beside ours, few enough that it
// does not hold the whole output of a big spec in memory (its memory grows with the queue).
const inFlightLimit = 2;
let inFlight = 0;
const waiting: (() => void)[] = [];

/** Asynchronous: esbuild works in its own process, in parallel with whatever the generator does next. */
export async function compileJavaScript(path: string, source: string): Promise<string> {
  // A finished part hands its place straight to the next waiting one.
  if (inFlight < inFlightLimit) inFlight++;
  else await new Promise<void>((resume) => waiting.push(resume));
  try {
    const result = await transform(source, { ...javascriptOptions, sourcefile: path });
    return result.code;
  } finally {
    const next = waiting.shift();
    if (next) next();
    else inFlight--;
  }
}

/** A declaration file from TypeScript itself: for the hand-written runtime, which has no structures. */
export async function transpileDeclaration(path: string, source: string): Promise<string> {
  const { ts } = await import("ts-morph");
  const declaration = ts.transpileDeclaration(source, {
    compilerOptions: {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      verbatimModuleSyntax: true,
      newLine: ts.NewLineKind.LineFeed,
      declaration: true,
      isolatedDeclarations: true,
    },
    fileName: path,
    reportDiagnostics: true,
  });
  const problems = declaration.diagnostics ?? [];
  if (problems.length > 0) {
    const messages = problems.map((problem) => ts.flattenDiagnosticMessageText(problem.messageText, "\n"));
    throw new Error(`cannot compile ${path}: ${messages.join("; ")}`);
  }
  return declaration.outputText;
}
