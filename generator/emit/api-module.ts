// Assembles the source files of one API version: types.ts, guards.ts, operations.ts and index.ts,
// as ts-morph statement structures.
import type { FunctionDeclarationStructure, ImportDeclarationStructure, StatementStructures } from "ts-morph";
import { StructureKind, VariableDeclarationKind } from "./structure-kind.ts";
import type { ApiModel, Schema } from "../ir/model.ts";
import { indexSchemas, primarySuccess, type SchemaIndex } from "../ir/lookup.ts";
import { referencedSchemaNames } from "../ir/references.ts";
import { runtimeImportNames, type ApiPlan } from "../plan/plan.ts";
import { stringLiteral } from "./code.ts";
import { createModuleScope, renderFunction, type DeferredFunction } from "./guard-scope.ts";
import { initializerText, objectLiteral } from "./literal-layout.ts";
import { emitGuardFunctions } from "./guards.ts";
import { emitOperation } from "./operations.ts";
import { blankLine } from "./code-writer.ts";
import { emitNamedType } from "./types.ts";

/**
 * How a module's JavaScript is made: `printed` from its structures with their types left out
 * (render/javascript.ts), which needs every function body and initializer in it to be plain
 * JavaScript, all types kept in typed fields; `compiled` by esbuild from the formatted source.
 */
export type JavaScriptSource = "printed" | "compiled";

export interface ModuleFile {
  /** Path inside the package's `src/`, e.g. `v2/types.ts`. */
  readonly path: string;
  readonly statements: readonly StatementStructures[];
  readonly javascript: JavaScriptSource;
}

/**
 * A module too big to hold whole on a big spec (the guards): its body is made in batches, each of
 * which can be printed, compiled and written before the next is made, and its opening statements
 * (imports, hoisted constants) are known only once the whole body has been made. The body opens with
 * statements that stand apart (functions), so it prints the same whatever the opening ends with.
 */
export interface StreamedModuleFile {
  readonly path: string;
  readonly javascript: JavaScriptSource;
  /** Made lazily, one batch at a time. */
  readonly body: Iterable<readonly StatementStructures[]>;
  /** The statements before the body; only once the body has been gone through. */
  opening(): readonly StatementStructures[];
}

export type EmittedModule = ModuleFile | StreamedModuleFile;

/** The module with all its statements at once (for tests and tools; the pipeline streams it). */
export function wholeModule(module: EmittedModule): ModuleFile {
  if ("statements" in module) return module;
  const body = [...module.body].flat();
  return { path: module.path, statements: [...module.opening(), ...body], javascript: module.javascript };
}

const runtimeModule = "../runtime/index.js";
const runtimeTypeNames = new Set(["Check", "Client", "OperationDescriptor", "RequestOptions", "ValidationProblem"]);

interface ApiEmitContext {
  readonly model: ApiModel;
  readonly plan: ApiPlan;
  readonly schemas: SchemaIndex;
  /** Every module-level name the plan gives out, which helpers and constants must not take. */
  readonly plannedNames: readonly string[];
}

/**
 * The modules of one API version, each built only when asked for, so that a module's structures can
 * be let go once it is printed, before the next one is built (the guards of a big spec are large).
 */
export function* emitApiModule(model: ApiModel, plan: ApiPlan, guardBatchChars = defaultGuardBatchChars): Generator<EmittedModule, void, undefined> {
  const plannedNames = [...plan.typeNames.values(), ...model.schemas.flatMap((named) => [plan.checkName(named.name), plan.isName(named.name), plan.validateName(named.name)])];
  const context: ApiEmitContext = { model, plan, schemas: indexSchemas(model), plannedNames };
  yield typesModule(context);
  yield guardsModule(context, guardBatchChars);
  yield operationsModule(context);
  yield {
    path: `${plan.moduleName}/index.ts`,
    statements: ["./types.js", "./guards.js", "./operations.js"].map((moduleSpecifier) => ({ kind: StructureKind.ExportDeclaration, moduleSpecifier })),
    javascript: "printed",
  };
}

function typesModule({ model, plan, schemas }: ApiEmitContext): ModuleFile {
  const typeContext = { plan, schemas };
  return { path: `${plan.moduleName}/types.ts`, statements: model.schemas.map((named) => emitNamedType(typeContext, named)), javascript: "printed" };
}

// Rendered function text per batch of the guards module: small enough that a batch's structures,
// printed text and compiled parts are a small part of the peak on a big spec, big enough that the
// per-batch costs (a yield, a few esbuild calls) stay negligible.
const defaultGuardBatchChars = 4 * 1024 * 1024;

function guardsModule({ model, plan, schemas, plannedNames }: ApiEmitContext, guardBatchChars: number): StreamedModuleFile {
  const guardScope = createModuleScope([...plannedNames, ...runtimeImportNames]);
  const guardContext = { plan, schemas, module: guardScope };
  // What the opening imports from the runtime: the names the bodies use, gathered batch by batch.
  const runtimeNames = runtimeNamesIn(["ValidationProblem runCheck collectProblems Check"], new Set());
  let bodyDone = false;
  function* batches(functions: Iterable<FunctionDeclarationStructure>): Generator<FunctionDeclarationStructure[]> {
    let batch: FunctionDeclarationStructure[] = [];
    let size = 0;
    for (const fn of functions) {
      const body = String(fn.statements);
      runtimeNamesIn([body], runtimeNames);
      batch.push(fn);
      size += body.length;
      if (size < guardBatchChars) continue;
      yield batch;
      batch = [];
      size = 0;
    }
    if (batch.length > 0) yield batch;
  }
  function* guardFunctions(): Generator<FunctionDeclarationStructure> {
    for (const named of model.schemas) for (const fn of emitGuardFunctions(guardContext, named)) yield renderFunction(fn);
  }
  // Rendering a helper can hoist further helpers (a union inside an inline variant): work until none are new.
  function* helperFunctions(): Generator<FunctionDeclarationStructure> {
    for (let index = 0; index < guardScope.helpers.length; index++) yield renderFunction(guardScope.helpers[index] as DeferredFunction);
  }
  function* body(): Generator<StatementStructures[]> {
    yield* batches(guardFunctions());
    const validators = responseValidators(model, plan);
    let first = true;
    for (const batch of batches(helperFunctions())) {
      yield first ? [validators, ...batch] : batch;
      first = false;
    }
    if (first) yield [validators];
    bodyDone = true;
  }
  return {
    path: `${plan.moduleName}/guards.ts`,
    // The guard emitter writes bodies in plain JavaScript; the checks' types are on their signatures.
    javascript: "printed",
    body: body(),
    opening() {
      if (!bodyDone) throw new Error("the guards' opening is known only once their body has been made");
      return [...typeImport(plan.typeNames, model.schemas.map((named) => named.name), "./types.js"), runtimeImport(runtimeNames), ...guardScope.constants];
    },
  };
}

function operationsModule({ model, plan, schemas, plannedNames }: ApiEmitContext): ModuleFile {
  const operationScope = createModuleScope([...plannedNames, ...runtimeImportNames, ...operationNames(plan)]);
  const operationContext = { plan, schemas, module: operationScope };
  const operationStatements = model.operations.flatMap((operation) => emitOperation(operationContext, operation));
  const usedTypes = new Set<string>();
  for (const operation of model.operations) {
    const mentioned: Schema[] = [
      ...operation.parameters.map((parameter) => parameter.schema),
      ...(operation.requestBody?.variants ?? []).flatMap((variant) => (variant.schema ? [variant.schema] : [])),
      ...operation.responses
        .filter((response) => /^2/.test(response.status))
        .flatMap((response) => response.variants.flatMap((variant) => (variant.schema ? [variant.schema] : []))),
    ];
    for (const schema of mentioned) referencedSchemaNames(schema, usedTypes);
    const pagination = plan.operations.get(operation)?.pagination;
    if (pagination) referencedSchemaNames(pagination.itemSchema, usedTypes);
  }
  const paginated = [...plan.operations.values()].some((names) => names.pagination);
  const statements: StatementStructures[] = [
    ...typeImport(plan.typeNames, [...usedTypes], "./types.js"),
    runtimeImport(runtimeNamesIn([`AtlasApiError Client OperationDescriptor RequestOptions${paginated ? " pages pageItems" : ""}`], new Set())),
    {
      kind: StructureKind.VariableStatement,
      leadingTrivia: blankLine,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: ["Where the service this API describes lives; pass it as `baseUrl` to `createClient`."],
      declarations: [{ name: "defaultBaseUrl", type: "string", initializer: stringLiteral(origin(model.serverUrl)) }],
    },
    ...operationScope.constants,
    ...operationStatements,
  ];
  // The request functions cast what the client resolves with (`as Promise<...>`): esbuild strips that.
  return { path: `${plan.moduleName}/operations.ts`, statements, javascript: "compiled" };
}

/**
 * The checks of every operation's success body, keyed like the runtime's `operationKey` (method and
 * path), so `responseValidation(validators, { mode })` can find them. Only named bodies are
 * listed; an inline body has no guard of its own to point at.
 */
function responseValidators(model: ApiModel, plan: ApiPlan): StatementStructures {
  const entries = model.operations.flatMap((operation) => {
    return (primarySuccess(operation)?.variants ?? []).flatMap((variant) => {
      if (variant.format !== "json" || variant.schema?.kind !== "ref") return [];
      const key = `${operation.method.toUpperCase()} ${operation.requestPath} ${variant.mediaType}`;
      return [[stringLiteral(key), plan.checkName(variant.schema.name)] as const];
    });
  });
  const type = "Readonly<Record<string, Check>>";
  return {
    kind: StructureKind.VariableStatement,
    leadingTrivia: blankLine,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: ["The check of each operation's success body, keyed for `responseValidation`."],
    declarations: [{ name: plan.validatorsName, type, initializer: initializerText(`export const ${plan.validatorsName}: ${type}`, "", objectLiteral(entries)) }],
  };
}

function operationNames(plan: ApiPlan): string[] {
  return [...plan.operations.values()].flatMap((names) => [
    names.functionName,
    names.descriptorName,
    names.errorStatusType,
    ...(names.parametersType ? [names.parametersType] : []),
  ]);
}

/** `import type { ... }` of the named types, or nothing when there are none. */
function typeImport(typeNames: ReadonlyMap<string, string>, schemaNames: readonly string[], moduleSpecifier: string): ImportDeclarationStructure[] {
  const names = [...new Set(schemaNames.map((name) => typeNames.get(name) as string))].sort(codeUnitOrder);
  if (names.length === 0) return [];
  return [{ kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier, namedImports: names }];
}

const runtimeNamePattern = new RegExp(`\\b(?:${runtimeImportNames.join("|")})\\b`, "g");

/** Adds to `mentioned` the runtime names that the pieces of `code` use. */
function runtimeNamesIn(code: readonly string[], mentioned: Set<string>): Set<string> {
  // One pass over the code for all names, piece by piece: the guards of a big spec are many megabytes.
  for (const piece of code) {
    if (mentioned.size === runtimeImportNames.length) break;
    for (const match of piece.matchAll(runtimeNamePattern)) mentioned.add(match[0]);
  }
  return mentioned;
}

/** Imports exactly the runtime names given (types as types). */
function runtimeImport(mentioned: ReadonlySet<string>): ImportDeclarationStructure {
  const used = runtimeImportNames.filter((name) => mentioned.has(name)).sort(codeUnitOrder);
  return {
    kind: StructureKind.ImportDeclaration,
    moduleSpecifier: runtimeModule,
    namedImports: used.map((name) => ({ name, isTypeOnly: runtimeTypeNames.has(name) })),
  };
}

export function codeUnitOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function origin(url: string): string {
  return /^([a-z][a-z0-9+.-]*:\/\/[^/]*)/i.exec(url)?.[1] ?? "";
}
