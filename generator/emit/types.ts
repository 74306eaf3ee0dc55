// Emits one exported TypeScript type per named schema: interfaces for objects (extending their allOf
// bases where TypeScript allows it), type aliases for unions and everything else. Discriminated
// unions are unions of variants that each carry their literal tag, so `switch` narrows.
import type { InterfaceDeclarationStructure, TypeAliasDeclarationStructure } from "ts-morph";
import { StructureKind } from "./structure-kind.ts";
import { blankLine } from "./code-writer.ts";
import type { IntersectionSchema, NamedSchema, ObjectSchema, Property, Schema, UnionSchema } from "../ir/model.ts";
import { tagsBySchema, type SchemaIndex } from "../ir/lookup.ts";
import type { ApiPlan } from "../plan/plan.ts";
import { propertyKey } from "./code.ts";
import { schemaDocParts, toDocLines, toJsDoc } from "./docs.ts";
import {
  tsArray,
  tsIntersection,
  tsLiteral,
  tsName,
  tsObject,
  tsUnion,
  typeText,
  type TypeExpression,
  type TypeMember,
} from "./type-expressions.ts";
import { declaredTypeText } from "./type-layout.ts";

export interface TypeEmitContext {
  readonly plan: ApiPlan;
  readonly schemas: SchemaIndex;
}

export type TypeDeclaration = InterfaceDeclarationStructure | TypeAliasDeclarationStructure;

/** Where an interface member starts: one indentation level in. */
export const memberIndent = 2;

export function emitNamedType(context: TypeEmitContext, named: NamedSchema): TypeDeclaration {
  const name = typeName(context, named.name);
  const docs = toJsDoc(schemaDocParts(named.schema));
  const asInterface = interfaceShape(context, named.schema);
  if (asInterface) {
    return {
      kind: StructureKind.Interface,
      leadingTrivia: blankLine,
      name,
      isExported: true,
      docs,
      extends: asInterface.bases.map((base) => typeName(context, base)),
      properties: asInterface.members.map((property) => {
        const key = propertyKey(property.name);
        const optional = !property.required || property.schema.kind === "never";
        return {
          kind: StructureKind.PropertySignature,
          name: key,
          hasQuestionToken: optional,
          type: declaredTypeText(typeExpression(context, property.schema), `${key}${optional ? "?" : ""}:`, memberIndent),
          docs: toJsDoc(schemaDocParts(propertyDocSchema(property.schema), property.schema.docs)),
        };
      }),
      ...(asInterface.index ? { indexSignatures: [{ keyName: "key", keyType: "string", returnType: typeText(asInterface.index) }] } : {}),
    };
  }
  return {
    kind: StructureKind.TypeAlias,
    leadingTrivia: blankLine,
    name,
    isExported: true,
    docs,
    type: declaredTypeText(typeExpression(context, named.schema), `export type ${name} =`, 0),
  };
}


export function typeName(context: TypeEmitContext, schemaName: string): string {
  const name = context.plan.typeNames.get(schemaName);
  if (name === undefined) throw new Error(`no type name planned for ${schemaName}`);
  return name;
}

/** The TypeScript type of a schema used in place (a property, an array item, a variant). */
export function typeExpression(context: TypeEmitContext, schema: Schema): TypeExpression {
  switch (schema.kind) {
    case "unknown":
      return tsName("unknown");
    case "never":
      return tsName("never");
    case "null":
      return tsName("null");
    case "boolean":
      return tsName("boolean");
    case "string":
      return tsName("string");
    case "number":
      return tsName("number");
    case "literal":
      return tsLiteral(schema.value);
    case "enum":
      return tsUnion(schema.values.map(tsLiteral));
    case "array":
      return tsArray(typeExpression(context, schema.items));
    case "object":
      return objectType(context, schema);
    case "union":
      return unionType(context, schema);
    case "intersection":
      return tsIntersection(intersectionParts(schema).map((part) => typeExpression(context, part)));
    case "ref":
      return tsName(typeName(context, schema.name));
    default:
      return schema satisfies never;
  }
}

function objectType(context: TypeEmitContext, schema: ObjectSchema): TypeExpression {
  const members: TypeMember[] = schema.properties.map((property) => ({
    key: propertyKey(property.name),
    type: typeExpression(context, property.schema),
    optional: !property.required || property.schema.kind === "never",
    docLines: toDocLines(schemaDocParts(propertyDocSchema(property.schema), property.schema.docs)),
  }));
  return tsObject(members, indexSignature(context, schema));
}

/** `[key: string]: T` for maps; when declared properties exist the signature must admit them too. */
function indexSignature(context: TypeEmitContext, schema: ObjectSchema): TypeExpression | undefined {
  if (typeof schema.additionalProperties === "boolean") return undefined;
  const additional = typeExpression(context, schema.additionalProperties);
  if (schema.properties.length === 0) return additional;
  return tsName("unknown");
}

function unionType(context: TypeEmitContext, schema: UnionSchema): TypeExpression {
  const discriminator = schema.discriminator;
  if (!discriminator) return tsUnion(schema.variants.map((variant) => typeExpression(context, variant)));
  return tsUnion(
    tagsBySchema(discriminator).map(({ schema: variantName, tags }) => {
      const variant = tsName(typeName(context, variantName));
      const tag = context.schemas.properties({ kind: "ref", name: variantName, docs: {}, origin: schema.origin }).get(discriminator.propertyName);
      const pinned = tags.length === 1 && tag?.required === true && tag.schema.kind === "literal" && tag.schema.value === tags[0];
      // A variant that does not pin its own tag gets it from the mapping (every tag that selects it),
      // so narrowing still works.
      const tagType = tsUnion(tags.map((value) => tsLiteral(value)));
      return pinned
        ? variant
        : tsIntersection([variant, tsObject([{ key: propertyKey(discriminator.propertyName), type: tagType, optional: false, docLines: [] }])]);
    }),
  );
}

/** An intersection without its empty `type: object` part, which adds nothing to a TypeScript type. */
function intersectionParts(schema: IntersectionSchema): readonly Schema[] {
  const parts = schema.parts.filter((part) => !isEmptyOpenObject(part));
  return parts.length > 0 ? parts : schema.parts;
}

function isEmptyOpenObject(schema: Schema): boolean {
  return schema.kind === "object" && schema.properties.length === 0 && schema.additionalProperties === true;
}

/** For a property that refers to a named schema, the facts worth repeating are the reference's own. */
function propertyDocSchema(schema: Schema): Schema {
  return schema.kind === "ref" ? { ...schema, docs: {} } : schema;
}

interface InterfaceShape {
  readonly bases: readonly string[];
  readonly members: readonly Property[];
  readonly index?: TypeExpression;
}

/**
 * An object schema, or an allOf of named object schemas and inline objects, reads best as an
 * interface. Not when a member would clash with a base (unless it narrows a string or enum to a
 * literal, as a discriminated variant does), and not when a part is anything else.
 */
function interfaceShape(context: TypeEmitContext, schema: Schema): InterfaceShape | undefined {
  if (schema.kind === "object") {
    const index = indexSignature(context, schema);
    return { bases: [], members: schema.properties, ...(index ? { index } : {}) };
  }
  if (schema.kind !== "intersection") return undefined;
  const bases: string[] = [];
  const members: Property[] = [];
  for (const part of intersectionParts(schema)) {
    if (part.kind === "ref" && interfaceShape(context, context.schemas.named(part.name).schema)) {
      bases.push(part.name);
    } else if (part.kind === "object" && part.additionalProperties !== false && typeof part.additionalProperties === "boolean") {
      members.push(...part.properties);
    } else {
      return undefined;
    }
  }
  const inherited = new Map<string, Property>();
  for (const base of bases) {
    for (const [name, property] of context.schemas.properties({ kind: "ref", name: base, docs: {}, origin: schema.origin })) {
      inherited.set(name, property);
    }
  }
  const own: Property[] = [];
  for (const member of members) {
    if (own.some((earlier) => earlier.name === member.name)) return undefined;
    const base = inherited.get(member.name);
    if (base && !narrows(context, base.schema, member.schema)) return undefined;
    // allOf requires what any part requires, so a narrowed member stays required if its base was.
    own.push(base?.required && !member.required ? { ...member, required: true } : member);
  }
  return { bases, members: own };
}

function narrows(context: TypeEmitContext, wide: Schema, narrow: Schema): boolean {
  const target = context.schemas.resolve(wide);
  const value = narrow.kind === "literal" ? narrow.value : undefined;
  if (value === undefined) return false;
  if (target.kind === "enum") return target.values.includes(value);
  if (target.kind === "string") return typeof value === "string";
  return false;
}
