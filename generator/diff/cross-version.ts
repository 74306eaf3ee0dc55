// Across major versions, operations often have no counterpart (v1.0 lists and reads restore jobs, v2
// creates them), yet they carry the same resource. For every resource collection where no operation
// pair exists, the representation each side returns (the success body, or the items of a `results`
// page) is compared as a response, so the migration guide still names the fields that appeared,
// disappeared or changed type.
import type { SchemaIndex } from "../ir/lookup.ts";
import type { Operation, Schema } from "../ir/model.ts";
import { codeUnitCompare, type Change, type RepresentationSide, type ResourceComparison } from "./change.ts";
import { operationRef, type DiffContext } from "./context.ts";
import { collectionOf, resourcePath, withoutVersionPrefix, type Matching } from "./matching.ts";
import { schemaChanges } from "./schema-rules.ts";
import { objectView } from "./schema-shape.ts";

interface Representation {
  readonly operation: Operation;
  readonly schema: Schema;
}

/** The success body of an operation, unwrapped from a `{ results: [...] }` page. */
export function representationOf(index: SchemaIndex, operation: Operation): Schema | undefined {
  const success = [...operation.responses].sort((a, b) => codeUnitCompare(a.status, b.status)).find((response) => /^2/.test(response.status) && response.content?.schema);
  const schema = success?.content?.schema;
  if (!schema) return undefined;
  const target = index.resolve(schema);
  if (target.kind !== "object" && target.kind !== "intersection") return schema;
  const results = objectView(index, target).properties.get("results");
  const page = results ? index.resolve(results.schema) : undefined;
  return page?.kind === "array" ? page.items : schema;
}

export function resourceComparisons(context: DiffContext, matching: Matching): { resources: ResourceComparison[]; changes: Change[] } {
  if (!context.crossVersion) return { resources: [], changes: [] };
  const collection = (operation: Operation): string => collectionOf(resourcePath(operation, true));
  const paired = new Set(matching.pairs.flatMap((pair) => [collection(pair.base), collection(pair.revision)]));
  const gather = (operations: readonly Operation[], index: SchemaIndex): Map<string, Representation[]> => {
    const groups = new Map<string, Representation[]>();
    const ordered = [...operations].sort((a, b) => codeUnitCompare(`${a.path} ${a.method}`, `${b.path} ${b.method}`));
    for (const operation of ordered) {
      const schema = representationOf(index, operation);
      if (!schema || paired.has(collection(operation))) continue;
      groups.set(collection(operation), [...(groups.get(collection(operation)) ?? []), { operation, schema }]);
    }
    return groups;
  };
  const before = gather(matching.removed, context.indexes.base);
  const after = gather(matching.added, context.indexes.revision);
  const resources: ResourceComparison[] = [];
  const changes: Change[] = [];
  for (const key of [...before.keys()].sort(codeUnitCompare)) {
    const old = before.get(key);
    const now = after.get(key);
    const first = (list: Representation[] | undefined): Representation | undefined => list?.[0];
    const oldFirst = first(old);
    const nowFirst = first(now);
    if (!old || !now || !oldFirst || !nowFirst) continue;
    const resource = displayPath(nowFirst.operation, key);
    resources.push({ resource, base: side(old), revision: side(now) });
    changes.push(...schemaChanges(context.indexes, { place: "response-body", where: "representation", resource }, oldFirst.schema, nowFirst.schema));
  }
  return { resources, changes };
}

function side(list: readonly Representation[]): RepresentationSide {
  const schema = (list[0] as Representation).schema;
  return { operations: list.map((entry) => operationRef(entry.operation)), schema: schema.kind === "ref" ? schema.name : "(inline)", origin: schema.origin };
}

/** The collection path as the revision writes it (its parameter names), without version prefix. */
function displayPath(operation: Operation, key: string): string {
  const segments = withoutVersionPrefix(operation.requestPath).split("/");
  return segments.slice(0, key.split("/").length).join("/");
}
