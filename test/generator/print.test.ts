// The printer prints the structures the emitters build. Differential check against ts-morph's own
// structure printer (the oracle): for the spec and every fixture, every statement of every module
// comes out as the same text with the same blank line before it, or, where the printer or the emitter
// laid a statement out itself (imports, initializers, long unions, inline objects), as the same code,
// in exactly prettier's layout wherever the format stage would keep it as it is.
import { join } from "node:path";
import { format } from "prettier";
import { StructureKind, VariableDeclarationKind, printStructure, type CodeBlockWriter, type StatementStructures } from "ts-morph";
import { describe, expect, it } from "vitest";
import { emitApiModule, wholeModule, type ModuleFile } from "../../generator/emit/api-module.ts";
import { rootIndex } from "../../generator/emit/package-files.ts";
import { normalizeApi } from "../../generator/ir/normalize.ts";
import { loadSpecSet } from "../../generator/load/spec-set.ts";
import { moduleNameFor, planApi } from "../../generator/plan/plan.ts";
import { formatStatements } from "../../generator/render/format.ts";
import { inPrettierLayout } from "../../generator/render/prettier-layout.ts";
import { printModule, printStatements, type PrintedStatement } from "../../generator/render/print.ts";
import { fixtureSpecs, repoRoot } from "../support/spec.ts";

/** ts-morph's printer, cut at statement boundaries by writer functions that write nothing. */
function printWithTsMorph(statements: readonly (string | StatementStructures)[]): PrintedStatement[] {
  const boundaries: number[] = [];
  const mark = (writer: CodeBlockWriter): void => void boundaries.push(writer.getLength());
  const text = printStructure(
    { kind: StructureKind.SourceFile, statements: statements.flatMap((statement) => [mark, statement]) },
    { indentNumberOfSpaces: 2, newLine: "\n", useSingleQuote: false },
  );
  boundaries.push(text.length);
  const result: PrintedStatement[] = [];
  let separator = "";
  for (let index = 0; index + 1 < boundaries.length; index++) {
    const raw = text.slice(boundaries[index], boundaries[index + 1]);
    const leading = separator + raw.slice(0, raw.length - raw.trimStart().length);
    separator = raw.slice(raw.trimEnd().length);
    if (raw.trim() === "") continue;
    result.push({ blankLineBefore: result.length > 0 && /\n[ \t]*\n/.test(leading), text: raw.trim() });
  }
  return result;
}

/**
 * ts-morph indents the lines of a variable's initializer after the first one level further; ours
 * writes the initializer as the emitter laid it out (in prettier's layout).
 */
function withoutHangingInitializer(text: string): string {
  const declaration = /^(?:export )?(?:const|let) .* = /m.exec(text);
  if (!declaration) return text;
  const lineEnd = text.indexOf("\n", declaration.index);
  return lineEnd < 0 ? text : text.slice(0, lineEnd) + text.slice(lineEnd).replace(/\n {2}/g, "\n");
}

function modulesOf(spec: string): ModuleFile[] {
  const loaded = loadSpecSet(spec, repoRoot);
  const specSet = loaded.specSet;
  if (!specSet) throw new Error(`${spec} did not load`);
  const apis = specSet.entries.map((entry) => {
    const model = normalizeApi(specSet, entry);
    return { moduleName: moduleNameFor(model.version), model };
  });
  return [...apis.flatMap((api) => [...emitApiModule(api.model, planApi(api.model, api.moduleName))].map(wholeModule)), rootIndex(apis)];
}

const specs = [join(repoRoot, "spec"), ...fixtureSpecs()];
const banner = "// banner";
const settings = { parser: "babel-ts", printWidth: 100, trailingComma: "all" } as const;

describe.each(specs.map((spec) => [spec.slice(repoRoot.length + 1), spec]))("%s", (_name, spec) => {
  it("prints every statement as ts-morph's printer does, or as prettier would lay out what it prints", async () => {
    let identical = 0;
    for (const module of modulesOf(spec)) {
      const ours = printModule(module, banner);
      const oracle = printWithTsMorph([banner, ...module.statements]);
      expect(ours.map((statement) => statement.blankLineBefore), module.path).toEqual(oracle.map((statement) => statement.blankLineBefore));
      expect(ours.length, module.path).toBe(oracle.length);
      for (const [index, statement] of ours.entries()) {
        const expected = withoutHangingInitializer((oracle[index] as PrintedStatement).text);
        if (statement.text === expected) {
          identical++;
          continue;
        }
        // Where the printer or the emitter laid a statement out itself (imports, long unions, inline
        // objects, empty interfaces; types that span lines carry their own hanging indentation), it is
        // the same code as ts-morph's, and exactly prettier's layout whenever the format stage keeps it.
        const formatted = (await format(statement.text, settings)).trimEnd();
        expect((await format(expected, settings)).trimEnd(), module.path).toBe(formatted);
        if (inPrettierLayout(statement.text)) expect(statement.text, module.path).toBe(formatted);
      }
    }
    expect(identical).toBeGreaterThan(0);
  });
});

describe("printStatements", () => {
  it("breaks an import that does not fit into one specifier per line, and keeps one that fits", () => {
    const names = Array.from({ length: 12 }, (_, index) => `TypeNumber${index}`);
    const [long, short] = printStatements([
      { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: "./types.js", namedImports: names },
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: "./runtime.js", namedImports: [{ name: "Check", isTypeOnly: true }, "report"] },
    ]);
    expect(long?.text).toBe(`import type {\n${names.map((name) => `  ${name},\n`).join("")}} from "./types.js";`);
    expect(short?.text).toBe('import { type Check, report } from "./runtime.js";');
  });

  it("prints statements that continue a file as they would print in it, whatever came before", async () => {
    const constant: StatementStructures = { kind: StructureKind.VariableStatement, declarationKind: VariableDeclarationKind.Const, declarations: [{ name: "a", initializer: "1" }] };
    const fn: StatementStructures = { kind: StructureKind.Function, name: "f", statements: "return 1;" };
    const whole = printStatements(["// banner", constant, fn, constant]);
    // Known text before: exactly the whole file's line breaks from there on.
    expect(printStatements([fn, constant], "const a = 1;")).toEqual(whole.slice(2));
    // Unknown text before (a streamed body whose opening comes last): a function stands apart anyway...
    expect(printStatements([fn, constant], "")).toEqual(whole.slice(2));
    // ...but a statement whose separation depends on what precedes it is refused.
    expect(() => printStatements([constant], "")).toThrow(/must stand apart/);
    const pieces = [...formatStatements(whole.slice(0, 2), { ends: false }), ...formatStatements(whole.slice(2), { continues: true })];
    expect((await Promise.all(pieces)).join("")).toBe((await Promise.all(formatStatements(whole))).join(""));
  });

  it("refuses, by name, a structure it does not know how to print", () => {
    expect(() => printStatements([{ kind: StructureKind.Class, name: "Client" }])).toThrow(/does not support this kind of statement \(in a Class structure\)/);
    expect(() => printStatements([{ kind: StructureKind.TypeAlias, name: "A", type: (writer) => void writer.write("string") }])).toThrow(
      /does not support a writer function as type \(in a TypeAlias structure\)/,
    );
    expect(() => printStatements([{ kind: StructureKind.Function, name: "f", isAsync: true, statements: "return;" }])).toThrow(/async or generator/);
  });
});
