// Prints the JavaScript of a generated module straight from its structures, by leaving their types
// out: type declarations, type-only imports, parameter and return types, overloads. That is only
// JavaScript when the text inside the structures (function bodies, initializers) holds no TypeScript
// syntax, which the emitters promise per module (`javascript: "printed"`, see emit/api-module.ts) and
// a test checks against esbuild's compilation of the formatted source. It spares esbuild the guards
// module, most of the output on a big spec, which esbuild would have to parse again (about 20 MB/s).
import type { ExportDeclarationStructure, FunctionDeclarationStructure, ImportDeclarationStructure, StatementStructures, VariableStatementStructure } from "ts-morph";
import { StructureKind, structureKindName } from "../emit/structure-kind.ts";
import { joinPrinted, printStatements, type Placement } from "./print.ts";


/** The JavaScript of these statements, laid out as the printer lays out their TypeScript. */
export function printJavaScript(statements: readonly StatementStructures[], placement: Placement = {}): string {
  const continues = placement.continues ?? false;
  const printed = printStatements(
    statements.flatMap((statement) => javascriptStatements(statement)),
    continues ? "" : undefined,
  );
  const text = joinPrinted(printed, { continues });
  return (placement.ends ?? true) && text !== "" ? `${text}\n` : text;
}

/** What is left of one statement in JavaScript: nothing, or the statement without its types and docs. */
export function javascriptStatements(statement: StatementStructures): StatementStructures[] {
  switch (statement.kind) {
    case StructureKind.Interface:
    case StructureKind.TypeAlias:
      return [];
    case StructureKind.ImportDeclaration:
      return javascriptImport(statement);
    case StructureKind.ExportDeclaration:
      return javascriptExport(statement);
    case StructureKind.Function:
      return statement.hasDeclareKeyword ? [] : [javascriptFunction(statement)];
    case StructureKind.VariableStatement:
      return statement.hasDeclareKeyword ? [] : [javascriptVariables(statement)];
    default:
      throw new Error(`no JavaScript form for ${structureKindName(statement.kind)} statements`);
  }
}

type Specifier = string | { readonly name: string; readonly isTypeOnly?: boolean };

function valueSpecifiers(specifiers: unknown): Specifier[] | undefined {
  if (specifiers === undefined) return undefined;
  if (!Array.isArray(specifiers)) throw new Error("no JavaScript form for a writer function as specifiers");
  return (specifiers as Specifier[]).filter((specifier) => typeof specifier === "string" || specifier.isTypeOnly !== true);
}

/**
 * A value import keeps its value names; one left with none still loads its module (as TypeScript
 * keeps it under `verbatimModuleSyntax`). A type-only import is gone.
 */
function javascriptImport(statement: ImportDeclarationStructure): ImportDeclarationStructure[] {
  if (statement.isTypeOnly) return [];
  const namedImports = valueSpecifiers(statement.namedImports);
  return [{ ...statement, ...(namedImports === undefined ? {} : { namedImports }) }];
}

/** An export of types only is gone (without names left, the printer would read it as `export *`). */
function javascriptExport(statement: ExportDeclarationStructure): ExportDeclarationStructure[] {
  if (statement.isTypeOnly) return [];
  const namedExports = valueSpecifiers(statement.namedExports);
  if (namedExports === undefined || (statement.namedExports as unknown[]).length === 0) return [statement];
  return namedExports.length === 0 ? [] : [{ ...statement, namedExports }];
}

function javascriptFunction(fn: FunctionDeclarationStructure): FunctionDeclarationStructure {
  const { docs: _docs, overloads: _overloads, typeParameters: _typeParameters, returnType: _returnType, parameters, ...rest } = fn;
  if (parameters === undefined) return rest;
  return { ...rest, parameters: parameters.map(({ type: _type, hasQuestionToken: _optional, ...parameter }) => parameter) };
}

function javascriptVariables(statement: VariableStatementStructure): VariableStatementStructure {
  const { docs: _docs, declarations, ...rest } = statement;
  return { ...rest, declarations: declarations.map(({ type: _type, hasExclamationToken: _definite, ...declaration }) => declaration) };
}
