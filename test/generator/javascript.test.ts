// Printing JavaScript straight from module structures: what is left of each kind of statement, and
// where a piece of a file starts and ends. (That the printed guards are the program esbuild makes of
// their TypeScript is checked on whole packages in compile.test.ts.)
import { StructureKind as MorphKind, type StatementStructures } from "ts-morph";
import { describe, expect, it } from "vitest";
import { StructureKind, VariableDeclarationKind } from "../../generator/emit/structure-kind.ts";
import { javascriptStatements, printJavaScript } from "../../generator/render/javascript.ts";

const check: StatementStructures = {
  kind: StructureKind.Function,
  name: "checkPet",
  isExported: true,
  docs: ["Checks a pet."],
  parameters: [
    { name: "value", type: "unknown" },
    { name: "problems", type: "ValidationProblem[]", hasQuestionToken: true },
  ],
  returnType: "value is Pet",
  statements: "return isRecord(value);",
};

describe("printing JavaScript from structures", () => {
  it("leaves out docs, parameter and return types, and optional marks", () => {
    expect(printJavaScript([check])).toBe("export function checkPet(value, problems) {\n  return isRecord(value);\n}\n");
  });

  it("leaves out overloads and declared (bodiless) functions, keeping the implementation", () => {
    const overloaded: StatementStructures = {
      kind: StructureKind.Function,
      name: "pick",
      isExported: true,
      overloads: [{ parameters: [{ name: "value", type: "string" }], returnType: "string" }],
      parameters: [{ name: "value", type: "unknown" }],
      statements: "return value;",
    };
    const declared: StatementStructures = { kind: StructureKind.Function, name: "ambient", hasDeclareKeyword: true, returnType: "void" };
    expect(printJavaScript([overloaded, declared])).toBe("export function pick(value) {\n  return value;\n}\n");
  });

  it("keeps a parameter's default value", () => {
    const withDefault: StatementStructures = { kind: StructureKind.Function, name: "f", parameters: [{ name: "limit", type: "number", initializer: "10" }], statements: "return limit;" };
    expect(printJavaScript([withDefault])).toBe("function f(limit = 10) {\n  return limit;\n}\n");
  });

  it("leaves out interfaces and type aliases: a module of types only is empty", () => {
    const types: StatementStructures[] = [
      { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: "./other.js", namedImports: ["Other"] },
      { kind: StructureKind.Interface, name: "Pet", isExported: true, properties: [{ name: "name", type: "string" }] },
      { kind: StructureKind.TypeAlias, name: "Pets", isExported: true, type: "Pet[]" },
    ];
    expect(printJavaScript(types)).toBe("");
  });

  it("drops type-only specifiers, and keeps an import left with none for its module's side effects", () => {
    const mixed: StatementStructures = {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: "../runtime/index.js",
      namedImports: [{ name: "Check", isTypeOnly: true }, { name: "runCheck" }, "report"],
    };
    const typesOnly: StatementStructures = { kind: StructureKind.ImportDeclaration, moduleSpecifier: "./setup.js", namedImports: [{ name: "Setup", isTypeOnly: true }] };
    expect(printJavaScript([mixed, typesOnly])).toBe('import { runCheck, report } from "../runtime/index.js";\nimport "./setup.js";\n');
  });

  it("drops exports of types, and keeps `export *` and value exports", () => {
    const statements: StatementStructures[] = [
      { kind: StructureKind.ExportDeclaration, isTypeOnly: true, moduleSpecifier: "./types.js", namedExports: ["Pet"] },
      { kind: StructureKind.ExportDeclaration, moduleSpecifier: "./guards.js", namedExports: [{ name: "Pet", isTypeOnly: true }] },
      { kind: StructureKind.ExportDeclaration, moduleSpecifier: "./guards.js", namedExports: [{ name: "Pet", isTypeOnly: true }, "isPet"] },
      { kind: StructureKind.ExportDeclaration, moduleSpecifier: "./operations.js" },
    ];
    expect(printJavaScript(statements)).toBe('export { isPet } from "./guards.js";\nexport * from "./operations.js";\n');
  });

  it("leaves out a constant's type and docs, and keeps its initializer as written", () => {
    const constant: StatementStructures = {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: ["Known kinds."],
      declarations: [{ name: "kinds", type: "ReadonlySet<unknown>", initializer: '/* @__PURE__ */ new Set(["cat", "dog"])' }],
    };
    expect(printJavaScript([constant])).toBe('export const kinds = /* @__PURE__ */ new Set(["cat", "dog"]);\n');
  });

  it("prints a piece of a file: continuing one with its line breaks first, not ending it", () => {
    expect(printJavaScript([check, check], { continues: true, ends: false })).toBe(
      "\n\nexport function checkPet(value, problems) {\n  return isRecord(value);\n}\n\nexport function checkPet(value, problems) {\n  return isRecord(value);\n}",
    );
  });

  it("refuses to continue a file with a statement that does not stand apart, as the TypeScript printer does", () => {
    const constant: StatementStructures = { kind: StructureKind.VariableStatement, declarationKind: VariableDeclarationKind.Const, declarations: [{ name: "a", initializer: "1" }] };
    expect(() => printJavaScript([constant], { continues: true })).toThrow(/must stand apart/);
  });

  it("says which kind of statement it has no JavaScript form for", () => {
    expect(() => javascriptStatements({ kind: MorphKind.Enum, name: "Color", members: [] })).toThrow(/no JavaScript form for Enum statements/);
  });
});
