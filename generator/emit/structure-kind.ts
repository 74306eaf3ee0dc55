// The values of ts-morph's StructureKind and VariableDeclarationKind that the emitters and the
// printer use. ts-morph's own enums cannot be had without loading ts-morph, and TypeScript with it,
// which costs a third of a second and about 80 MiB on every run; the structures themselves are plain
// objects and only need the numbers. A test holds every value here to ts-morph's.
import { createRequire } from "node:module";
import type { StructureKind as Kinds, VariableDeclarationKind as DeclarationKinds } from "ts-morph";

export const StructureKind = {
  ExportDeclaration: 11 as Kinds.ExportDeclaration,
  Function: 13 as Kinds.Function,
  FunctionOverload: 14 as Kinds.FunctionOverload,
  ImportDeclaration: 16 as Kinds.ImportDeclaration,
  IndexSignature: 18 as Kinds.IndexSignature,
  Interface: 19 as Kinds.Interface,
  JSDoc: 24 as Kinds.JSDoc,
  JSDocTag: 25 as Kinds.JSDocTag,
  Parameter: 30 as Kinds.Parameter,
  PropertySignature: 33 as Kinds.PropertySignature,
  TypeAlias: 38 as Kinds.TypeAlias,
  VariableStatement: 41 as Kinds.VariableStatement,
} as const;

export const VariableDeclarationKind = {
  Const: "const" as DeclarationKinds.Const,
  Let: "let" as DeclarationKinds.Let,
} as const;

const kindNames = new Map<number, string>(Object.entries(StructureKind).map(([name, value]) => [value, name]));

/** The name of a structure kind, for messages: ts-morph is asked for the kinds the emitters never build. */
export function structureKindName(kind: Kinds): string {
  const known = kindNames.get(kind);
  if (known !== undefined) return known;
  const { StructureKind: all } = createRequire(import.meta.url)("ts-morph") as { StructureKind: Record<number, string> };
  return all[kind] ?? `StructureKind ${kind}`;
}
