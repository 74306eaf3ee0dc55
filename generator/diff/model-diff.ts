// Two normalized API models in, one comparison out: operations matched, each rule family applied to
// every pair, operations without counterpart judged, and (across versions) resource representations
// compared. Pure: no I/O, no clock unless `today` is left out.
import type { ApiModel } from "../ir/model.ts";
import { compareChanges, summarize, type ApiComparison, type Change } from "./change.ts";
import { createDiffContext, type DiffOptions } from "./context.ts";
import { resourceComparisons } from "./cross-version.ts";
import { matchOperations } from "./matching.ts";
import { addedOperation, lifecycleChanges, removedOperation } from "./operations.ts";
import { parameterChanges } from "./parameters.ts";
import { requestBodyChanges } from "./request-body.ts";
import { responseChanges } from "./responses.ts";
import { operationSecurityChanges, securitySchemeChanges } from "./security.ts";

export type { DiffOptions };

export function diffApis(base: ApiModel, revision: ApiModel, options: DiffOptions = {}): ApiComparison {
  const context = createDiffContext(base, revision, options);
  const matching = matchOperations(context);
  const changes: Change[] = [...securitySchemeChanges(context)];
  for (const pair of matching.pairs) {
    changes.push(
      ...lifecycleChanges(pair),
      ...parameterChanges(context, pair),
      ...requestBodyChanges(context, pair),
      ...responseChanges(context, pair),
      ...operationSecurityChanges(context, pair),
    );
  }
  for (const operation of matching.removed) changes.push(removedOperation(context, operation));
  for (const operation of matching.added) changes.push(addedOperation(context, operation));
  const resources = resourceComparisons(context, matching);
  changes.push(...resources.changes);
  const sorted = changes.sort(compareChanges);
  return {
    base: { title: base.title, version: base.version, file: base.origin.file },
    revision: { title: revision.title, version: revision.version, file: revision.origin.file },
    crossVersion: context.crossVersion,
    summary: summarize(sorted),
    mappings: matching.mappings,
    resources: resources.resources,
    changes: sorted,
  };
}
