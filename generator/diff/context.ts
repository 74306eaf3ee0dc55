// The explicit state of one comparison of two API models: both models, their schema indexes, the date
// sunsets are judged against, and whether the documents are different API versions.
import { indexSchemas, type SchemaIndex } from "../ir/lookup.ts";
import type { ApiModel, Operation, Origin } from "../ir/model.ts";
import { appendPointer } from "../load/pointer.ts";
import { moduleNameFor } from "../plan/plan.ts";
import type { Change, OperationRef } from "./change.ts";
import { ruleInfo, type RuleId } from "./rules.ts";

export interface DiffOptions {
  /** `YYYY-MM-DD`: the day `x-sunset` dates are judged against (default: the current date, UTC). */
  readonly today?: string;
}

export interface DiffContext {
  readonly base: ApiModel;
  readonly revision: ApiModel;
  readonly indexes: { readonly base: SchemaIndex; readonly revision: SchemaIndex };
  readonly today: string;
  readonly crossVersion: boolean;
}

export function createDiffContext(base: ApiModel, revision: ApiModel, options: DiffOptions = {}): DiffContext {
  return {
    base,
    revision,
    indexes: { base: indexSchemas(base), revision: indexSchemas(revision) },
    today: options.today ?? new Date().toISOString().slice(0, 10),
    crossVersion: moduleNameFor(base.version) !== moduleNameFor(revision.version),
  };
}

export interface ChangeFields {
  readonly message: string;
  readonly operation?: OperationRef;
  readonly resource?: string;
  readonly base?: Origin;
  readonly revision?: Origin;
}

/** A change of `rule`, with the severity and direction the catalog gives that rule. */
export function makeChange(rule: RuleId, fields: ChangeFields): Change {
  const info = ruleInfo(rule);
  return {
    rule,
    severity: info.severity,
    direction: info.direction,
    ...(fields.operation ? { operation: fields.operation } : {}),
    ...(fields.resource !== undefined ? { resource: fields.resource } : {}),
    message: fields.message,
    ...(fields.base ? { base: fields.base } : {}),
    ...(fields.revision ? { revision: fields.revision } : {}),
  };
}

export function operationRef(operation: Operation): OperationRef {
  return { method: operation.method, path: operation.path, operationId: operation.operationId };
}

export function appendToOrigin(origin: Origin, ...tokens: readonly string[]): Origin {
  return { file: origin.file, pointer: appendPointer(origin.pointer, ...tokens) };
}

/** A pair of operations judged as the same operation. */
export interface OperationPair {
  readonly base: Operation;
  readonly revision: Operation;
}
