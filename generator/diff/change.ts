// What the diff returns: data only. Every change names its rule, severity, operation (or resource), a
// JSON pointer into each side where it has one, and a one-line message. Ordering is code-unit based.
import type { HttpMethod, Origin } from "../ir/model.ts";
import type { ChangeSeverity, RuleDirection, RuleId } from "./rules.ts";

export type { ChangeSeverity, RuleDirection, RuleId };

export interface OperationRef {
  readonly method: HttpMethod;
  /** The path template as written in that side's spec. */
  readonly path: string;
  readonly operationId: string;
}

export interface Change {
  readonly rule: RuleId;
  readonly severity: ChangeSeverity;
  readonly direction: RuleDirection;
  /** The operation: the revision's when both sides have it, else the side that has it. */
  readonly operation?: OperationRef;
  /** Across versions: the resource whose representations were compared (no operation pair exists). */
  readonly resource?: string;
  readonly message: string;
  readonly base?: Origin;
  readonly revision?: Origin;
}

/** How an operation of one side corresponds to the other side. */
export interface OperationMapping {
  readonly base?: OperationRef;
  readonly revision?: OperationRef;
  /** How the pair was found; absent when the operation has no counterpart. */
  readonly match?: "method-and-path" | "operation-id";
  /** Operations of the other side on the same resource, for an operation without counterpart. */
  readonly related: readonly OperationRef[];
}

/** Across versions: the resource representations compared where no operation pair exists. */
export interface ResourceComparison {
  /** The resource path without version prefix, parameter names blanked: `/groups/{}/clusters/{}/backup/restoreJobs`. */
  readonly resource: string;
  readonly base: RepresentationSide;
  readonly revision: RepresentationSide;
}

export interface RepresentationSide {
  /** The operations whose success response carries the representation. */
  readonly operations: readonly OperationRef[];
  /** The named schema compared, or `(inline)`. */
  readonly schema: string;
  readonly origin: Origin;
}

export interface ApiSide {
  readonly title: string;
  readonly version: string;
  readonly file: string;
}

export interface Summary {
  readonly breaking: number;
  readonly warning: number;
  readonly info: number;
}

/** One base document compared with one revision document. */
export interface ApiComparison {
  readonly base: ApiSide;
  readonly revision: ApiSide;
  /** The documents have different major versions: operations were matched ignoring the version prefix. */
  readonly crossVersion: boolean;
  readonly summary: Summary;
  readonly mappings: readonly OperationMapping[];
  readonly resources: readonly ResourceComparison[];
  readonly changes: readonly Change[];
}

export interface DiffReport {
  readonly comparisons: readonly ApiComparison[];
  readonly summary: Summary;
}

export type FailOn = "breaking" | "warning" | "never";

export const severityRank: Readonly<Record<ChangeSeverity, number>> = { breaking: 0, warning: 1, info: 2 };

export function codeUnitCompare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function operationLabel(operation: OperationRef): string {
  return `${operation.method.toUpperCase()} ${operation.path}`;
}

/** The group a change is reported under: its operation, its resource, or the API as a whole (""). */
export function groupKey(change: Change): string {
  if (change.operation) return `1 ${change.operation.path} ${change.operation.method} ${change.operation.operationId}`;
  if (change.resource !== undefined) return `2 ${change.resource}`;
  return "0";
}

function originKey(origin: Origin | undefined): string {
  return origin ? `${origin.file}#${origin.pointer}` : "";
}

/** Group, then severity (breaking first), rule, message and pointers: a total, locale-free order. */
export function compareChanges(a: Change, b: Change): number {
  return (
    codeUnitCompare(groupKey(a), groupKey(b)) ||
    severityRank[a.severity] - severityRank[b.severity] ||
    codeUnitCompare(a.rule, b.rule) ||
    codeUnitCompare(a.message, b.message) ||
    codeUnitCompare(originKey(a.base), originKey(b.base)) ||
    codeUnitCompare(originKey(a.revision), originKey(b.revision))
  );
}

export function summarize(changes: readonly Change[]): Summary {
  const count = (severity: ChangeSeverity): number => changes.filter((change) => change.severity === severity).length;
  return { breaking: count("breaking"), warning: count("warning"), info: count("info") };
}

/** True when a change at or above the `failOn` threshold exists. */
export function exceedsThreshold(report: DiffReport, failOn: FailOn): boolean {
  if (failOn === "never") return false;
  if (failOn === "breaking") return report.summary.breaking > 0;
  return report.summary.breaking + report.summary.warning > 0;
}
