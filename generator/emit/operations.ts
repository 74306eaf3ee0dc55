// Emits, per operation: the parameters interface, the documented error statuses, the operation
// descriptor (plain data the runtime reads), an error type guard, and the request function itself,
// which stays a one-line call into the runtime.
import {
  StructureKind,
  VariableDeclarationKind,
  type FunctionDeclarationStructure,
  type InterfaceDeclarationStructure,
  type StatementStructures,
} from "ts-morph";
import type { Operation, Parameter, Schema } from "../ir/model.ts";
import { successSchemas, type OperationNames } from "../plan/plan.ts";
import { docText, literal, numberLiteral, propertyKey, stringLiteral } from "./code.ts";
import { schemaDocParts, toJsDoc, wrapText, type DocParts } from "./docs.ts";
import type { ModuleScope } from "./guard-scope.ts";
import { tsName, tsUnion, type TypeExpression } from "./type-expressions.ts";
import { blankLine, typeExpression, type TypeEmitContext } from "./types.ts";

export interface OperationEmitContext extends TypeEmitContext {
  readonly module: ModuleScope;
}

const locationOrder: Record<Parameter["in"], number> = { path: 0, query: 1, header: 2 };

export function emitOperation(context: OperationEmitContext, operation: Operation): StatementStructures[] {
  const names = context.plan.operations.get(operation) as OperationNames;
  const parameters = [...operation.parameters].sort((a, b) => locationOrder[a.in] - locationOrder[b.in]);
  const statements: StatementStructures[] = [];
  if (names.parametersType) statements.push(parametersInterface(context, names, parameters));
  statements.push({
    kind: StructureKind.TypeAlias,
    leadingTrivia: blankLine,
    name: names.errorStatusType,
    isExported: true,
    docs: [`HTTP statuses that {@link ${names.functionName}} documents as errors; they reject with {@link AtlasApiError}.`],
    type: errorStatusType(operation),
  });
  statements.push(descriptor(context, operation, names, parameters));
  statements.push(errorGuard(operation, names));
  statements.push(requestFunction(context, operation, names, parameters));
  if (names.pagination) statements.push(...paginationFunctions(context, operation, names, names.pagination));
  return statements;
}

/** `<fn>Pages` yields each page, `<fn>Items` each result; both fetch lazily, one page at a time. */
function paginationFunctions(
  context: OperationEmitContext,
  operation: Operation,
  names: OperationNames,
  pagination: NonNullable<OperationNames["pagination"]>,
): FunctionDeclarationStructure[] {
  const page = returnType(context, operation);
  const item = typeExpression(context, pagination.itemSchema);
  const itemsPerPage = operation.parameters.find((parameter) => parameter.in === "query" && parameter.name === "itemsPerPage");
  const defaultSize = itemsPerPage?.schema.docs.default;
  const sizeArgument = typeof defaultSize === "number" ? `, ${numberLiteral(defaultSize)}` : "";
  const signature = [
    { kind: StructureKind.Parameter as const, name: "client", type: "Client" },
    { kind: StructureKind.Parameter as const, name: "parameters", type: names.parametersType as string },
    { kind: StructureKind.Parameter as const, name: "options", type: "RequestOptions", hasQuestionToken: true },
  ];
  const generator = (expression: TypeExpression) => (writer: import("ts-morph").CodeBlockWriter) => {
    writer.write("AsyncGenerator<");
    expression.write(writer);
    writer.write(", void, undefined>");
  };
  return [
    {
      kind: StructureKind.Function,
      name: pagination.pagesName,
      isExported: true,
      docs: [`Every page of {@link ${names.functionName}}, from \`pageNum\` (default 1) on, fetched one at a time as you iterate; memory stays constant however many pages there are.`],
      parameters: signature,
      returnType: generator(page),
      statements: (writer) => {
        writer.write("return pages<");
        page.write(writer);
        writer.write(`>(client, ${names.descriptorName}, parameters, options${sizeArgument});`);
      },
    },
    {
      kind: StructureKind.Function,
      name: pagination.itemsName,
      isExported: true,
      docs: [`Every result of every page of {@link ${names.functionName}}, one at a time.`],
      parameters: signature,
      returnType: generator(item),
      statements: (writer) => {
        writer.write("return pageItems<");
        item.write(writer);
        writer.write(`>(${pagination.pagesName}(client, parameters, options));`);
      },
    },
  ];
}

function parametersInterface(context: OperationEmitContext, names: OperationNames, parameters: Parameter[]): InterfaceDeclarationStructure {
  return {
    kind: StructureKind.Interface,
    name: names.parametersType as string,
    isExported: true,
    docs: [`Path, query and header parameters of {@link ${names.functionName}}.`],
    properties: parameters.map((parameter) => {
      const key = names.parameterKeys.get(parameter) as string;
      const facts = schemaDocParts(parameter.schema, parameter.description !== undefined ? { description: parameter.description } : {});
      const where = parameter.name === key ? `In the ${parameter.in}.` : `Sent as \`${docText(parameter.name)}\` in the ${parameter.in}.`;
      const docs: DocParts = {
        description: [facts.description, where].filter((part) => part !== "").join("\n\n"),
        tags: [...facts.tags, ...(parameter.deprecated ? [{ tagName: "deprecated" }] : [])],
      };
      return {
        kind: StructureKind.PropertySignature,
        name: propertyKey(key),
        hasQuestionToken: !parameter.required,
        type: (writer) => typeExpression(context, parameter.schema).write(writer),
        docs: toJsDoc(docs),
      };
    }),
  };
}

function errorStatuses(operation: Operation): number[] {
  return operation.responses
    .map((response) => response.status)
    .filter((status) => /^[1-5][0-9]{2}$/.test(status) && !status.startsWith("2"))
    .map(Number)
    .sort((a, b) => a - b);
}

function errorStatusType(operation: Operation): string {
  const open = operation.responses.some((response) => response.status === "default" || /XX$/.test(response.status));
  const statuses = errorStatuses(operation);
  if (open || statuses.length === 0) return "number";
  return statuses.map(numberLiteral).join(" | ");
}

function descriptor(context: OperationEmitContext, operation: Operation, names: OperationNames, parameters: Parameter[]): StatementStructures {
  const success = operation.responses
    .map((response) => response.status)
    .filter((status) => /^2[0-9]{2}$/.test(status))
    .map(Number);
  const responseMediaType = operation.responses.find((response) => /^2/.test(response.status) && response.content)?.content?.mediaType ?? "application/json";
  const parameterEntries = parameters.map((parameter) => {
    const members = [
      `name: ${stringLiteral(parameter.name)}`,
      `key: ${stringLiteral(names.parameterKeys.get(parameter) as string)}`,
      `in: ${stringLiteral(parameter.in)}`,
      `required: ${literal(parameter.required)}`,
      ...pathConstraints(context, parameter),
    ];
    return `{ ${members.join(", ")} }`;
  });
  const members = [
    `operationId: ${stringLiteral(operation.operationId)}`,
    `method: ${stringLiteral(operation.method.toUpperCase())}`,
    `path: ${stringLiteral(operation.requestPath)}`,
    `parameters: [${parameterEntries.join(", ")}]`,
    ...(operation.requestBody ? [`requestMediaType: ${stringLiteral(operation.requestBody.content.mediaType)}`] : []),
    `responseMediaType: ${stringLiteral(responseMediaType)}`,
    `successStatuses: [${(success.length > 0 ? success : [200]).map(numberLiteral).join(", ")}]`,
    `errorStatuses: [${errorStatuses(operation).map(numberLiteral).join(", ")}]`,
    `deprecated: ${literal(operation.deprecated)}`,
    ...(operation.sunset !== undefined ? [`sunset: ${stringLiteral(operation.sunset)}`] : []),
  ];
  return {
    kind: StructureKind.VariableStatement,
    leadingTrivia: blankLine,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [`How {@link ${names.functionName}} is sent: method, path, parameters and media types.`],
    declarations: [{ name: names.descriptorName, type: "OperationDescriptor", initializer: `{ ${members.join(", ")} }` }],
  };
}

/** Path parameters are checked against their spec pattern and length before a URL is built. */
function pathConstraints(context: OperationEmitContext, parameter: Parameter): string[] {
  if (parameter.in !== "path") return [];
  const schema = context.schemas.resolve(parameter.schema);
  if (schema.kind !== "string") return [];
  return [
    ...(schema.pattern !== undefined ? [`pattern: ${context.module.pattern(schema.pattern)}`] : []),
    ...(schema.minLength !== undefined ? [`minLength: ${numberLiteral(schema.minLength)}`] : []),
    ...(schema.maxLength !== undefined ? [`maxLength: ${numberLiteral(schema.maxLength)}`] : []),
  ];
}

function errorGuard(operation: Operation, names: OperationNames): FunctionDeclarationStructure {
  return {
    kind: StructureKind.Function,
    name: `is${names.functionName.charAt(0).toUpperCase()}${names.functionName.slice(1)}Error`,
    isExported: true,
    docs: [`Whether \`error\` is the {@link AtlasApiError} a call to {@link ${names.functionName}} rejected with, typed by its documented statuses.`],
    parameters: [{ name: "error", type: "unknown" }],
    returnType: `error is AtlasApiError<${names.errorStatusType}>`,
    statements: [`return error instanceof AtlasApiError && error.operationId === ${stringLiteral(operation.operationId)};`],
  };
}

function requestFunction(context: OperationEmitContext, operation: Operation, names: OperationNames, parameters: Parameter[]): FunctionDeclarationStructure {
  const returned = returnType(context, operation);
  const bodySchema = operation.requestBody?.content.schema;
  const allOptional = parameters.every((parameter) => !parameter.required);
  const signature: { name: string; type: string | ((writer: import("ts-morph").CodeBlockWriter) => void); hasQuestionToken?: boolean; initializer?: string }[] = [
    { name: "client", type: "Client" },
  ];
  if (names.parametersType) {
    // A default is only allowed when no required argument follows it.
    const defaultable = allOptional && !(operation.requestBody?.required ?? false);
    signature.push({ name: "parameters", type: names.parametersType, ...(defaultable ? { initializer: "{}" } : {}) });
  }
  if (operation.requestBody) {
    const bodyType = bodySchema ? typeExpression(context, bodySchema) : tsName("unknown");
    signature.push({ name: "body", type: (writer) => bodyType.write(writer), ...(operation.requestBody.required ? {} : { hasQuestionToken: true }) });
  }
  signature.push({ name: "options", type: "RequestOptions", hasQuestionToken: true });
  const input = [names.parametersType ? "parameters" : undefined, operation.requestBody ? "body" : undefined, "options"].filter(Boolean).join(", ");
  return {
    kind: StructureKind.Function,
    name: names.functionName,
    isExported: true,
    docs: toJsDoc(functionDocs(operation, names)),
    parameters: signature.map((parameter) => ({ kind: StructureKind.Parameter, ...parameter })),
    returnType: (writer) => {
      writer.write("Promise<");
      returned.write(writer);
      writer.write(">");
    },
    statements: (writer) => {
      writer.write(`return client.send(${names.descriptorName}, { ${input} }) as Promise<`);
      returned.write(writer);
      writer.write(">;");
    },
  };
}

function returnType(context: OperationEmitContext, operation: Operation): TypeExpression {
  const schemas: Schema[] = successSchemas(operation);
  if (schemas.length === 0) return tsName("void");
  return tsUnion(schemas.map((schema) => typeExpression(context, schema)));
}

function functionDocs(operation: Operation, names: OperationNames): DocParts {
  const description = wrapText(
    [operation.summary, operation.description]
      .filter((text): text is string => text !== undefined && text !== "")
      .map(docText)
      .join("\n\n"),
  );
  const roles = operation.roles.length > 0 ? `\n\nRequires the ${operation.roles.map(docText).join(" or ")} role.` : "";
  const sunset = operation.sunset !== undefined ? ` Atlas stops serving it after ${docText(operation.sunset)}.` : "";
  const tags: { tagName: string; text?: string }[] = [
    { tagName: "param", text: "client - The client from `createClient`." },
    ...(names.parametersType ? [{ tagName: "param", text: "parameters - Path and query parameters." }] : []),
    ...(operation.requestBody ? [{ tagName: "param", text: "body - The request body." }] : []),
    { tagName: "param", text: "options - Per-call options: abort signal, extra headers." },
    { tagName: "throws", text: `{@link AtlasApiError} on a ${errorStatusType(operation).split(" | ").join(", ")} answer (see {@link ${names.errorStatusType}}).` },
    { tagName: "throws", text: "{@link AtlasRequestError} when a parameter is invalid; nothing is sent then." },
    ...(operation.deprecated ? [{ tagName: "deprecated", text: `Atlas marks this operation deprecated.${sunset}` }] : []),
  ];
  return { description: `${description}${roles}`, tags };
}
