// Operations as a whole: added, removed (judged by deprecation and `x-sunset` against `today`),
// deprecated, reactivated, and renamed (operationId).
import type { Operation } from "../ir/model.ts";
import type { Change } from "./change.ts";
import { makeChange, operationRef, type DiffContext, type OperationPair } from "./context.ts";

/** The `YYYY-MM-DD` of an `x-sunset` value, or undefined when it is not a date. */
export function sunsetDate(sunset: string | undefined): string | undefined {
  const date = sunset === undefined ? undefined : /^(\d{4}-\d{2}-\d{2})(?:$|T)/.exec(sunset)?.[1];
  return date !== undefined && !Number.isNaN(Date.parse(date)) ? date : undefined;
}

export function removedOperation(context: DiffContext, operation: Operation): Change {
  const gone = context.crossVersion ? `no counterpart in version ${context.revision.version}` : "operation removed";
  const sunset = sunsetDate(operation.sunset);
  const fields = { operation: operationRef(operation), base: operation.origin };
  if (!operation.deprecated) return makeChange("operation-removed-without-deprecation", { ...fields, message: `${gone}; it was never deprecated` });
  if (sunset === undefined) return makeChange("operation-removed-after-deprecation", { ...fields, message: `${gone}; it was deprecated with no sunset date` });
  if (context.today > sunset) return makeChange("operation-removed-after-sunset", { ...fields, message: `${gone} after its sunset date ${sunset}` });
  return makeChange("operation-removed-before-sunset", { ...fields, message: `${gone} before its sunset date ${sunset}` });
}

export function addedOperation(context: DiffContext, operation: Operation): Change {
  const what = context.crossVersion ? `new in version ${context.revision.version}, no counterpart in ${context.base.version}` : "operation added";
  const sunset = sunsetDate(operation.sunset);
  const passed = sunset !== undefined && context.today > sunset ? " has passed" : "";
  const note = operation.deprecated ? (sunset ? ` (already deprecated; sunset ${sunset}${passed})` : " (already deprecated)") : "";
  return makeChange("operation-added", { operation: operationRef(operation), message: `${what}${note}`, revision: operation.origin });
}

export function lifecycleChanges(pair: OperationPair): Change[] {
  const { base, revision } = pair;
  const fields = { operation: operationRef(revision), base: base.origin, revision: revision.origin };
  const changes: Change[] = [];
  if (base.operationId !== revision.operationId) {
    changes.push(makeChange("operation-id-changed", { ...fields, message: `operationId ${base.operationId} -> ${revision.operationId}` }));
  }
  if (!base.deprecated && revision.deprecated) {
    const sunset = sunsetDate(revision.sunset);
    changes.push(
      sunset
        ? makeChange("operation-deprecated-with-sunset", { ...fields, message: `deprecated, sunset ${sunset}` })
        : makeChange("operation-deprecated", { ...fields, message: "deprecated" }),
    );
  }
  if (base.deprecated && !revision.deprecated) changes.push(makeChange("operation-reactivated", { ...fields, message: "no longer deprecated" }));
  return changes;
}
