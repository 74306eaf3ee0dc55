// The responses of a matched operation: status codes added and removed (a 2xx that disappears breaks
// clients; error statuses are informational), bodies and media types, and schemas compared in the
// response direction.
import type { Response } from "../ir/model.ts";
import type { Change } from "./change.ts";
import { appendToOrigin, makeChange, operationRef, type DiffContext, type OperationPair } from "./context.ts";
import { compareMedia, mediaChanges, uniqueChanges } from "./media-types.ts";
import { schemaChanges } from "./schema-rules.ts";

const isSuccess = (status: string): boolean => /^2/.test(status);

export function responseChanges(context: DiffContext, pair: OperationPair): Change[] {
  const operation = operationRef(pair.revision);
  const before = new Map(pair.base.responses.map((response) => [response.status.toUpperCase(), response]));
  const after = new Map(pair.revision.responses.map((response) => [response.status.toUpperCase(), response]));
  const at = (side: "base" | "revision", status: string) => appendToOrigin(pair[side].origin, "responses", status);
  const changes: Change[] = [];
  for (const [key, response] of before) {
    if (after.has(key)) continue;
    const rule = isSuccess(response.status) ? "response-success-status-removed" : "response-error-status-removed";
    changes.push(makeChange(rule, { operation, message: `response ${response.status} removed`, base: at("base", response.status), revision: pair.revision.origin }));
  }
  for (const [key, response] of after) {
    const old = before.get(key);
    if (old) {
      changes.push(...bodyChanges(context, pair, old, response));
      continue;
    }
    const rule = isSuccess(response.status) ? "response-success-status-added" : "response-error-status-added";
    changes.push(makeChange(rule, { operation, message: `response ${response.status} added`, base: pair.base.origin, revision: at("revision", response.status) }));
  }
  return changes;
}

function bodyChanges(context: DiffContext, pair: OperationPair, before: Response, after: Response): Change[] {
  const operation = operationRef(pair.revision);
  const owners = { base: appendToOrigin(pair.base.origin, "responses", before.status), revision: appendToOrigin(pair.revision.origin, "responses", after.status) };
  const where = `response ${after.status}`;
  if (before.variants.length === 0 && after.variants.length === 0) return [];
  if (before.variants.length === 0) return [makeChange("response-body-added", { operation, message: `${where}: body added`, ...owners })];
  if (after.variants.length === 0) return [makeChange("response-body-removed", { operation, message: `${where}: body removed`, ...owners })];
  const media = compareMedia(before.variants, after.variants);
  const changes = mediaChanges(media, { added: "response-media-type-added", removed: "response-media-type-removed", replaced: "response-media-type-replaced" }, where, operation, owners);
  const schemas: Change[] = [];
  for (const [old, now] of [...media.kept, ...media.replaced]) {
    if (old.schema && now.schema) schemas.push(...schemaChanges(context.indexes, { place: "response-body", where: `${where} body`, operation }, old.schema, now.schema));
  }
  return [...changes, ...uniqueChanges(schemas)];
}
