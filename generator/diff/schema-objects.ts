// Objects (and allOf compositions of them) compared property by property. A property is in one of four
// states on each side: required, optional, absent (undeclared but allowed) or rejected (a `false` schema,
// or undeclared where `additionalProperties: false`); the transition decides the finding.
import type { Schema } from "../ir/model.ts";
import { report, type CompareState, type FindingKind, type InstancePath } from "./schema-findings.ts";
import { boundChange, boundDetail, describeSchema, objectView, unionView, type Bound, type ObjectView, type ViewProperty } from "./schema-shape.ts";
import { compareUnions } from "./schema-unions.ts";
import type { SchemaIndex } from "../ir/lookup.ts";

type PropertyState = "required" | "optional" | "absent" | "rejected";

export function compareObjects(state: CompareState, b: Schema, r: Schema, path: InstancePath): void {
  const before = objectView(state.base, b);
  const after = objectView(state.revision, r);
  const names = [...before.properties.keys(), ...[...after.properties.keys()].filter((name) => !before.properties.has(name))];
  for (const name of names) compareProperty(state, before, after, name, path);
  compareAdditional(state, before, after, b, r, path);
  compareCounts(state, before, after, b, r, path);
  const unions = Math.max(before.unions.length, after.unions.length);
  for (let index = 0; index < unions; index++) {
    const baseUnion = before.unions[index];
    const revisionUnion = after.unions[index];
    if (baseUnion && revisionUnion) compareUnions(state, unionView(baseUnion), unionView(revisionUnion), path);
    else if (baseUnion) report(state, "type-widened", path, "oneOf/anyOf constraint removed", baseUnion, r);
    else if (revisionUnion) report(state, "type-narrowed", path, "oneOf/anyOf constraint added", b, revisionUnion);
  }
}

function stateOf(index: SchemaIndex, view: ObjectView, property: ViewProperty | undefined): PropertyState {
  if (!property) return view.additional === false ? "rejected" : "absent";
  if (index.resolve(property.schema).kind === "never") return "rejected";
  return property.required ? "required" : "optional";
}

const transitions: Readonly<Record<PropertyState, Readonly<Partial<Record<PropertyState, FindingKind>>>>> = {
  required: { absent: "required-property-removed", rejected: "required-property-rejected", optional: "property-became-optional" },
  optional: { absent: "optional-property-removed", rejected: "optional-property-rejected", required: "property-became-required" },
  absent: { required: "required-property-added", optional: "optional-property-added", rejected: "undeclared-property-rejected" },
  rejected: { required: "required-property-added", optional: "optional-property-added" },
};

const details: Readonly<Partial<Record<FindingKind, string>>> = {
  "required-property-removed": "required property removed",
  "optional-property-removed": "optional property removed",
  "required-property-rejected": "required property removed and now rejected",
  "optional-property-rejected": "optional property removed and now rejected",
  "undeclared-property-rejected": "property now rejected",
  "property-became-optional": "property became optional",
  "property-became-required": "property became required",
  "required-property-added": "required property added",
  "optional-property-added": "optional property added",
};

function compareProperty(state: CompareState, before: ObjectView, after: ObjectView, name: string, path: InstancePath): void {
  const baseProperty = before.properties.get(name);
  const revisionProperty = after.properties.get(name);
  const from = stateOf(state.base, before, baseProperty);
  const to = stateOf(state.revision, after, revisionProperty);
  const at = [...path, name];
  const kind = transitions[from][to];
  if (kind) {
    const shown = kind.endsWith("-added") ? revisionProperty && describeSchema(state.revision, revisionProperty.schema) : kind.includes("-removed") || kind.endsWith("-rejected") ? baseProperty && describeSchema(state.base, baseProperty.schema) : undefined;
    const detail = `${details[kind] ?? kind}${shown ? `: ${shown}` : ""}`;
    report(state, kind, at, detail, baseProperty?.schema ?? before.origin, revisionProperty?.schema ?? after.origin);
  }
  const present = (value: PropertyState): boolean => value === "required" || value === "optional";
  if (baseProperty && revisionProperty && present(from) && present(to)) state.compare(baseProperty.schema, revisionProperty.schema, at);
}

function compareAdditional(state: CompareState, before: ObjectView, after: ObjectView, b: Schema, r: Schema, path: InstancePath): void {
  if (before.additional !== false && after.additional === false) {
    report(state, "additional-properties-restricted", path, "undeclared properties are no longer allowed", b, r);
  } else if (before.additional === false && after.additional !== false) {
    report(state, "additional-properties-allowed", path, "undeclared properties are now allowed", b, r);
  } else if (typeof before.additional !== "boolean" || typeof after.additional !== "boolean") {
    state.compare(asSchema(before.additional, b), asSchema(after.additional, r), [...path, "*"]);
  }
}

function asSchema(additional: Schema | boolean, owner: Schema): Schema {
  return typeof additional === "boolean" ? { kind: "unknown", docs: {}, origin: owner.origin } : additional;
}

function compareCounts(state: CompareState, before: ObjectView, after: ObjectView, b: Schema, r: Schema, path: InstancePath): void {
  const bound = (value: number | undefined, keyword: string): Bound | undefined => (value === undefined ? undefined : { value, exclusive: false, keyword });
  const lower = [bound(before.minProperties, "minProperties"), bound(after.minProperties, "minProperties")] as const;
  const upper = [bound(before.maxProperties, "maxProperties"), bound(after.maxProperties, "maxProperties")] as const;
  const lowerChange = boundChange(lower[0], lower[1], "lower");
  if (lowerChange !== "same") report(state, lowerChange === "tighter" ? "min-raised" : "min-lowered", path, boundDetail(lower[0], lower[1]), b, r);
  const upperChange = boundChange(upper[0], upper[1], "upper");
  if (upperChange !== "same") report(state, upperChange === "tighter" ? "max-lowered" : "max-raised", path, boundDetail(upper[0], upper[1]), b, r);
}
