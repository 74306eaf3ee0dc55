// Everything the comparison needs, assembled once: the raw document and what the oracle derives from
// it (views, projection, Ajv), and the generated guards matched to the shapes they check.
import type { ValidateFunction } from "ajv-draft-04";
import type { JsonObject } from "../../support/spec.ts";
import { collectExamples, examplesByPattern, type CollectedExamples } from "./examples.ts";
import { catalogGuards, type Guard, type GuardCatalog } from "./guard-catalog.ts";
import { createOracle, formatsOf } from "./oracle.ts";
import { projectSchemas, type Projection } from "./project-schemas.ts";
import { loadRawDocument, type RawDocument } from "./raw-document.ts";
import { computeViews, type SchemaViews } from "./schema-views.ts";

export interface Reference {
  readonly document: RawDocument;
  readonly views: SchemaViews;
  readonly projection: Projection;
  readonly catalog: GuardCatalog;
  readonly examples: CollectedExamples;
  readonly patternExamples: ReadonlyMap<string, readonly string[]>;
  /** Ajv's validator for the shape a guard checks. */
  validatorFor(guard: Guard): ValidateFunction;
  /** The projected definition (a `$ref` to it) of the shape a guard checks. */
  definitionFor(guard: Guard): JsonObject;
}

export async function loadReference(documentPath: string, repoRoot: string, generatedPackage: string): Promise<Reference> {
  const document = loadRawDocument(documentPath);
  const views = computeViews(document);
  const catalog = await catalogGuards(documentPath, repoRoot, generatedPackage, views);
  const projection = projectSchemas(document, views);
  // Every definition is projected before Ajv sees the document (examples are read through guards).
  const keys = new Map(catalog.guards.map((guard) => [guard, projection.key(guard.target, guard.view)]));
  const examples = collectExamples(document, views);
  const oracle = createOracle(projection.root, formatsOf(document.root));
  const keyOf = (guard: Guard): string => {
    const key = keys.get(guard);
    if (key === undefined) throw new Error(`no definition for ${guard.name}`);
    return key;
  };
  return {
    document,
    views,
    projection,
    catalog,
    examples,
    patternExamples: examplesByPattern(document),
    validatorFor: (guard) => oracle.validator(keyOf(guard)),
    definitionFor: (guard) => ({ $ref: `#/definitions/${keyOf(guard)}` }),
  };
}
