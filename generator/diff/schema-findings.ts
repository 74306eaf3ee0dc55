// What the structural schema comparison finds, before any direction is applied: "the enum lost a value"
// is a finding; whether that breaks a client (request) or not (response) is decided by schema-rules.ts.
import type { SchemaIndex } from "../ir/lookup.ts";
import type { Origin, Schema } from "../ir/model.ts";

export const findingKinds = [
  "required-property-added",
  "optional-property-added",
  "required-property-removed",
  "optional-property-removed",
  "required-property-rejected",
  "optional-property-rejected",
  "undeclared-property-rejected",
  "property-became-required",
  "property-became-optional",
  "nullable-added",
  "nullable-removed",
  "type-widened",
  "type-narrowed",
  "type-changed",
  "format-widened",
  "format-narrowed",
  "format-changed",
  "pattern-added",
  "pattern-changed",
  "pattern-removed",
  "max-lowered",
  "max-raised",
  "min-raised",
  "min-lowered",
  "enum-value-added",
  "enum-value-removed",
  "became-enum",
  "enum-dropped",
  "default-changed",
  "variant-added",
  "variant-removed",
  "discriminator-value-changed",
  "discriminator-changed",
  "discriminator-added",
  "discriminator-removed",
  "additional-properties-restricted",
  "additional-properties-allowed",
] as const;

export type FindingKind = (typeof findingKinds)[number];

/** A path into an instance: property names, `[]` for array items, `*` for additional properties, `[label]` for a variant. */
export type InstancePath = readonly string[];

export interface Finding {
  readonly kind: FindingKind;
  readonly path: InstancePath;
  readonly detail: string;
  readonly base?: Origin;
  readonly revision?: Origin;
}

/** The explicit state of one comparison run. */
export interface CompareState {
  readonly base: SchemaIndex;
  readonly revision: SchemaIndex;
  readonly findings: Finding[];
  /** Pairs of resolved schemas being compared further up: a pair met again is a cycle and is skipped. */
  readonly stack: Set<string>;
  /** Identities of the schemas met so far (for the cycle keys), shared with dry runs. */
  readonly ids: Map<Schema, number>;
  /** Compares two schemas (refs followed) at `path`, adding findings. */
  compare(base: Schema, revision: Schema, path: InstancePath): void;
  /** True when two schemas are structurally equivalent (a dry run finds nothing). */
  equivalent(base: Schema, revision: Schema): boolean;
}

export function report(state: CompareState, kind: FindingKind, path: InstancePath, detail: string, base: Schema | Origin | undefined, revision: Schema | Origin | undefined): void {
  state.findings.push({ kind, path, detail, ...originOf("base", base), ...originOf("revision", revision) });
}

function originOf<K extends "base" | "revision">(key: K, from: Schema | Origin | undefined): { [P in K]?: Origin } {
  if (from === undefined) return {};
  const origin = "origin" in from ? from.origin : from;
  return { [key]: origin } as { [P in K]?: Origin };
}

/** `results[].components[deliveryType=download].downloadUrl` */
export function renderPath(path: InstancePath): string {
  let out = "";
  for (const segment of path) {
    if (segment.startsWith("[")) out += segment;
    else if (/^[A-Za-z_$][\w$-]*$|^\*$/.test(segment)) out += out === "" ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}
