// The media types of a request body or a response, matched by name. A media type that disappears while
// another of the same format appears (`application/vnd.atlas.2023-01-01+json` -> `...2025-01-01+json`,
// or `application/json` -> a versioned type) is reported once, as replaced.
import type { MediaContent, Origin } from "../ir/model.ts";
import type { Change, OperationRef } from "./change.ts";
import { makeChange } from "./context.ts";
import type { RuleId } from "./rules.ts";

export interface MediaComparison {
  readonly added: readonly MediaContent[];
  readonly removed: readonly MediaContent[];
  readonly replaced: readonly (readonly [MediaContent, MediaContent])[];
  readonly kept: readonly (readonly [MediaContent, MediaContent])[];
}

const essence = (media: MediaContent): string => media.mediaType.split(";")[0]?.trim().toLowerCase() ?? media.mediaType;

export function compareMedia(before: readonly MediaContent[], after: readonly MediaContent[]): MediaComparison {
  const kept: [MediaContent, MediaContent][] = [];
  const removed: MediaContent[] = [];
  const added = after.filter((media) => !before.some((old) => essence(old) === essence(media)));
  for (const media of before) {
    const same = after.find((other) => essence(other) === essence(media));
    if (same) kept.push([media, same]);
    else removed.push(media);
  }
  const replaced: [MediaContent, MediaContent][] = [];
  for (const media of [...removed]) {
    const successor = added.find((other) => other.format === media.format);
    if (!successor) continue;
    replaced.push([media, successor]);
    removed.splice(removed.indexOf(media), 1);
    added.splice(added.indexOf(successor), 1);
  }
  return { added, removed, replaced, kept };
}

/** Where a media type entry is: its schema's pointer without `/schema`, else the owner's. */
export function mediaOrigin(media: MediaContent, owner: Origin): Origin {
  const origin = media.schema?.origin;
  if (origin && origin.pointer.endsWith("/schema")) return { file: origin.file, pointer: origin.pointer.slice(0, -"/schema".length) };
  return owner;
}

export interface MediaRules {
  readonly added: RuleId;
  readonly removed: RuleId;
  readonly replaced: RuleId;
}

export function mediaChanges(
  comparison: MediaComparison,
  rules: MediaRules,
  where: string,
  operation: OperationRef,
  owners: { readonly base: Origin; readonly revision: Origin },
): Change[] {
  const describe = (media: MediaContent): string => (media.version !== undefined ? `${media.mediaType} (version ${media.version})` : media.mediaType);
  return [
    ...comparison.removed.map((media) =>
      makeChange(rules.removed, { operation, message: `${where}: media type ${describe(media)} removed`, base: mediaOrigin(media, owners.base), revision: owners.revision }),
    ),
    ...comparison.added.map((media) =>
      makeChange(rules.added, { operation, message: `${where}: media type ${describe(media)} added`, base: owners.base, revision: mediaOrigin(media, owners.revision) }),
    ),
    ...comparison.replaced.map(([old, media]) =>
      makeChange(rules.replaced, {
        operation,
        message: `${where}: media type ${describe(old)} replaced by ${describe(media)}`,
        base: mediaOrigin(old, owners.base),
        revision: mediaOrigin(media, owners.revision),
      }),
    ),
  ];
}

/** Changes of one rule and message reported once (the same schema reached through several media types). */
export function uniqueChanges(changes: readonly Change[]): Change[] {
  const seen = new Set<string>();
  return changes.filter((change) => {
    const key = `${change.rule}\u0000${change.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
