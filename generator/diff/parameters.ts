// Parameters of a matched operation. Path parameters are matched by their position in the template
// (a renamed `{id}` -> `{jobId}` is nothing to a client), query parameters by name, headers by name
// regardless of case. Removing a query or header parameter is a warning, as in oasdiff: the server
// stops reading it, which may or may not matter to the caller.
import type { Operation, Parameter } from "../ir/model.ts";
import type { Change } from "./change.ts";
import { makeChange, operationRef, type DiffContext, type OperationPair } from "./context.ts";
import { schemaChanges } from "./schema-rules.ts";

function parameterKey(operation: Operation, parameter: Parameter): string {
  if (parameter.in === "path") {
    const names = [...operation.path.matchAll(/\{([^{}]+)\}/g)].map((match) => match[1]);
    return `path #${names.indexOf(parameter.name)}`;
  }
  return `${parameter.in} ${parameter.in === "header" ? parameter.name.toLowerCase() : parameter.name}`;
}

function label(parameter: Parameter): string {
  return `${parameter.in} parameter "${parameter.name}"`;
}

export function parameterChanges(context: DiffContext, pair: OperationPair): Change[] {
  const operation = operationRef(pair.revision);
  const before = new Map(pair.base.parameters.map((parameter) => [parameterKey(pair.base, parameter), parameter]));
  const after = new Map(pair.revision.parameters.map((parameter) => [parameterKey(pair.revision, parameter), parameter]));
  const changes: Change[] = [];
  for (const [key, parameter] of before) {
    if (after.has(key)) continue;
    const rule = parameter.deprecated ? "request-parameter-removed-deprecated" : "request-parameter-removed";
    changes.push(makeChange(rule, { operation, message: `${label(parameter)} removed`, base: parameter.origin, revision: pair.revision.origin }));
  }
  for (const [key, parameter] of after) {
    const old = before.get(key);
    if (!old) {
      const rule = parameter.required ? "request-parameter-added-required" : "request-parameter-added-optional";
      changes.push(makeChange(rule, { operation, message: `${parameter.required ? "required" : "optional"} ${label(parameter)} added`, base: pair.base.origin, revision: parameter.origin }));
      continue;
    }
    const fields = { operation, base: old.origin, revision: parameter.origin };
    if (!old.required && parameter.required) changes.push(makeChange("request-parameter-became-required", { ...fields, message: `${label(parameter)} became required` }));
    if (old.required && !parameter.required) changes.push(makeChange("request-parameter-became-optional", { ...fields, message: `${label(parameter)} became optional` }));
    if (!old.deprecated && parameter.deprecated) changes.push(makeChange("request-parameter-deprecated", { ...fields, message: `${label(parameter)} deprecated` }));
    changes.push(...schemaChanges(context.indexes, { place: "request-parameter", where: label(parameter), operation }, old.schema, parameter.schema));
  }
  return changes;
}
