// Emits, per operation: the parameters interface, the documented error statuses, the operation
// descriptor (plain data the runtime reads), an error type guard, and the request function itself,
// which stays a one-line call into the runtime.
import type { FunctionDeclarationStructure, InterfaceDeclarationStructure, StatementStructures } from "ts-morph";
import { StructureKind, VariableDeclarationKind } from "./structure-kind.ts";
import { primarySuccess } from "../ir/lookup.ts";
import type { MediaContent, Operation, Parameter } from "../ir/model.ts";
import type { OperationNames } from "../plan/plan.ts";
import { docText, literal, numberLiteral, propertyKey, stringLiteral } from "./code.ts";
import { schemaDocParts, toJsDoc, wrapText, type DocParts } from "./docs.ts";
import type { ModuleScope } from "./guard-scope.ts";
import { writeCallStatement, writeHuggedCall, writeReturnedTest, writeTypeArgumentLine } from "./layout.ts";
import { arrayLiteral, initializerText, objectLiteral, type LiteralTree } from "./literal-layout.ts";
import { blankLine, render, type CodeWriter } from "./code-writer.ts";
import { tsName, tsUnion, typeText, type TypeExpression } from "./type-expressions.ts";
import { declaredTypeText } from "./type-layout.ts";
import { memberIndent, typeExpression, type TypeEmitContext } from "./types.ts";

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
    type: declaredTypeText(errorStatusType(operation), `export type ${names.errorStatusType} =`, 0),
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
    { kind: StructureKind.Parameter, name: "client", type: "Client" },
    { kind: StructureKind.Parameter, name: "parameters", type: names.parametersType as string },
    { kind: StructureKind.Parameter, name: "options", type: "RequestOptions", hasQuestionToken: true },
  ];
  const generator = (expression: TypeExpression): string => `AsyncGenerator<${typeText(expression)}, void, undefined>`;
  return [
    {
      kind: StructureKind.Function,
      name: pagination.pagesName,
      isExported: true,
      docs: [`Every page of {@link ${names.functionName}}, from \`pageNum\` (default 1) on, fetched one at a time as you iterate; memory stays constant however many pages there are.`],
      parameters: signature,
      returnType: generator(page),
      statements: render((writer) => {
        const args = ["client", names.descriptorName, "parameters", "options", ...(sizeArgument === "" ? [] : [sizeArgument.slice(", ".length)])];
        writeTypedCall(writer, "pages", page, args);
      }, 1),
    },
    {
      kind: StructureKind.Function,
      name: pagination.itemsName,
      isExported: true,
      docs: [`Every result of every page of {@link ${names.functionName}}, one at a time.`],
      parameters: signature,
      returnType: generator(item),
      statements: render((writer) => writeTypedCall(writer, "pageItems", item, [`${pagination.pagesName}(client, parameters, options)`]), 1),
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
        type: declaredTypeText(typeExpression(context, parameter.schema), `${propertyKey(key)}${parameter.required ? "" : "?"}:`, memberIndent),
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

function errorStatusType(operation: Operation): TypeExpression {
  const open = operation.responses.some((response) => response.status === "default" || /XX$/.test(response.status));
  const statuses = errorStatuses(operation);
  if (open || statuses.length === 0) return tsName("number");
  return tsUnion(statuses.map((status) => tsName(numberLiteral(status))));
}

function descriptor(context: OperationEmitContext, operation: Operation, names: OperationNames, parameters: Parameter[]): StatementStructures {
  const success = operation.responses
    .map((response) => response.status)
    .filter((status) => /^2[0-9]{2}$/.test(status))
    .map(Number);
  const successContent = primarySuccess(operation)?.content;
  const responseMediaType = successContent?.mediaType ?? "application/json";
  const responseFormat = successContent?.format === "text" || successContent?.format === "bytes" ? successContent.format : "json";
  const parameterEntries = parameters.map((parameter) =>
    objectLiteral([
      ["name", stringLiteral(parameter.name)],
      ["key", stringLiteral(names.parameterKeys.get(parameter) as string)],
      ["in", stringLiteral(parameter.in)],
      ["required", literal(parameter.required)],
      ...pathConstraints(context, parameter),
    ]),
  );
  const descriptorValue = objectLiteral([
    ["operationId", stringLiteral(operation.operationId)],
    ["method", stringLiteral(operation.method.toUpperCase())],
    ["path", stringLiteral(operation.requestPath)],
    ["parameters", arrayLiteral(parameterEntries)],
    ...(operation.requestBody
      ? [
          ["requestMediaType", stringLiteral(operation.requestBody.content.mediaType)] as const,
          ["requestFormat", stringLiteral(operation.requestBody.content.format)] as const,
          ...variantList("requestVariants", operation.requestBody.variants),
        ]
      : []),
    ["responseMediaType", stringLiteral(responseMediaType)],
    ["responseFormat", stringLiteral(responseFormat)],
    ...variantList("responseVariants", primarySuccess(operation)?.variants ?? []),
    ["successStatuses", arrayLiteral((success.length > 0 ? success : [200]).map(numberLiteral))],
    ["errorStatuses", arrayLiteral(errorStatuses(operation).map(numberLiteral))],
    ["deprecated", literal(operation.deprecated)],
    ...(operation.sunset !== undefined ? [["sunset", stringLiteral(operation.sunset)] as const] : []),
  ]);
  const type = "OperationDescriptor";
  return {
    kind: StructureKind.VariableStatement,
    leadingTrivia: blankLine,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [`How {@link ${names.functionName}} is sent: method, path, parameters and media types.`],
    declarations: [{ name: names.descriptorName, type, initializer: initializerText(`export const ${names.descriptorName}: ${type}`, "", descriptorValue) }],
  };
}

/** `requestVariants: [...]` when a body or answer comes in more than one media type, else nothing. */
function variantList(name: string, variants: readonly MediaContent[]): (readonly [string, LiteralTree])[] {
  if (variants.length <= 1) return [];
  const entries = variants.map((variant) =>
    objectLiteral([
      ["mediaType", stringLiteral(variant.mediaType)],
      ["format", stringLiteral(variant.format)],
      ...(variant.version !== undefined ? [["version", stringLiteral(variant.version)] as const] : []),
    ]),
  );
  return [[name, arrayLiteral(entries)]];
}

/** Path parameters are checked against their spec pattern and length before a URL is built. */
function pathConstraints(context: OperationEmitContext, parameter: Parameter): (readonly [string, string])[] {
  if (parameter.in !== "path") return [];
  const schema = context.schemas.resolve(parameter.schema);
  if (schema.kind !== "string") return [];
  return [
    ...(schema.pattern !== undefined ? [["pattern", context.module.pattern(schema.pattern)] as const] : []),
    ...(schema.minLength !== undefined ? [["minLength", numberLiteral(schema.minLength)] as const] : []),
    ...(schema.maxLength !== undefined ? [["maxLength", numberLiteral(schema.maxLength)] as const] : []),
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
    statements: render((writer) => writeReturnedTest(writer, "&&", ["error instanceof AtlasApiError", `error.operationId === ${stringLiteral(operation.operationId)}`]), 1),
  };
}

/**
 * `return callee<T>(args);`: with a plain type name, laid out as prettier does (one argument per line
 * when it does not fit); any other type argument goes on one line for prettier to lay out.
 */
function writeTypedCall(writer: CodeWriter, callee: string, type: TypeExpression, args: readonly string[]): void {
  const typeArgument = typeText(type);
  if (/^[A-Za-z_$][\w$]*$/.test(typeArgument)) {
    writeCallStatement(writer, "return ", `${callee}<${typeArgument}>`, args);
    return;
  }
  writer.write(`return ${callee}<`);
  type.write(writer);
  writer.write(`>(${args.join(", ")});`);
}

/** One call shape per API version: the body it takes and the answer it returns. */
interface VersionSignature {
  readonly version?: string;
  readonly body?: TypeExpression;
  readonly response: TypeExpression;
}

/**
 * When the body or the answer has several versioned media types, one signature per version, newest
 * (the default) first; otherwise the one signature of the default media types.
 */
function versionSignatures(context: OperationEmitContext, operation: Operation): VersionSignature[] {
  const successes = operation.responses.filter((response) => /^2[0-9]{2}$/.test(response.status));
  const versions = new Set<string>();
  for (const variant of [...(operation.requestBody?.variants ?? []), ...successes.flatMap((response) => response.variants)]) {
    if (variant.version !== undefined) versions.add(variant.version);
  }
  const defaultVersion = operation.requestBody?.content.version ?? successes.find((response) => response.content)?.content?.version;
  const signature = (version: string | undefined): VersionSignature => {
    const pick = (variants: readonly MediaContent[], fallback: MediaContent | undefined) =>
      (version === undefined ? undefined : variants.find((variant) => variant.version === version)) ?? fallback;
    const body = operation.requestBody ? contentType(context, pick(operation.requestBody.variants, operation.requestBody.content)) : undefined;
    const answers = successes.map((response) => pick(response.variants, response.content)).filter((content): content is MediaContent => content !== undefined);
    const response = answers.length === 0 ? tsName("void") : tsUnion(answers.map((content) => contentType(context, content)));
    return { ...(version !== undefined ? { version } : {}), ...(body ? { body } : {}), response };
  };
  if (versions.size <= 1) return [signature(undefined)];
  // Newest dated version first, then undated ones such as `preview`.
  const rank = (version: string): string => (/^\d{4}-\d{2}-\d{2}$/.test(version) ? `0${version}` : `1${version}`);
  const others = [...versions]
    .filter((version) => version !== defaultVersion)
    .sort((a, b) => (rank(a).startsWith("0") && rank(b).startsWith("0") ? (a < b ? 1 : a > b ? -1 : 0) : rank(a) < rank(b) ? -1 : 1));
  return [signature(defaultVersion), ...others.map(signature)];
}

/** The TypeScript type of a body in one media type: its schema for JSON and forms, text, or bytes. */
function contentType(context: OperationEmitContext, content: MediaContent | undefined): TypeExpression {
  if (!content) return tsName("unknown");
  if (content.format === "text") return tsName("string");
  if (content.format === "bytes") return tsName("Uint8Array");
  return content.schema ? typeExpression(context, content.schema) : tsName("unknown");
}

function requestFunction(context: OperationEmitContext, operation: Operation, names: OperationNames, parameters: Parameter[]): FunctionDeclarationStructure {
  const signatures = versionSignatures(context, operation);
  const allOptional = parameters.every((parameter) => !parameter.required);
  const bodyRequired = operation.requestBody?.required ?? false;
  type ParameterShape = { kind: typeof StructureKind.Parameter; name: string; type: string; hasQuestionToken?: boolean; initializer?: string };
  const parameterList = (signature: VersionSignature, options: { version?: string; isDefault: boolean; implementation: boolean }): ParameterShape[] => {
    const list: ParameterShape[] = [{ kind: StructureKind.Parameter, name: "client", type: "Client" }];
    if (names.parametersType) {
      const defaultable = allOptional && !bodyRequired && options.implementation;
      // Optional only where nothing required follows: not before a version overload's required options.
      const optional = allOptional && !bodyRequired && !options.implementation && options.isDefault;
      list.push({ kind: StructureKind.Parameter, name: "parameters", type: names.parametersType, ...(defaultable ? { initializer: "{}" } : {}), ...(optional ? { hasQuestionToken: true } : {}) });
    }
    if (operation.requestBody) {
      const body = options.implementation ? tsUnion(signatures.map((each) => each.body ?? tsName("unknown"))) : (signature.body ?? tsName("unknown"));
      list.push({ kind: StructureKind.Parameter, name: "body", type: typeText(body), ...(bodyRequired ? {} : { hasQuestionToken: true }) });
    }
    const versionOption = options.version === undefined ? "RequestOptions" : `RequestOptions & { readonly apiVersion${options.isDefault ? "?" : ""}: ${stringLiteral(options.version)} }`;
    list.push({ kind: StructureKind.Parameter, name: "options", type: versionOption, ...(options.isDefault || options.implementation ? { hasQuestionToken: true } : {}) });
    return list;
  };
  const promiseOf = (type: TypeExpression): string => `Promise<${typeText(type)}>`;
  const returned = tsUnion(signatures.map((signature) => signature.response));
  const input = [names.parametersType ? "parameters" : undefined, operation.requestBody ? "body" : undefined, "options"].filter(Boolean).join(", ");
  const docs = toJsDoc(functionDocs(operation, names));
  const versioned = signatures.length > 1;
  return {
    kind: StructureKind.Function,
    name: names.functionName,
    isExported: true,
    docs: versioned ? [] : docs,
    ...(versioned
      ? {
          overloads: signatures.map((signature, index) => ({
            kind: StructureKind.FunctionOverload,
            docs: index === 0 ? docs : [versionDoc(operation, names, signature.version)],
            parameters: parameterList(signature, { ...(signature.version !== undefined ? { version: signature.version } : {}), isDefault: index === 0, implementation: false }),
            returnType: promiseOf(signature.response),
          })),
        }
      : {}),
    parameters: parameterList(signatures[0] as VersionSignature, { isDefault: true, implementation: true }),
    returnType: promiseOf(returned),
    statements: render((writer) => {
      const resultType = typeText(returned);
      // Prettier hugs the object argument only when the asserted type cannot break itself (a union can).
      if (!/^[A-Za-z_$][\w$]*$/.test(resultType)) {
        const start = `return client.send(${names.descriptorName}, { ${input} }) as Promise<`;
        // A union of names breaks as a whole onto its own line; other types are left to prettier.
        const members = returned.members?.map(typeText);
        if (members?.every((member) => /^[A-Za-z_$][\w$]*$/.test(member))) writeTypeArgumentLine(writer, start, members, ">;");
        else writer.writeLine(`${start}${resultType}>;`);
        return;
      }
      writeHuggedCall(writer, "return client.send(", [names.descriptorName], input.split(", "), `) as Promise<${resultType}>;`);
    }, 1),
  };
}

/** The doc of an older (or preview) version's overload, with its sunset when it has one. */
function versionDoc(operation: Operation, names: OperationNames, version: string | undefined): string {
  const sunset = operation.responses.flatMap((response) => response.variants).find((variant) => variant.version === version && variant.sunset)?.sunset;
  const until = sunset !== undefined ? ` Atlas stops serving this version after ${docText(sunset)}.` : "";
  return `{@link ${names.functionName}} as API version ${docText(version ?? "")} answers it; pass \`{ apiVersion: ${stringLiteral(version ?? "")} }\`.${until}`;
}

function returnType(context: OperationEmitContext, operation: Operation): TypeExpression {
  return (versionSignatures(context, operation)[0] as VersionSignature).response;
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
  const documentedErrors = typeText(errorStatusType(operation));
  const tags: { tagName: string; text?: string }[] = [
    { tagName: "param", text: "client - The client from `createClient`." },
    ...(names.parametersType ? [{ tagName: "param", text: "parameters - Path and query parameters." }] : []),
    ...(operation.requestBody ? [{ tagName: "param", text: "body - The request body." }] : []),
    { tagName: "param", text: "options - Per-call options: abort signal, extra headers." },
    {
      tagName: "throws",
      text:
        documentedErrors === "number"
          ? `{@link AtlasApiError} on any error answer (see {@link ${names.errorStatusType}}).`
          : `{@link AtlasApiError} on a ${documentedErrors.split(" | ").join(", ")} answer (see {@link ${names.errorStatusType}}).`,
    },
    { tagName: "throws", text: "{@link AtlasRequestError} when a parameter is invalid; nothing is sent then." },
    ...(operation.deprecated ? [{ tagName: "deprecated", text: `Atlas marks this operation deprecated.${sunset}` }] : []),
  ];
  return { description: `${description}${roles}`, tags };
}
