// Direction applied to schema findings. Requests are contravariant (narrowing what the server accepts
// breaks clients), responses covariant (widening what the server sends breaks clients). `null`: not
// reported in that place. The tables are total over FindingKind, so a new finding must be placed.
import type { Schema } from "../ir/model.ts";
import type { SchemaIndex } from "../ir/lookup.ts";
import type { Change, OperationRef } from "./change.ts";
import { makeChange } from "./context.ts";
import type { RuleId } from "./rules.ts";
import { renderPath, type FindingKind } from "./schema-findings.ts";
import { compareSchemas } from "./schemas.ts";

export type SchemaPlace = "request-body" | "response-body" | "request-parameter";

const requestBody = {
  "required-property-added": "request-body-required-property-added",
  "optional-property-added": "request-body-optional-property-added",
  "required-property-removed": "request-body-property-removed",
  "optional-property-removed": "request-body-property-removed",
  "required-property-rejected": "request-body-property-rejected",
  "optional-property-rejected": "request-body-property-rejected",
  "undeclared-property-rejected": "request-body-property-rejected",
  "property-became-required": "request-body-property-became-required",
  "property-became-optional": "request-body-property-became-optional",
  "nullable-added": "request-body-nullable-added",
  "nullable-removed": "request-body-nullable-removed",
  "type-widened": "request-body-type-generalized",
  "type-narrowed": "request-body-type-changed",
  "type-changed": "request-body-type-changed",
  "format-widened": "request-body-format-generalized",
  "format-narrowed": "request-body-format-changed",
  "format-changed": "request-body-format-changed",
  "pattern-added": "request-body-pattern-changed",
  "pattern-changed": "request-body-pattern-changed",
  "pattern-removed": "request-body-pattern-removed",
  "max-lowered": "request-body-max-decreased",
  "max-raised": "request-body-max-increased",
  "min-raised": "request-body-min-increased",
  "min-lowered": "request-body-min-decreased",
  "enum-value-added": "request-body-enum-value-added",
  "enum-value-removed": "request-body-enum-value-removed",
  "became-enum": "request-body-became-enum",
  "enum-dropped": "request-body-enum-dropped",
  "default-changed": "request-body-default-changed",
  "variant-added": "request-body-variant-added",
  "variant-removed": "request-body-variant-removed",
  "discriminator-value-changed": "request-body-discriminator-value-changed",
  "discriminator-changed": "request-body-discriminator-changed",
  "discriminator-added": "request-body-discriminator-added",
  "discriminator-removed": "request-body-discriminator-removed",
  "additional-properties-restricted": "request-body-additional-properties-restricted",
  "additional-properties-allowed": "request-body-additional-properties-allowed",
} as const satisfies Record<FindingKind, RuleId | null>;

const responseBody = {
  "required-property-added": "response-body-property-added",
  "optional-property-added": "response-body-property-added",
  "required-property-removed": "response-body-required-property-removed",
  "optional-property-removed": "response-body-optional-property-removed",
  "required-property-rejected": "response-body-required-property-removed",
  "optional-property-rejected": "response-body-optional-property-removed",
  "undeclared-property-rejected": null,
  "property-became-required": "response-body-property-became-required",
  "property-became-optional": "response-body-property-became-optional",
  "nullable-added": "response-body-nullable-added",
  "nullable-removed": "response-body-nullable-removed",
  "type-widened": "response-body-type-changed",
  "type-narrowed": "response-body-type-narrowed",
  "type-changed": "response-body-type-changed",
  "format-widened": "response-body-format-changed",
  "format-narrowed": "response-body-format-narrowed",
  "format-changed": "response-body-format-changed",
  "pattern-added": "response-body-pattern-added",
  "pattern-changed": "response-body-pattern-changed",
  "pattern-removed": "response-body-pattern-changed",
  "max-lowered": "response-body-max-decreased",
  "max-raised": "response-body-max-increased",
  "min-raised": "response-body-min-increased",
  "min-lowered": "response-body-min-decreased",
  "enum-value-added": "response-body-enum-value-added",
  "enum-value-removed": "response-body-enum-value-removed",
  "became-enum": "response-body-became-enum",
  "enum-dropped": "response-body-enum-dropped",
  "default-changed": null,
  "variant-added": "response-body-variant-added",
  "variant-removed": "response-body-variant-removed",
  "discriminator-value-changed": "response-body-discriminator-value-changed",
  "discriminator-changed": "response-body-discriminator-changed",
  "discriminator-added": "response-body-discriminator-added",
  "discriminator-removed": "response-body-discriminator-removed",
  "additional-properties-restricted": "response-body-additional-properties-restricted",
  "additional-properties-allowed": "response-body-additional-properties-allowed",
} as const satisfies Record<FindingKind, RuleId | null>;

const other = "request-parameter-schema-changed";

const requestParameter = {
  "required-property-added": other,
  "optional-property-added": other,
  "required-property-removed": other,
  "optional-property-removed": other,
  "required-property-rejected": other,
  "optional-property-rejected": other,
  "undeclared-property-rejected": other,
  "property-became-required": other,
  "property-became-optional": other,
  "nullable-added": other,
  "nullable-removed": other,
  "type-widened": "request-parameter-type-generalized",
  "type-narrowed": "request-parameter-type-changed",
  "type-changed": "request-parameter-type-changed",
  "format-widened": "request-parameter-format-generalized",
  "format-narrowed": "request-parameter-format-changed",
  "format-changed": "request-parameter-format-changed",
  "pattern-added": "request-parameter-pattern-changed",
  "pattern-changed": "request-parameter-pattern-changed",
  "pattern-removed": "request-parameter-pattern-removed",
  "max-lowered": "request-parameter-max-decreased",
  "max-raised": "request-parameter-max-increased",
  "min-raised": "request-parameter-min-increased",
  "min-lowered": "request-parameter-min-decreased",
  "enum-value-added": "request-parameter-enum-value-added",
  "enum-value-removed": "request-parameter-enum-value-removed",
  "became-enum": "request-parameter-became-enum",
  "enum-dropped": "request-parameter-enum-dropped",
  "default-changed": "request-parameter-default-changed",
  "variant-added": other,
  "variant-removed": other,
  "discriminator-value-changed": other,
  "discriminator-changed": other,
  "discriminator-added": other,
  "discriminator-removed": other,
  "additional-properties-restricted": other,
  "additional-properties-allowed": other,
} as const satisfies Record<FindingKind, RuleId | null>;

const tables: Readonly<Record<SchemaPlace, Readonly<Record<FindingKind, RuleId | null>>>> = {
  "request-body": requestBody,
  "response-body": responseBody,
  "request-parameter": requestParameter,
};

export interface SchemaSite {
  readonly place: SchemaPlace;
  /** Where in the operation, for messages: `request body`, `response 200 body`, `query parameter "limit"`. */
  readonly where: string;
  readonly operation?: OperationRef;
  readonly resource?: string;
}

/** Compares two schemas structurally and returns the changes, with the direction of `site.place` applied. */
export function schemaChanges(indexes: { base: SchemaIndex; revision: SchemaIndex }, site: SchemaSite, base: Schema, revision: Schema): Change[] {
  const changes: Change[] = [];
  for (const finding of compareSchemas(indexes.base, indexes.revision, base, revision)) {
    const rule = tables[site.place][finding.kind];
    if (rule === null) continue;
    const at = finding.path.length === 0 ? "" : ` \`${renderPath(finding.path)}\``;
    changes.push(
      makeChange(rule, {
        message: `${site.where}${at}: ${finding.detail}`,
        ...(site.operation ? { operation: site.operation } : {}),
        ...(site.resource !== undefined ? { resource: site.resource } : {}),
        ...(finding.base ? { base: finding.base } : {}),
        ...(finding.revision ? { revision: finding.revision } : {}),
      }),
    );
  }
  return changes;
}
