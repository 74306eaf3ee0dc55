// Every change as data, in the report's (code-unit) order, with object members in a fixed order, so
// two runs over the same input print the same bytes.
import type { ApiComparison, Change, DiffReport, OperationMapping, OperationRef, ResourceComparison } from "./change.ts";

export function renderJson(report: DiffReport): string {
  return `${JSON.stringify({ summary: report.summary, comparisons: report.comparisons.map(comparisonJson) }, null, 2)}\n`;
}

function comparisonJson(comparison: ApiComparison): unknown {
  return {
    base: comparison.base,
    revision: comparison.revision,
    crossVersion: comparison.crossVersion,
    summary: comparison.summary,
    mappings: comparison.mappings.map(mappingJson),
    resources: comparison.resources.map(resourceJson),
    changes: comparison.changes.map(changeJson),
  };
}

function operationJson(operation: OperationRef): unknown {
  return { method: operation.method, path: operation.path, operationId: operation.operationId };
}

function mappingJson(mapping: OperationMapping): unknown {
  return {
    base: mapping.base ? operationJson(mapping.base) : null,
    revision: mapping.revision ? operationJson(mapping.revision) : null,
    match: mapping.match ?? null,
    related: mapping.related.map(operationJson),
  };
}

function resourceJson(resource: ResourceComparison): unknown {
  const side = (value: ResourceComparison["base"]): unknown => ({ schema: value.schema, operations: value.operations.map(operationJson), origin: value.origin });
  return { resource: resource.resource, base: side(resource.base), revision: side(resource.revision) };
}

function changeJson(change: Change): unknown {
  return {
    rule: change.rule,
    severity: change.severity,
    direction: change.direction,
    operation: change.operation ? operationJson(change.operation) : null,
    resource: change.resource ?? null,
    message: change.message,
    base: change.base ? { file: change.base.file, pointer: change.base.pointer } : null,
    revision: change.revision ? { file: change.revision.file, pointer: change.revision.pointer } : null,
  };
}
