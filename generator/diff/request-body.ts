// The request body of a matched operation: present or not, required or not, its media types, and its
// schemas compared in the request direction.
import type { Change } from "./change.ts";
import { appendToOrigin, makeChange, operationRef, type DiffContext, type OperationPair } from "./context.ts";
import { compareMedia, mediaChanges, uniqueChanges } from "./media-types.ts";
import { schemaChanges } from "./schema-rules.ts";

export function requestBodyChanges(context: DiffContext, pair: OperationPair): Change[] {
  const before = pair.base.requestBody;
  const after = pair.revision.requestBody;
  const operation = operationRef(pair.revision);
  const owners = { base: appendToOrigin(pair.base.origin, "requestBody"), revision: appendToOrigin(pair.revision.origin, "requestBody") };
  if (!before && !after) return [];
  if (!before && after) {
    const rule = after.required ? "request-body-added-required" : "request-body-added-optional";
    return [makeChange(rule, { operation, message: `${after.required ? "required" : "optional"} request body added`, base: pair.base.origin, revision: owners.revision })];
  }
  if (before && !after) return [makeChange("request-body-removed", { operation, message: "request body removed", base: owners.base, revision: pair.revision.origin })];
  if (!before || !after) return [];

  const changes: Change[] = [];
  if (!before.required && after.required) changes.push(makeChange("request-body-became-required", { operation, message: "request body became required", ...owners }));
  if (before.required && !after.required) changes.push(makeChange("request-body-became-optional", { operation, message: "request body became optional", ...owners }));
  const media = compareMedia(before.variants, after.variants);
  changes.push(...mediaChanges(media, { added: "request-media-type-added", removed: "request-media-type-removed", replaced: "request-media-type-replaced" }, "request body", operation, owners));
  const schemas: Change[] = [];
  for (const [old, now] of [...media.kept, ...media.replaced]) {
    if (old.schema && now.schema) schemas.push(...schemaChanges(context.indexes, { place: "request-body", where: "request body", operation }, old.schema, now.schema));
  }
  return [...changes, ...uniqueChanges(schemas)];
}
