// Per-module state of the guard emitter: hoisted regular expressions and value sets, helper
// functions for inline union variants, and fresh local names. Created per module, never shared.
import type { FunctionDeclarationStructure, VariableStatementStructure } from "ts-morph";
import { StructureKind, VariableDeclarationKind } from "./structure-kind.ts";
import { blankLine, render, type CodeWriter } from "./code-writer.ts";
import type { Literal } from "../ir/model.ts";
import { isBindingIdentifier } from "../plan/identifiers.ts";
import { literal, regExpConstruction } from "./code.ts";
import { arrayLiteral, callInitializerText, initializerText } from "./literal-layout.ts";

export interface ModuleScope {
  /** The constant holding `new RegExp(pattern, "u")`, created once per pattern. */
  pattern(pattern: string): string;
  /** The constant holding a `Set` of values, created once per distinct list. */
  valueSet(values: readonly Literal[]): string;
  /** A module-unique name for an internal helper, never one of `taken`. */
  helperName(wanted: string): string;
  addHelper(helper: DeferredFunction): void;
  readonly constants: readonly VariableStatementStructure[];
  readonly helpers: readonly DeferredFunction[];
}

/**
 * A function whose body is written only when the module is assembled: writing a body can hoist
 * helpers and constants, which then still land in the order they were first needed.
 */
export interface DeferredFunction {
  readonly declaration: Omit<FunctionDeclarationStructure, "statements">;
  readonly writeBody: (writer: CodeWriter) => void;
}

/** The function with its body written now (as the body of a top-level function). */
export function renderFunction(fn: DeferredFunction): FunctionDeclarationStructure {
  return { ...fn.declaration, statements: render(fn.writeBody, 1) };
}

export function createModuleScope(taken: Iterable<string>): ModuleScope {
  const names = new Set(taken);
  const patterns = new Map<string, string>();
  const sets = new Map<string, string>();
  const constants: VariableStatementStructure[] = [];
  const helpers: DeferredFunction[] = [];
  const claim = (wanted: string): string => {
    let name = wanted;
    for (let counter = 2; names.has(name); counter++) name = `${wanted}${counter}`;
    names.add(name);
    return name;
  };
  const constant = (name: string, initializer: string, type?: string): void => {
    constants.push({
      kind: StructureKind.VariableStatement,
      ...(constants.length === 0 ? { leadingTrivia: blankLine } : {}),
      declarationKind: VariableDeclarationKind.Const,
      declarations: [{ name, initializer, ...(type === undefined ? {} : { type }) }],
    });
  };
  return {
    pattern(pattern) {
      const known = patterns.get(pattern);
      if (known) return known;
      const name = claim(`pattern${patterns.size + 1}`);
      patterns.set(pattern, name);
      const { callee, args } = regExpConstruction(pattern);
      constant(name, callInitializerText(`const ${name}`, callee, args));
      return name;
    },
    valueSet(values) {
      const key = JSON.stringify(values);
      const known = sets.get(key);
      if (known) return known;
      const name = claim(`values${sets.size + 1}`);
      sets.set(key, name);
      // The type goes on the constant, not the call, so the initializer is plain JavaScript (see render/javascript.ts).
      const type = "ReadonlySet<unknown>";
      constant(name, initializerText(`const ${name}: ${type}`, "/* @__PURE__ */ new Set(", arrayLiteral(values.map(literal)), ")"), type);
      return name;
    },
    helperName: claim,
    addHelper: (helper) => void helpers.push(helper),
    constants,
    helpers,
  };
}

/** Fresh local variable names inside one function. */
export interface FunctionScope {
  /** The function being written, e.g. `checkLegacyAutomatedDelivery`; helpers it needs are named after it. */
  readonly owner: string;
  local(wanted: string): string;
}

/** Globals the generated checks call; a local must never shadow them. */
const globalsInUse = ["Array", "Number", "Object", "Set", "RegExp", "JSON", "Math", "globalThis", "undefined", "NaN", "Infinity"];
/** Prefixes of every module-level name the guard emitter or the runtime creates. */
const moduleNamePrefixes = /^(?:check|is|validate|pattern|values|report|run|collect|string|child)/;

/**
 * Locals are named after the properties they hold, which come from the spec; a name that could be a
 * reserved word, a global, or a module-level function gets a leading underscore.
 */
export function createFunctionScope(owner: string): FunctionScope {
  const used = new Set(["value", "path", "problems", "valid", ...globalsInUse]);
  return {
    owner,
    local(wanted) {
      let base = isBindingIdentifier(wanted) ? wanted : "item";
      if (moduleNamePrefixes.test(base) || globalsInUse.includes(base)) base = `_${base}`;
      let name = base;
      for (let counter = 2; used.has(name); counter++) name = `${base}${counter}`;
      used.add(name);
      return name;
    },
  };
}
