// Which operation of the base is which operation of the revision. Operations are the same when their
// method and resource path agree, where the resource path is the request path (server base path
// included) with parameter names blanked, so `/a/{id}` and `/a/{jobId}` are one path. Across major
// versions the version prefix (`/api/atlas/v1.0`, `/api/atlas/v2`) is dropped too, and operations left
// over are paired by operationId.
import type { Operation } from "../ir/model.ts";
import { codeUnitCompare, type OperationMapping } from "./change.ts";
import { operationRef, type DiffContext, type OperationPair } from "./context.ts";

export interface MatchedPair extends OperationPair {
  readonly match: "method-and-path" | "operation-id";
}

export interface Matching {
  readonly pairs: readonly MatchedPair[];
  readonly removed: readonly Operation[];
  readonly added: readonly Operation[];
  readonly mappings: readonly OperationMapping[];
}

/** `/api/atlas/v2/groups/{groupId}` -> `/groups/{}` across versions, `/api/atlas/v2/groups/{}` otherwise. */
export function resourcePath(operation: Operation, crossVersion: boolean): string {
  const path = crossVersion ? withoutVersionPrefix(operation.requestPath) : operation.requestPath;
  return path.replace(/\{[^{}]*\}/g, "{}");
}

/**
 * Drops a version prefix: literal segments up to and including a version segment (`v1.0`, `v2`)
 * among the first four, when more of the path follows it.
 */
export function withoutVersionPrefix(path: string): string {
  const segments = path.split("/");
  const at = segments.findIndex((segment, index) => index <= 4 && /^v\d+(?:\.\d+)*$/i.test(segment));
  const prefix = segments.slice(0, at);
  if (at === -1 || at === segments.length - 1 || prefix.some((segment) => segment.includes("{"))) return path;
  return `/${segments.slice(at + 1).join("/")}`;
}

/** The collection a resource path belongs to: an item path without its trailing `/{}`. */
export function collectionOf(resource: string): string {
  return resource.replace(/\/\{\}$/, "");
}

export function matchOperations(context: DiffContext): Matching {
  const { crossVersion } = context;
  const key = (operation: Operation): string => `${operation.method} ${resourcePath(operation, crossVersion)}`;
  const revisionByKey = new Map<string, Operation>();
  for (const operation of context.revision.operations) if (!revisionByKey.has(key(operation))) revisionByKey.set(key(operation), operation);

  const pairs: MatchedPair[] = [];
  const pairedRevision = new Set<Operation>();
  const unpairedBase: Operation[] = [];
  for (const operation of context.base.operations) {
    const counterpart = revisionByKey.get(key(operation));
    if (counterpart && !pairedRevision.has(counterpart)) {
      pairs.push({ base: operation, revision: counterpart, match: "method-and-path" });
      pairedRevision.add(counterpart);
    } else {
      unpairedBase.push(operation);
    }
  }
  const removed: Operation[] = [];
  for (const operation of unpairedBase) {
    const byId = crossVersion
      ? context.revision.operations.find((candidate) => !pairedRevision.has(candidate) && candidate.operationId === operation.operationId)
      : undefined;
    if (byId) {
      pairs.push({ base: operation, revision: byId, match: "operation-id" });
      pairedRevision.add(byId);
    } else {
      removed.push(operation);
    }
  }
  const added = context.revision.operations.filter((operation) => !pairedRevision.has(operation));
  return { pairs, removed, added, mappings: mappingsOf(context, pairs, removed, added) };
}

function mappingsOf(context: DiffContext, pairs: readonly MatchedPair[], removed: readonly Operation[], added: readonly Operation[]): OperationMapping[] {
  const collection = (operation: Operation): string => collectionOf(resourcePath(operation, context.crossVersion));
  const related = (operation: Operation, others: readonly Operation[]): OperationMapping["related"] =>
    others.filter((other) => collection(other) === collection(operation)).map(operationRef);
  const mappings: OperationMapping[] = [
    ...pairs.map((pair) => ({ base: operationRef(pair.base), revision: operationRef(pair.revision), match: pair.match, related: [] })),
    ...removed.map((operation) => ({ base: operationRef(operation), related: related(operation, context.revision.operations) })),
    ...added.map((operation) => ({ revision: operationRef(operation), related: related(operation, context.base.operations) })),
  ];
  const sortKey = (mapping: OperationMapping): string =>
    mapping.base ? `0 ${mapping.base.path} ${mapping.base.method}` : `1 ${mapping.revision?.path ?? ""} ${mapping.revision?.method ?? ""}`;
  return mappings.sort((a, b) => codeUnitCompare(sortKey(a), sortKey(b)));
}
