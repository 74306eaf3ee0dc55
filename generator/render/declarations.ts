// Prints the .d.ts of a generated module from the same structures as its source: every exported
// declaration with its docs and types, bodies and module-private values left out. Exact because the
// emitter gives every export an explicit type (the generated code satisfies isolatedDeclarations),
// and far cheaper than asking TypeScript to parse the formatted source again.
import type { FunctionDeclarationStructure, ImportDeclarationStructure, ImportSpecifierStructure, OptionalKind, ParameterDeclarationStructure, StatementStructures, VariableStatementStructure } from "ts-morph";
import { StructureKind, structureKindName } from "../emit/structure-kind.ts";
import type { ModuleFile } from "../emit/api-module.ts";
import { printSourceFile } from "./print.ts";

/**
 * The module's declaration file, or undefined when the module declares only types: then its own
 * (formatted) source is its declaration file.
 */
export function printDeclarations(file: Pick<ModuleFile, "path" | "statements">, banner: string): string | undefined {
  if (file.statements.every(declaresOnlyTypes)) return undefined;
  const declarations = file.statements.flatMap((statement) => ambientStatements(statement, file.path));
  const declared = printSourceFile(declarations);
  return `${declarationHeader(file.statements, mentionedNames(declared, new Set()), banner)}${declared.trimStart()}`;
}

/**
 * Adds to `mentioned` the names a piece of declarations uses outside comments: one pass, without
 * copying a big module's declarations or listing every word.
 */
export function mentionedNames(declared: string, mentioned: Set<string>): Set<string> {
  for (const match of declared.matchAll(/\/\*[\s\S]*?\*\/|([A-Za-z_$][\w$]*)/g)) if (match[1] !== undefined) mentioned.add(match[1]);
  return mentioned;
}

/**
 * What comes before a module's declarations: the banner, the imports of the names they mention, and
 * the blank line after them.
 */
export function declarationHeader(statements: readonly StatementStructures[], mentioned: ReadonlySet<string>, banner: string): string {
  const imports = statements.flatMap((statement) => (statement.kind === StructureKind.ImportDeclaration ? usedImports(statement, mentioned) : []));
  return `${printSourceFile([banner, ...imports]).trimEnd()}\n\n`;
}

function declaresOnlyTypes(statement: StatementStructures): boolean {
  switch (statement.kind) {
    case StructureKind.Interface:
    case StructureKind.TypeAlias:
      return true;
    case StructureKind.ImportDeclaration:
      return statement.isTypeOnly === true;
    default:
      return false;
  }
}

/** The declaration form of one statement: what a .d.ts says about it, if anything (no bodies, no values). */
export function ambientStatements(statement: StatementStructures, path: string): StatementStructures[] {
  switch (statement.kind) {
    case StructureKind.Interface:
    case StructureKind.TypeAlias:
    case StructureKind.ExportDeclaration:
      return [statement];
    case StructureKind.ImportDeclaration:
      return [];
    case StructureKind.Function:
      return statement.isExported ? declaredFunctions(statement) : [];
    case StructureKind.VariableStatement:
      return statement.isExported ? [declaredVariables(statement, path)] : [];
    default:
      throw new Error(`${path}: no declaration form for a ${structureKindName(statement.kind)} statement`);
  }
}

/** Overloaded functions declare their overloads only; the implementation's signature is not part of the type. */
function declaredFunctions(fn: FunctionDeclarationStructure): FunctionDeclarationStructure[] {
  const { statements: _body, overloads, ...signature } = fn;
  if (!overloads || overloads.length === 0) {
    return [{ ...signature, hasDeclareKeyword: true, ...(signature.parameters ? { parameters: signature.parameters.map(declaredParameter) } : {}) }];
  }
  return overloads.map((overload) => ({
    kind: StructureKind.Function,
    name: fn.name ?? "",
    isExported: true,
    hasDeclareKeyword: true,
    ...(overload.docs ? { docs: overload.docs } : {}),
    ...(overload.typeParameters ? { typeParameters: overload.typeParameters } : {}),
    ...(overload.parameters ? { parameters: overload.parameters.map(declaredParameter) } : {}),
    ...(overload.returnType !== undefined ? { returnType: overload.returnType } : {}),
  }));
}

/** A parameter with a default value is, to a caller, an optional one. */
function declaredParameter(parameter: OptionalKind<ParameterDeclarationStructure>): OptionalKind<ParameterDeclarationStructure> {
  if (parameter.initializer === undefined) return parameter;
  const { initializer: _default, ...declared } = parameter;
  return { ...declared, hasQuestionToken: true };
}

function declaredVariables(statement: VariableStatementStructure, path: string): VariableStatementStructure {
  const declarations = statement.declarations.map((declaration) => {
    if (declaration.type === undefined) throw new Error(`${path}: the export ${declaration.name} has no type to declare`);
    return { name: declaration.name, type: declaration.type };
  });
  return { ...statement, hasDeclareKeyword: true, declarations };
}

/** The import with only the names the declarations mention, or nothing. */
function usedImports(statement: ImportDeclarationStructure, mentioned: ReadonlySet<string>): ImportDeclarationStructure[] {
  const named = (statement.namedImports ?? []) as (string | ImportSpecifierStructure)[];
  const used = named.filter((specifier) => mentioned.has(typeof specifier === "string" ? specifier : (specifier.alias ?? specifier.name)));
  return used.length > 0 ? [{ ...statement, namedImports: used }] : [];
}
