// The naming stage: every name the emitters write is decided here, once, before any code exists.
// Clashes are resolved deterministically (spec order, numeric suffix).
import { indexSchemas, primarySuccess, type SchemaIndex } from "../ir/lookup.ts";
import type { ApiModel, Operation, Parameter, Schema } from "../ir/model.ts";
import { isPropertyIdentifier, toCamelCase, toPascalCase, typeIdentifier, valueIdentifier } from "./identifiers.ts";

export interface OperationNames {
  /** The exported request function. */
  readonly functionName: string;
  /** The exported operation descriptor constant. */
  readonly descriptorName: string;
  /** The exported parameters interface, when the operation takes parameters. */
  readonly parametersType?: string;
  /** The exported type of the documented error statuses. */
  readonly errorStatusType: string;
  /** Parameter wire name + location -> property of the parameters object. */
  readonly parameterKeys: ReadonlyMap<Parameter, string>;
  /** For list operations: the page iterator and the item iterator. */
  readonly pagination?: { readonly pagesName: string; readonly itemsName: string; readonly itemSchema: Schema };
}

export interface ApiPlan {
  /** Folder and namespace of this API in the package, e.g. `v2`. */
  readonly moduleName: string;
  /** components.schemas name -> exported type name. */
  readonly typeNames: ReadonlyMap<string, string>;
  readonly operations: ReadonlyMap<Operation, OperationNames>;
  /** The exported registry of response checks, for `responseValidation`. */
  readonly validatorsName: string;
  /** Internal check function name for a named schema. */
  checkName(schemaName: string): string;
  isName(schemaName: string): string;
  validateName(schemaName: string): string;
}

/** Names the runtime exports into generated modules; schema names must not shadow them. */
export const runtimeImportNames = [
  "AtlasApiError",
  "Check",
  "pageItems",
  "pages",
  "childPointer",
  "Client",
  "OperationDescriptor",
  "RequestOptions",
  "ValidationProblem",
  "collectProblems",
  "hasUniqueItems",
  "isArray",
  "isDate",
  "isDateTime",
  "isEmail",
  "isInt32",
  "isInt64",
  "isRecord",
  "isTime",
  "isUri",
  "isUuid",
  "report",
  "runCheck",
  "stringLength",
];

export function planApi(model: ApiModel, moduleName: string): ApiPlan {
  const schemas = indexSchemas(model);
  const taken = new Set<string>(runtimeImportNames);
  const claim = (wanted: string): string => {
    let name = wanted;
    for (let counter = 2; taken.has(name); counter++) name = `${wanted}${counter}`;
    taken.add(name);
    return name;
  };

  const typeNames = new Map<string, string>();
  for (const named of model.schemas) typeNames.set(named.name, claim(typeIdentifier(named.name)));
  const guardNames = new Map<string, { is: string; validate: string; check: string }>();
  for (const named of model.schemas) {
    const base = typeNames.get(named.name) as string;
    guardNames.set(named.name, { is: claim(`is${base}`), validate: claim(`validate${base}`), check: claim(`check${base}`) });
  }

  // A friendlier override names the function unless two operations would want the same name (then
  // both keep their operationIds, which are unique): deterministic whatever the order of the paths.
  const wanted = model.operations.map((operation) => valueIdentifier(operation.nameOverride ?? operation.operationId));
  const wantedCount = new Map<string, number>();
  for (const name of [...wanted, ...model.operations.map((operation) => valueIdentifier(operation.operationId))]) {
    wantedCount.set(name, (wantedCount.get(name) ?? 0) + 1);
  }
  const operations = new Map<Operation, OperationNames>();
  for (const [index, operation] of model.operations.entries()) {
    const override = operation.nameOverride !== undefined ? wanted[index] : undefined;
    const ownId = valueIdentifier(operation.operationId);
    const overrideIsFree = override !== undefined && override !== ownId && (wantedCount.get(override) ?? 0) === 1 && !taken.has(override);
    const functionName = claim(overrideIsFree ? (override as string) : ownId);
    const pascal = toPascalCase(functionName);
    const parameterKeys = new Map<Parameter, string>();
    const used = new Set<string>();
    for (const parameter of operation.parameters) {
      const wanted = parameterKey(parameter.name);
      let key = wanted;
      for (let counter = 2; used.has(key); counter++) key = `${wanted}${counter}`;
      used.add(key);
      parameterKeys.set(parameter, key);
    }
    const itemSchema = pagedItemSchema(schemas, operation);
    operations.set(operation, {
      ...(itemSchema ? { pagination: { pagesName: claim(`${functionName}Pages`), itemsName: claim(`${functionName}Items`), itemSchema } } : {}),
      functionName,
      descriptorName: claim(`${functionName}Operation`),
      ...(operation.parameters.length > 0 ? { parametersType: claim(`${pascal}Parameters`) } : {}),
      errorStatusType: claim(`${pascal}ErrorStatus`),
      parameterKeys,
    });
  }

  const guard = (schemaName: string) => {
    const names = guardNames.get(schemaName);
    if (!names) throw new Error(`no plan for schema ${schemaName}`);
    return names;
  };
  return {
    moduleName,
    typeNames,
    operations,
    validatorsName: claim("responseValidators"),
    checkName: (name) => guard(name).check,
    isName: (name) => guard(name).is,
    validateName: (name) => guard(name).validate,
  };
}

/** Parameter keys are property names: reserved words are fine, `GROUP-ID` reads better as `groupId`. */
function parameterKey(name: string): string {
  if (isPropertyIdentifier(name)) return name;
  const camel = toCamelCase(name);
  return isPropertyIdentifier(camel) ? camel : name;
}

/** `1.0` -> `v1`, `2.0` -> `v2`, anything else -> a safe identifier. */
export function moduleNameFor(version: string): string {
  const major = /^v?(\d+)/.exec(version)?.[1];
  return major !== undefined ? `v${major}` : valueIdentifier(`v_${version}`);
}

/**
 * A list operation pages with `pageNum` and `itemsPerPage` and answers with an object holding a
 * `results` array; its items are what the item iterator yields.
 */
function pagedItemSchema(schemas: SchemaIndex, operation: Operation): Schema | undefined {
  const query = new Set(operation.parameters.filter((parameter) => parameter.in === "query").map((parameter) => parameter.name));
  if (!query.has("pageNum") || !query.has("itemsPerPage")) return undefined;
  const success = primarySuccess(operation)?.content?.schema;
  if (!success) return undefined;
  const results = schemas.properties(success).get("results");
  const list = results ? schemas.resolve(results.schema) : undefined;
  return list?.kind === "array" ? list.items : undefined;
}
