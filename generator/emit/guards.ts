// Emits the runtime guards: for every named schema a straight-line `checkX(value, path, problems)`
// (no interpreter walks the schema at run time), and the exported `isX` / `validateX` around it.
// With `problems` undefined a check returns false at the first failure; with an array it records
// every failure as `{ path, message }`.
import { StructureKind } from "./structure-kind.ts";
import type { CodeWriter } from "./code-writer.ts";
import type { ArraySchema, NamedSchema, NumberSchema, ObjectSchema, Schema, StringSchema, UnionSchema } from "../ir/model.ts";
import { tagsBySchema, type SchemaIndex } from "../ir/lookup.ts";
import type { ApiPlan } from "../plan/plan.ts";
import { childPath, elementAccess, literal, numberLiteral, shownValue, stringLiteral } from "./code.ts";
import { createFunctionScope, type DeferredFunction, type FunctionScope, type ModuleScope } from "./guard-scope.ts";
import { allOf, anyOf, call, writeCallStatement, writeConst, writeIfBlock, writeIfElse, writeIfStatement, type Test } from "./layout.ts";

export interface GuardEmitContext {
  readonly plan: ApiPlan;
  readonly schemas: SchemaIndex;
  readonly module: ModuleScope;
}

const stringFormats: Record<string, string> = {
  "date-time": "isDateTime",
  date: "isDate",
  time: "isTime",
  uuid: "isUuid",
  email: "isEmail",
  uri: "isUri",
};
const numberFormats: Record<string, string> = { int32: "isInt32", int64: "isInt64" };
const formatMessages: Record<string, string> = {
  "date-time": "must be a date-time (RFC 3339, with a time zone)",
  date: "must be a full date (RFC 3339)",
  time: "must be a time with a time zone (RFC 3339)",
  uuid: "must be a UUID",
  email: "must be an email address",
  uri: "must be an absolute URI",
  int32: "must be a 32-bit integer",
  int64: "must be a 64-bit integer",
};

/** The internal check, and the exported guard pair, for one named schema. */
export function emitGuardFunctions(context: GuardEmitContext, named: NamedSchema): DeferredFunction[] {
  const typeName = context.plan.typeNames.get(named.name) as string;
  const checkName = context.plan.checkName(named.name);
  return [
    checkFunction(context, checkName, named.schema, [
      `Checks a value against {@link ${typeName}}. Used by {@link ${context.plan.isName(named.name)}} and {@link ${context.plan.validateName(named.name)}}.`,
    ]),
    {
      declaration: {
        kind: StructureKind.Function,
        name: context.plan.isName(named.name),
        isExported: true,
        docs: [`Whether \`value\` is a valid {@link ${typeName}}. Never throws.`],
        parameters: [{ name: "value", type: "unknown" }],
        returnType: `value is ${typeName}`,
      },
      writeBody: (writer) => writeCallStatement(writer, "return ", "runCheck", [checkName, "value"]),
    },
    {
      declaration: {
        kind: StructureKind.Function,
        name: context.plan.validateName(named.name),
        isExported: true,
        docs: [`Every way \`value\` fails to be a valid {@link ${typeName}}, each with a JSON pointer to where; empty when it is valid. Never throws.`],
        parameters: [{ name: "value", type: "unknown" }],
        returnType: "ValidationProblem[]",
      },
      writeBody: (writer) => writeCallStatement(writer, "return ", "collectProblems", [checkName, "value"]),
    },
  ];
}

function checkFunction(context: GuardEmitContext, name: string, schema: Schema, docs: string[], exported = true): DeferredFunction {
  const resolved = context.schemas.resolve(schema);
  return {
    declaration: {
      kind: StructureKind.Function,
      name,
      isExported: exported,
      docs,
      parameters: [
        { name: "value", type: "unknown" },
        { name: "path", type: "string" },
        { name: "problems", type: "ValidationProblem[] | undefined" },
      ],
      returnType: "boolean",
    },
    writeBody: (writer) => {
      if (resolved.kind === "unknown") {
        writer.writeLine("return true;");
        return;
      }
      writer.writeLine("let valid = true;");
      writeChecks(context, createFunctionScope(name), writer, schema, "value", "path");
      writer.writeLine("return valid;");
    },
  };
}

/** Records a failure: stop in boolean mode, otherwise note it and go on. `message` is an expression. */
function writeFailure(writer: CodeWriter, path: string, message: string): void {
  writer.writeLine("if (problems === undefined) return false;");
  writeCallStatement(writer, "valid = ", "report", ["problems", path, message]);
}

function failBlock(writer: CodeWriter, condition: string | Test, path: string, message: string): void {
  writeIfBlock(writer, condition, () => writeFailure(writer, path, stringLiteral(message)));
}

function writeChecks(context: GuardEmitContext, scope: FunctionScope, writer: CodeWriter, schema: Schema, value: string, path: string): void {
  switch (schema.kind) {
    case "unknown":
      return;
    case "never":
      writeFailure(writer, path, stringLiteral("no value is allowed here"));
      return;
    case "null":
      failBlock(writer, `${value} !== null`, path, "must be null");
      return;
    case "boolean":
      failBlock(writer, `typeof ${value} !== "boolean"`, path, "must be a boolean");
      return;
    case "string":
      writeStringChecks(context, writer, schema, value, path);
      return;
    case "number":
      writeNumberChecks(writer, schema, value, path);
      return;
    case "literal":
      failBlock(writer, `${value} !== ${literal(schema.value)}`, path, `must be ${shownValue(schema.value)}`);
      return;
    case "enum": {
      const shown = schema.values.map(shownValue).join(", ");
      const condition =
        schema.values.length <= 8
          ? allOf(schema.values.map((item) => `${value} !== ${literal(item)}`))
          : `!${context.module.valueSet(schema.values)}.has(${value})`;
      failBlock(writer, condition, path, `must be one of ${shown}`);
      return;
    }
    case "array":
      writeArrayChecks(context, scope, writer, schema, value, path);
      return;
    case "object":
      writeObjectChecks(context, scope, writer, schema, value, path);
      return;
    case "union":
      writeUnionChecks(context, scope, writer, schema, value, path);
      return;
    case "intersection":
      for (const part of schema.parts) writeChecks(context, scope, writer, part, value, path);
      return;
    case "ref":
      writeCall(writer, context.plan.checkName(schema.name), value, path);
      return;
    default:
      schema satisfies never;
  }
}

function writeCall(writer: CodeWriter, check: string, value: string, path: string): void {
  writeIfBlock(writer, allOf([call(check, [value, path, "problems"], true)]), () => {
    writer.writeLine("if (problems === undefined) return false;");
    writer.writeLine("valid = false;");
  });
}

function writeStringChecks(context: GuardEmitContext, writer: CodeWriter, schema: StringSchema, value: string, path: string): void {
  const constraints: [string | Test, string][] = [];
  if (schema.minLength !== undefined && schema.minLength > 0) {
    constraints.push([`stringLength(${value}) < ${numberLiteral(schema.minLength)}`, `must be at least ${count(schema.minLength, "character")} long`]);
  }
  if (schema.maxLength !== undefined) {
    // The UTF-16 length is an upper bound of the code-point length, so most strings skip the count.
    constraints.push([
      allOf([`${value}.length > ${numberLiteral(schema.maxLength)}`, `stringLength(${value}) > ${numberLiteral(schema.maxLength)}`]),
      `must be at most ${count(schema.maxLength, "character")} long`,
    ]);
  }
  if (schema.pattern !== undefined) {
    constraints.push([`!${context.module.pattern(schema.pattern)}.test(${value})`, `must match the pattern ${schema.pattern}`]);
  }
  const format = schema.format !== undefined ? stringFormats[schema.format] : undefined;
  if (format !== undefined && schema.format !== undefined) {
    constraints.push([`!${format}(${value})`, formatMessages[schema.format] as string]);
  }
  writeTypedChecks(writer, `typeof ${value} !== "string"`, "must be a string", constraints, path);
}

function writeNumberChecks(writer: CodeWriter, schema: NumberSchema, value: string, path: string): void {
  const constraints: [string | Test, string][] = [];
  const bound = (operator: string, limit: number | undefined, words: string): void => {
    if (limit !== undefined) constraints.push([`${value} ${operator} ${numberLiteral(limit)}`, `must be ${words} ${limit}`]);
  };
  bound("<", schema.minimum, "at least");
  bound(">", schema.maximum, "at most");
  bound("<=", schema.exclusiveMinimum, "greater than");
  bound(">=", schema.exclusiveMaximum, "less than");
  if (schema.multipleOf !== undefined) {
    constraints.push([`!Number.isInteger(${value} / ${numberLiteral(schema.multipleOf)})`, `must be a multiple of ${schema.multipleOf}`]);
  }
  const format = schema.format !== undefined ? numberFormats[schema.format] : undefined;
  if (format !== undefined && schema.format !== undefined) {
    constraints.push([`!${format}(${value})`, formatMessages[schema.format] as string]);
  }
  const typeTest = anyOf(`typeof ${value} !== "number"`, schema.integer ? `!Number.isInteger(${value})` : `!Number.isFinite(${value})`);
  writeTypedChecks(writer, typeTest, schema.integer ? "must be an integer" : "must be a number", constraints, path);
}

/** `if (wrong type) fail; else { each constraint }` — constraints run only on a value of the right type. */
function writeTypedChecks(writer: CodeWriter, typeTest: Test | string, typeMessage: string, constraints: [string | Test, string][], path: string): void {
  const typeFailure = (): void => writeFailure(writer, path, stringLiteral(typeMessage));
  if (constraints.length === 0) {
    writeIfBlock(writer, typeTest, typeFailure);
    return;
  }
  writeIfElse(writer, typeTest, typeFailure, () => {
    for (const [condition, message] of constraints) failBlock(writer, condition, path, message);
  });
}

function writeArrayChecks(context: GuardEmitContext, scope: FunctionScope, writer: CodeWriter, schema: ArraySchema, value: string, path: string): void {
  writeIfElse(writer, `!isArray(${value})`, () => writeFailure(writer, path, stringLiteral("must be an array")), () => {
    if (schema.minItems !== undefined && schema.minItems > 0) {
      failBlock(writer, `${value}.length < ${numberLiteral(schema.minItems)}`, path, `must have at least ${count(schema.minItems, "item")}`);
    }
    if (schema.maxItems !== undefined) {
      failBlock(writer, `${value}.length > ${numberLiteral(schema.maxItems)}`, path, `must have at most ${count(schema.maxItems, "item")}`);
    }
    if (schema.uniqueItems) failBlock(writer, `!hasUniqueItems(${value})`, path, "must not contain the same item twice");
    if (context.schemas.resolve(schema.items).kind === "unknown") return;
    const index = scope.local("index");
    const item = scope.local("item");
    writer.write(`for (let ${index} = 0; ${index} < ${value}.length; ${index}++)`).block(() => {
      writeConst(writer, item, `${value}[${index}]`);
      writeChecks(context, scope, writer, schema.items, item, `${path} + "/" + ${index}`);
    });
  });
}

function writeObjectChecks(context: GuardEmitContext, scope: FunctionScope, writer: CodeWriter, schema: ObjectSchema, value: string, path: string): void {
  const notObject = `!isRecord(${value})`;
  const objectFailure = (): void => writeFailure(writer, path, stringLiteral("must be an object"));
  const hasWork =
    schema.properties.some((property) => property.required || context.schemas.resolve(property.schema).kind !== "unknown") ||
    schema.additionalProperties !== true ||
    schema.minProperties !== undefined ||
    schema.maxProperties !== undefined;
  if (!hasWork) {
    writeIfBlock(writer, notObject, objectFailure);
    return;
  }
  writeIfElse(writer, notObject, objectFailure, () => {
    for (const property of schema.properties) {
      const propertyPath = childPath(path, property.name);
      const resolved = context.schemas.resolve(property.schema);
      if (resolved.kind === "never") {
        failBlock(writer, `${elementAccess(value, property.name)} !== undefined`, propertyPath, "must not be present");
        continue;
      }
      if (!property.required && resolved.kind === "unknown") continue;
      const local = scope.local(property.name);
      writeConst(writer, local, elementAccess(value, property.name));
      if (property.required) {
        const missing = `${local} === undefined`;
        const requiredFailure = (): void => writeFailure(writer, propertyPath, stringLiteral("is required"));
        if (resolved.kind === "unknown") writeIfBlock(writer, missing, requiredFailure);
        else writeIfElse(writer, missing, requiredFailure, () => writeChecks(context, scope, writer, property.schema, local, propertyPath));
      } else {
        writer.write(`if (${local} !== undefined)`).block(() => writeChecks(context, scope, writer, property.schema, local, propertyPath));
      }
    }
    if (schema.minProperties !== undefined || schema.maxProperties !== undefined) {
      const propertyCount = scope.local("propertyCount");
      writer.writeLine(`const ${propertyCount} = Object.keys(${value}).length;`);
      if (schema.minProperties !== undefined) {
        failBlock(writer, `${propertyCount} < ${numberLiteral(schema.minProperties)}`, path, `must have at least ${count(schema.minProperties, "property", "properties")}`);
      }
      if (schema.maxProperties !== undefined) {
        failBlock(writer, `${propertyCount} > ${numberLiteral(schema.maxProperties)}`, path, `must have at most ${count(schema.maxProperties, "property", "properties")}`);
      }
    }
    if (schema.additionalProperties !== true) writeAdditionalProperties(context, scope, writer, schema, value, path);
  });
}

function writeAdditionalProperties(context: GuardEmitContext, scope: FunctionScope, writer: CodeWriter, schema: ObjectSchema, value: string, path: string): void {
  const key = scope.local("key");
  const declared = schema.properties.map((property) => property.name);
  const isDeclared = declared.length === 0 ? "false" : declared.length <= 8 ? declared.map((name) => `${key} === ${stringLiteral(name)}`).join(" || ") : `${context.module.valueSet(declared)}.has(${key})`;
  writer.write(`for (const ${key} of Object.keys(${value}))`).block(() => {
    if (declared.length > 0) writer.writeLine(`if (${isDeclared}) continue;`);
    const keyPath = `childPointer(${path}, ${key})`;
    if (schema.additionalProperties === false) {
      writeFailure(writer, keyPath, stringLiteral("is not a property this object may have"));
      return;
    }
    const member = scope.local("member");
    writeConst(writer, member, `${value}[${key}]`);
    writeChecks(context, scope, writer, schema.additionalProperties as Schema, member, keyPath);
  });
}

function writeUnionChecks(context: GuardEmitContext, scope: FunctionScope, writer: CodeWriter, schema: UnionSchema, value: string, path: string): void {
  if (schema.discriminator) {
    writeDiscriminatedUnion(context, writer, schema, value, path);
    return;
  }
  const nonNull = schema.variants.filter((variant) => variant.kind !== "null");
  const single = nonNull[0];
  if (nonNull.length === 1 && schema.variants.length === 2 && single && !acceptsNull(context, single)) {
    // X or null: check X unless the value is null.
    writer.write(`if (${value} !== null)`).block(() => writeChecks(context, scope, writer, single, value, path));
    return;
  }
  const labels = schema.variants.map((variant) => describe(context, variant));
  const checks = schema.variants.map((variant) => variantCheck(context, scope, variant));
  if (schema.exclusive) {
    const matched = scope.local("matched");
    writer.writeLine(`let ${matched} = 0;`);
    for (const check of checks) writeIfStatement(writer, call(check, [value, path, "undefined"]), `${matched}++;`);
    failBlock(writer, `${matched} === 0`, path, `must match one of: ${labels.join(", ")}`);
    failBlock(writer, `${matched} > 1`, path, `must match only one of: ${labels.join(", ")}`);
  } else {
    failBlock(writer, allOf(checks.map((check) => call(check, [value, path, "undefined"], true))), path, `must match at least one of: ${labels.join(", ")}`);
  }
}

/** Reads the tag once and checks only the variant it names. */
function writeDiscriminatedUnion(context: GuardEmitContext, writer: CodeWriter, schema: UnionSchema, value: string, path: string): void {
  const discriminator = schema.discriminator;
  if (!discriminator) return;
  const tagPath = childPath(path, discriminator.propertyName);
  const values = discriminator.mapping.map(({ value: tag }) => shownValue(tag)).join(", ");
  writeIfElse(writer, `!isRecord(${value})`, () => writeFailure(writer, path, stringLiteral("must be an object")), () => {
    writer.write(`switch (${elementAccess(value, discriminator.propertyName)})`).block(() => {
      for (const { schema: variant, tags } of tagsBySchema(discriminator)) {
        for (const tag of tags) writer.writeLine(`case ${stringLiteral(tag)}:`);
        writer.indent(() => {
          writeCall(writer, context.plan.checkName(variant), value, path);
          writer.writeLine("break;");
        });
      }
      writer.writeLine("default:");
      writer.indent(() => writeFailure(writer, tagPath, stringLiteral(`must be one of ${values}`)));
    });
  });
}

/** The function that checks one union variant: its named check, or a helper hoisted for an inline one. */
function variantCheck(context: GuardEmitContext, scope: FunctionScope, variant: Schema): string {
  if (variant.kind === "ref") return context.plan.checkName(variant.name);
  const name = context.module.helperName(`${scope.owner}Variant`);
  context.module.addHelper(checkFunction(context, name, variant, [`Checks one inline variant (${describe(context, variant)}).`], false));
  return name;
}

function acceptsNull(context: GuardEmitContext, schema: Schema): boolean {
  const resolved = context.schemas.resolve(schema);
  switch (resolved.kind) {
    case "unknown":
    case "null":
      return true;
    case "union":
      // A discriminated value is an object; any other union admits null when a variant does.
      return !resolved.discriminator && resolved.variants.some((variant) => acceptsNull(context, variant));
    case "intersection":
      return resolved.parts.every((part) => acceptsNull(context, part));
    case "literal":
      return resolved.value === null;
    case "enum":
      return resolved.values.includes(null);
    default:
      return false;
  }
}

function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** A short label for messages: the type name of a ref, or the shape of an inline schema. */
function describe(context: GuardEmitContext, schema: Schema): string {
  switch (schema.kind) {
    case "ref":
      return context.plan.typeNames.get(schema.name) ?? schema.name;
    case "literal":
      return shownValue(schema.value);
    case "object": {
      const required = schema.properties.filter((property) => property.required && property.schema.kind !== "never").map((property) => property.name);
      return required.length > 0 ? `an object with ${required.join(", ")}` : "an object";
    }
    case "intersection":
      return schema.parts.map((part) => describe(context, part)).join(" and ");
    case "union":
      return schema.variants.map((variant) => describe(context, variant)).join(" or ");
    case "number":
      return schema.integer ? "an integer" : "a number";
    case "array":
      return "an array";
    case "enum":
      return `one of ${schema.values.map(shownValue).join(", ")}`;
    default:
      return schema.kind === "unknown" ? "any value" : `a ${schema.kind}`;
  }
}
