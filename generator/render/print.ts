// Prints module structures to TypeScript text, one top-level statement at a time. It prints the
// structure kinds the emitters build, with the layout ts-morph's structure printer gives them (a
// test holds the two to the same text), except that imports come out in prettier's layout and
// initializers as the emitters laid them out. It is
// written here because ts-morph's printer pushes every character through its CodeBlockWriter, which
// made printing the official Atlas document the slowest stage of generation.
import type {
  ExportDeclarationStructure,
  ExportSpecifierStructure,
  FunctionDeclarationOverloadStructure,
  FunctionDeclarationStructure,
  ImportDeclarationStructure,
  ImportSpecifierStructure,
  IndexSignatureDeclarationStructure,
  InterfaceDeclarationStructure,
  JSDocStructure,
  JSDocTagStructure,
  StructureKind as Kind,
  OptionalKind,
  ParameterDeclarationStructure,
  PropertySignatureStructure,
  StatementStructures,
  TypeAliasDeclarationStructure,
  VariableStatementStructure,
} from "ts-morph";
import { StructureKind, VariableDeclarationKind, structureKindName } from "../emit/structure-kind.ts";
import { blankLine } from "../emit/code-writer.ts";
import type { ModuleFile } from "../emit/api-module.ts";
import { printWidth } from "./prettier-layout.ts";

/** One top-level statement as printed, with the line breaks that separate it from the one before. */
export interface PrintedStatement {
  /** Whether a blank line separates this statement from the previous one. */
  readonly blankLineBefore: boolean;
  readonly text: string;
}

export function printModule(file: ModuleFile, banner: string): PrintedStatement[] {
  return printStatements([banner, ...file.statements]);
}

/** Where statements sit in their file, when it is made in pieces (formatted, printed as JavaScript). */
export interface Placement {
  /**
   * Whether statements come before these (then the first one's line breaks come first, and it must
   * stand apart, such as a function, when the text before it is not known). Default false.
   */
  readonly continues?: boolean;
  /** Whether these end the file (then a line break ends the last part). Default true. */
  readonly ends?: boolean;
}

/** Printed statements as one text, each after the line breaks that separate it from the one before. */
export function joinPrinted(printed: readonly PrintedStatement[], { continues = false }: Placement = {}): string {
  let text = "";
  printed.forEach((statement, index) => {
    text += (index === 0 && !continues ? "" : statement.blankLineBefore ? "\n\n" : "\n") + statement.text;
  });
  return text;
}

/** A whole file: the statements with their separating line breaks, ending in a newline. */
export function printSourceFile(statements: readonly (string | StatementStructures)[]): string {
  return `${joinPrinted(printStatements(statements))}\n`;
}

/**
 * Prints statements with the line breaks between them. `after` is the text of the statement they
 * follow when they continue a file printed in pieces (the empty string when that is not known yet:
 * then the first statement must be one that stands apart anyway, such as a function).
 */
export function printStatements(statements: readonly (string | StatementStructures)[], after?: string): PrintedStatement[] {
  const result: PrintedStatement[] = [];
  let previous: string | undefined = after;
  for (const statement of statements) {
    const text = typeof statement === "string" ? statement : printStatement(statement);
    if (text.trim() === "") continue;
    const blankLineBefore = previous !== undefined && (previous.trimEnd().endsWith("}") || (typeof statement !== "string" && separatedByBlankLine(statement)));
    if (previous === "" && !blankLineBefore) throw new Error("a statement that continues a file whose text before it is unknown must stand apart from it");
    result.push({ blankLineBefore, text });
    previous = text;
  }
  return result;
}

/** ts-morph's rules: functions and interfaces always stand apart, anything else when it asks to. */
function separatedByBlankLine(statement: StatementStructures): boolean {
  const trivia = "leadingTrivia" in statement ? statement.leadingTrivia : undefined;
  if (trivia !== undefined && trivia !== blankLine) unsupported(statement, "leadingTrivia other than blankLine");
  if ("trailingTrivia" in statement && statement.trailingTrivia !== undefined) unsupported(statement, "trailingTrivia");
  return statement.kind === StructureKind.Function || statement.kind === StructureKind.Interface || trivia === blankLine;
}

function printStatement(statement: StatementStructures): string {
  switch (statement.kind) {
    case StructureKind.ImportDeclaration:
      return printImport(statement);
    case StructureKind.ExportDeclaration:
      return printExport(statement);
    case StructureKind.TypeAlias:
      return printTypeAlias(statement);
    case StructureKind.Interface:
      return printInterface(statement);
    case StructureKind.Function:
      return printFunction(statement);
    case StructureKind.VariableStatement:
      return printVariableStatement(statement);
    default:
      return unsupported(statement, "this kind of statement");
  }
}

function unsupported(structure: { readonly kind?: Kind }, what: string): never {
  const kind = structure.kind === undefined ? "structure" : structureKindName(structure.kind);
  throw new Error(`the printer does not support ${what} (in a ${kind} structure)`);
}

type Text = string | undefined | ((...args: never[]) => unknown);

/** A structure field that must be plain text: the emitters render writer functions to strings. */
function text(value: Text, structure: { readonly kind?: Kind }, field: string): string {
  if (typeof value === "function") unsupported(structure, `a writer function as ${field}`);
  return value ?? "";
}

function modifiers(structure: { isExported?: boolean; isDefaultExport?: boolean; hasDeclareKeyword?: boolean }): string {
  if (structure.isDefaultExport) throw new Error("the printer does not support default exports");
  return `${structure.isExported ? "export " : ""}${structure.hasDeclareKeyword ? "declare " : ""}`;
}

/**
 * Text whose continuation lines hang one level in, as ts-morph's printer writes types, parameters
 * and initializers that span lines; the formatter (or the layout check) knows to redo those.
 */
function hanging(value: string): string {
  return value.includes("\n") ? value.replace(/\n(?=[^\n])/g, "\n  ") : value;
}

/**
 * The type of a type alias or property, as the emitter laid it out (see declaredTypeText): after a
 * space, or right after the `=` or `:` when the emitter broke the line there. Unlike ts-morph's
 * printer, which hangs every type that spans lines one level in, this leaves the layout to the
 * emitter, which hangs only what it cannot lay out as prettier would.
 */
function spaced(type: string): string {
  return type.startsWith("\n") ? type : ` ${type}`;
}

/** Every non-empty line one level in. */
function indented(value: string): string {
  return value.replace(/^(?=[^\n])/gm, "  ");
}

function quoted(specifier: string): string {
  if (/["\\\n]/.test(specifier)) throw new Error(`the printer does not support the module specifier ${specifier}`);
  return `"${specifier}"`;
}

// Imports and exports

/** Prettier's layout: one line when it fits, otherwise one specifier per line with trailing commas. */
function printImport(statement: ImportDeclarationStructure): string {
  if (statement.defaultImport !== undefined || statement.namespaceImport !== undefined || statement.attributes !== undefined) {
    unsupported(statement, "default, namespace or attributed imports");
  }
  const specifiers = namedSpecifiers(statement, statement.namedImports);
  const start = `import${statement.isTypeOnly ? " type" : ""}`;
  const end = ` from ${quoted(statement.moduleSpecifier)};`;
  if (specifiers.length === 0) return `import ${quoted(statement.moduleSpecifier)};`;
  const line = `${start} { ${specifiers.join(", ")} }${end}`;
  // Prettier keeps a lone specifier on the line however long it is.
  if (line.length <= printWidth || specifiers.length === 1) return line;
  return `${start} {\n${specifiers.map((specifier) => `  ${specifier},\n`).join("")}}${end}`;
}

function printExport(statement: ExportDeclarationStructure): string {
  if (statement.attributes !== undefined) unsupported(statement, "export attributes");
  const specifiers = namedSpecifiers(statement, statement.namedExports);
  const from = statement.moduleSpecifier !== undefined && statement.moduleSpecifier !== "" ? ` from ${quoted(statement.moduleSpecifier)}` : "";
  const type = statement.isTypeOnly ? " type" : "";
  if (specifiers.length > 0) {
    if (statement.namespaceExport !== undefined) unsupported(statement, "a namespace export beside named exports");
    return `export${type} { ${specifiers.join(", ")} }${from};`;
  }
  if (statement.namespaceExport !== undefined) return `export${type} *${statement.namespaceExport.trim() !== "" ? ` as ${statement.namespaceExport}` : ""}${from};`;
  return from === "" ? `export${type} {};` : `export${type} *${from};`;
}

function namedSpecifiers(
  statement: ImportDeclarationStructure | ExportDeclarationStructure,
  specifiers: ImportDeclarationStructure["namedImports"] | ExportDeclarationStructure["namedExports"],
): string[] {
  if (specifiers === undefined) return [];
  if (typeof specifiers === "function") return unsupported(statement, "a writer function as specifiers");
  return (specifiers as readonly (string | OptionalKind<ImportSpecifierStructure> | OptionalKind<ExportSpecifierStructure> | ((...args: never[]) => unknown))[]).map((specifier) => {
    if (typeof specifier === "string") return specifier;
    if (typeof specifier === "function") return unsupported(statement, "a writer function as a specifier");
    const alias = specifier.alias !== undefined && specifier.alias.trim() !== "" ? ` as ${specifier.alias}` : "";
    return `${specifier.isTypeOnly ? "type " : ""}${specifier.name}${alias}`;
  });
}

// Declarations

function printTypeAlias(statement: TypeAliasDeclarationStructure): string {
  if (statement.typeParameters !== undefined && statement.typeParameters.length > 0) unsupported(statement, "type parameters");
  const type = text(statement.type, statement, "type");
  return `${printDocs(statement.docs, statement)}${modifiers(statement)}type ${statement.name} =${spaced(type)};`;
}

function printInterface(statement: InterfaceDeclarationStructure): string {
  if (statement.typeParameters !== undefined && statement.typeParameters.length > 0) unsupported(statement, "type parameters");
  for (const field of ["callSignatures", "constructSignatures", "methods", "getAccessors", "setAccessors"] as const) {
    if (statement[field] !== undefined && statement[field].length > 0) unsupported(statement, field);
  }
  if (typeof statement.extends === "function") unsupported(statement, "a writer function as extends");
  const bases = (statement.extends ?? []).map((base) => text(base, statement, "a base"));
  const heritage = bases.length > 0 && bases.join(", ").trim() !== "" ? `extends ${bases.join(", ")} ` : "";
  const members = [...(statement.indexSignatures ?? []).map(printIndexSignature), ...(statement.properties ?? []).map(printProperty)];
  const body = members.length === 0 ? "" : `\n${indented(members.join("\n"))}\n`;
  return `${printDocs(statement.docs, statement)}${modifiers(statement)}interface ${statement.name} ${heritage}{${body}}`;
}

function printProperty(property: OptionalKind<PropertySignatureStructure>): string {
  if (property.initializer !== undefined) unsupported(property, "an initializer on a property signature");
  const type = property.type === undefined ? "" : `:${spaced(text(property.type, property, "type"))}`;
  const readonly = property.isReadonly ? "readonly " : "";
  return `${printDocs(property.docs, property)}${readonly}${property.name}${property.hasQuestionToken ? "?" : ""}${type};`;
}

function printIndexSignature(signature: OptionalKind<IndexSignatureDeclarationStructure>): string {
  const type = signature.returnType === undefined ? "" : `: ${text(signature.returnType, signature, "returnType")}`;
  const readonly = signature.isReadonly ? "readonly " : "";
  return printDocs(signature.docs, signature) + hanging(`${readonly}[${signature.keyName || "key"}: ${signature.keyType || "string"}]${type};`);
}

function printFunction(statement: FunctionDeclarationStructure): string {
  if (statement.isAsync || statement.isGenerator) unsupported(statement, "async or generator functions");
  // An overload says nothing of its own modifiers when they are the implementation's.
  const overloads = (statement.overloads ?? []).map((overload) => {
    const prefix = modifiers({
      isExported: overload.isExported ?? statement.isExported ?? false,
      hasDeclareKeyword: overload.hasDeclareKeyword ?? statement.hasDeclareKeyword ?? false,
      isDefaultExport: overload.isDefaultExport ?? statement.isDefaultExport ?? false,
    });
    return `${printDocs(overload.docs, overload)}${signature(overload, prefix, statement.name)};\n`;
  });
  const head = `${printDocs(statement.docs, statement)}${signature(statement, modifiers(statement), statement.name)}`;
  if (statement.hasDeclareKeyword) return `${overloads.join("")}${head};`;
  return `${overloads.join("")}${head} {\n${indented(functionBody(statement))}}`;
}

function signature(fn: FunctionDeclarationStructure | OptionalKind<FunctionDeclarationOverloadStructure>, prefix: string, name: string | undefined): string {
  if (fn.typeParameters !== undefined && fn.typeParameters.length > 0) unsupported(fn, "type parameters");
  if (fn.isAsync || fn.isGenerator) unsupported(fn, "async or generator functions");
  if (fn.leadingTrivia !== undefined || fn.trailingTrivia !== undefined) unsupported(fn, "trivia on a function or overload");
  const parameters = (fn.parameters ?? []).map(printParameter).join(", ");
  const returnType = fn.returnType === undefined ? "" : `: ${text(fn.returnType, fn, "returnType")}`;
  return hanging(`${prefix}function${name !== undefined && name.trim() !== "" ? ` ${name}` : ""}(${parameters})${returnType}`);
}

function printParameter(parameter: OptionalKind<ParameterDeclarationStructure>): string {
  if (parameter.decorators !== undefined && parameter.decorators.length > 0) unsupported(parameter, "decorators");
  if (parameter.scope !== undefined || parameter.isReadonly || parameter.hasOverrideKeyword) unsupported(parameter, "parameter properties");
  const type = parameter.type !== undefined ? `: ${text(parameter.type, parameter, "type")}` : parameter.hasQuestionToken ? ": any" : "";
  const initializer = parameter.initializer === undefined ? "" : text(parameter.initializer, parameter, "initializer");
  return `${parameter.isRestParameter ? "..." : ""}${parameter.name}${parameter.hasQuestionToken ? "?" : ""}${type}${initializer.trim() !== "" ? ` = ${initializer}` : ""}`;
}

/** The body's lines, each statement on its own line, ending with a line break. */
function functionBody(fn: FunctionDeclarationStructure): string {
  const statements = fn.statements;
  if (statements === undefined) return "";
  if (typeof statements === "function") return unsupported(fn, "a writer function as the body");
  const parts =
    typeof statements === "string"
      ? [statements]
      : statements.map((statement) => (typeof statement === "string" ? statement : unsupported(fn, "statement structures or writer functions in a body")));
  let body = "";
  for (const part of parts) {
    if (body !== "" && !body.endsWith("\n")) body += body.trimEnd().endsWith("}") ? "\n\n" : "\n";
    body += part;
  }
  return body === "" || body.endsWith("\n") ? body : `${body}\n`;
}

/**
 * Unlike ts-morph, an initializer is written as given, without hanging indentation: the emitters
 * write an initializer over several lines only in prettier's layout (see emit/literal-layout.ts).
 */
function printVariableStatement(statement: VariableStatementStructure): string {
  if (statement.declarations.length === 0) throw new Error("the printer needs at least one declaration in a variable statement");
  const declarations = statement.declarations.map((declaration) => {
    const type = declaration.type === undefined ? "" : `: ${text(declaration.type, declaration, "type")}`;
    const initializer = declaration.initializer === undefined ? "" : text(declaration.initializer, declaration, "initializer");
    return hanging(`${declaration.name}${declaration.hasExclamationToken ? "!" : ""}${type}`) + (initializer.trim() !== "" ? ` = ${initializer}` : "");
  });
  const keyword = statement.declarationKind ?? VariableDeclarationKind.Let;
  return `${printDocs(statement.docs, statement)}${modifiers(statement)}${keyword} ${declarations.join(", ")};`;
}

// Documentation comments

type Doc = string | OptionalKind<JSDocStructure> | ((...args: never[]) => unknown);

function printDocs(docs: readonly Doc[] | undefined, owner: { readonly kind?: Kind }): string {
  if (docs === undefined) return "";
  return docs.map((doc) => `${printDoc(doc, owner)}\n`).join("");
}

/** `/** text *\/` for one line, else the text between `/**` and ` *\/` with a star on every line. */
function printDoc(doc: Doc, owner: { readonly kind?: Kind }): string {
  if (typeof doc === "function") return unsupported(owner, "a writer function as documentation");
  let content: string;
  if (typeof doc === "string") {
    content = doc;
  } else {
    content = text(doc.description, owner, "a description");
    const tags = doc.tags ?? [];
    if (tags.length > 0) content += (content.length > 0 ? "\n" : "") + tags.map((tag) => printTag(tag, owner)).join("\n");
  }
  const lines = content.split(/\r?\n/);
  const first = lines[0] === "" ? 1 : 0;
  if (lines.length <= 1) {
    const single = `/** ${lines[first] ?? ""}`;
    return `${single}${single.endsWith(" ") ? "" : " "}*/`;
  }
  return `/**\n${lines
    .slice(first)
    .map((line) => (line === "" ? " *\n" : ` * ${line}\n`))
    .join("")} */`;
}

function printTag(tag: OptionalKind<JSDocTagStructure>, owner: { readonly kind?: Kind }): string {
  const body = text(tag.text, owner, "tag text");
  return `@${tag.tagName}${body.length > 0 && !/^\r?\n/.test(body) ? " " : ""}${body}`;
}
