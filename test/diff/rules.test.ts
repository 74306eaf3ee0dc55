// One row per spec pair in test/fixtures/diff/<case>/{base,revision}.yaml: the exact multiset of rule
// ids the diff reports and whether any is breaking. Restructuring-only pairs report nothing. Sunsets are
// judged on a fixed day, so the table does not depend on the clock.
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { codeUnitCompare } from "../../generator/diff/change.ts";
import { diffSpecs } from "../../generator/diff/index.ts";
import type { RuleId } from "../../generator/diff/rules.ts";
import { repoRoot } from "../support/spec.ts";

interface Row {
  readonly case: string;
  readonly rules: readonly RuleId[];
  readonly breaking: boolean;
}

const times = (count: number, rule: RuleId): RuleId[] => Array.from({ length: count }, () => rule);

const rows: readonly Row[] = [
  // operations
  { case: "operation-added", rules: ["operation-added"], breaking: false },
  { case: "operation-removed", rules: ["operation-removed-without-deprecation"], breaking: true },
  { case: "operation-removed-after-sunset", rules: ["operation-removed-after-sunset"], breaking: false },
  { case: "operation-removed-before-sunset", rules: ["operation-removed-before-sunset"], breaking: true },
  { case: "operation-removed-after-deprecation", rules: ["operation-removed-after-deprecation"], breaking: false },
  { case: "operation-deprecated", rules: ["operation-deprecated"], breaking: false },
  { case: "operation-deprecated-with-sunset", rules: ["operation-deprecated-with-sunset"], breaking: false },
  { case: "operation-reactivated", rules: ["operation-reactivated"], breaking: false },
  { case: "operation-id-changed", rules: ["operation-id-changed"], breaking: false },
  { case: "path-parameter-renamed", rules: [], breaking: false },
  // status codes
  { case: "success-status-replaced", rules: ["response-success-status-added", "response-success-status-removed"], breaking: true },
  { case: "error-status-added", rules: ["response-error-status-added"], breaking: false },
  { case: "error-status-removed", rules: ["response-error-status-removed"], breaking: false },
  // parameters
  { case: "parameter-required-added", rules: ["request-parameter-added-required"], breaking: true },
  { case: "parameter-optional-added", rules: ["request-parameter-added-optional"], breaking: false },
  { case: "parameter-removed", rules: ["request-parameter-removed"], breaking: false },
  { case: "parameter-removed-deprecated", rules: ["request-parameter-removed-deprecated"], breaking: false },
  { case: "parameter-became-required", rules: ["request-parameter-became-required"], breaking: true },
  { case: "parameter-became-optional", rules: ["request-parameter-became-optional"], breaking: false },
  { case: "parameter-deprecated", rules: ["request-parameter-deprecated"], breaking: false },
  { case: "parameter-max-decreased", rules: ["request-parameter-max-decreased"], breaking: true },
  { case: "parameter-max-increased", rules: ["request-parameter-max-increased"], breaking: false },
  { case: "parameter-min-increased", rules: ["request-parameter-min-increased"], breaking: true },
  { case: "parameter-enum-value-removed", rules: ["request-parameter-enum-value-removed"], breaking: true },
  { case: "parameter-enum-value-added", rules: ["request-parameter-enum-value-added"], breaking: false },
  { case: "parameter-pattern-changed", rules: ["request-parameter-pattern-changed"], breaking: true },
  { case: "parameter-pattern-removed", rules: ["request-parameter-pattern-removed"], breaking: false },
  { case: "parameter-type-changed", rules: ["request-parameter-type-changed"], breaking: true },
  { case: "parameter-format-generalized", rules: ["request-parameter-format-generalized"], breaking: false },
  { case: "parameter-default-changed", rules: ["request-parameter-default-changed"], breaking: false },
  // request bodies
  { case: "request-required-property-added", rules: ["request-body-required-property-added"], breaking: true },
  { case: "request-optional-property-added", rules: ["request-body-optional-property-added"], breaking: false },
  { case: "request-property-removed", rules: ["request-body-property-removed"], breaking: false },
  { case: "request-property-rejected", rules: ["request-body-property-rejected"], breaking: true },
  { case: "request-property-became-required", rules: ["request-body-property-became-required"], breaking: true },
  { case: "request-property-became-optional", rules: ["request-body-property-became-optional"], breaking: false },
  { case: "request-enum-value-removed", rules: ["request-body-enum-value-removed"], breaking: true },
  { case: "request-enum-value-added", rules: ["request-body-enum-value-added"], breaking: false },
  { case: "request-max-length-decreased", rules: ["request-body-max-decreased"], breaking: true },
  { case: "request-minimum-raised", rules: ["request-body-min-increased"], breaking: true },
  { case: "request-type-narrowed", rules: ["request-body-type-changed"], breaking: true },
  { case: "request-type-generalized", rules: ["request-body-type-generalized"], breaking: false },
  { case: "request-type-changed", rules: ["request-body-type-changed"], breaking: true },
  { case: "request-pattern-added", rules: ["request-body-pattern-changed"], breaking: true },
  { case: "request-became-enum", rules: ["request-body-became-enum"], breaking: true },
  { case: "request-nullable-added", rules: ["request-body-nullable-added"], breaking: false },
  { case: "request-nullable-removed", rules: ["request-body-nullable-removed"], breaking: true },
  { case: "request-additional-properties-restricted", rules: ["request-body-additional-properties-restricted"], breaking: true },
  { case: "request-body-became-optional", rules: ["request-body-became-optional"], breaking: false },
  { case: "request-body-added", rules: ["request-body-added-required"], breaking: true },
  { case: "request-media-type-replaced", rules: ["request-media-type-replaced"], breaking: true },
  { case: "request-default-changed", rules: ["request-body-default-changed"], breaking: false },
  { case: "request-format-added", rules: ["request-body-format-changed"], breaking: true },
  { case: "parameter-became-enum", rules: ["request-parameter-became-enum"], breaking: true },
  { case: "request-discriminator-removed", rules: ["request-body-discriminator-removed"], breaking: false },
  // responses (Pet is returned by listPets, createPet and getPet: one change per operation)
  { case: "response-required-property-removed", rules: times(3, "response-body-required-property-removed"), breaking: true },
  { case: "response-optional-property-removed", rules: times(3, "response-body-optional-property-removed"), breaking: false },
  { case: "response-property-added", rules: times(3, "response-body-property-added"), breaking: false },
  { case: "response-property-became-optional", rules: times(3, "response-body-property-became-optional"), breaking: true },
  { case: "response-enum-value-added", rules: times(3, "response-body-enum-value-added"), breaking: false },
  { case: "response-enum-value-removed", rules: times(3, "response-body-enum-value-removed"), breaking: false },
  { case: "response-nullable-added", rules: times(3, "response-body-nullable-added"), breaking: true },
  { case: "response-type-changed", rules: times(3, "response-body-type-changed"), breaking: true },
  { case: "response-format-changed", rules: times(3, "response-body-format-changed"), breaking: false },
  { case: "response-type-narrowed", rules: ["response-body-type-narrowed"], breaking: false },
  { case: "response-pattern-changed", rules: times(3, "response-body-pattern-changed"), breaking: false },
  { case: "response-max-increased", rules: times(3, "response-body-max-increased"), breaking: false },
  { case: "response-enum-dropped", rules: times(3, "response-body-enum-dropped"), breaking: false },
  { case: "response-additional-properties-allowed", rules: times(2, "response-body-additional-properties-allowed"), breaking: false },
  { case: "response-discriminator-removed", rules: ["response-body-discriminator-removed"], breaking: false },
  { case: "response-body-removed", rules: ["response-body-removed"], breaking: true },
  { case: "response-media-type-added", rules: ["response-media-type-added"], breaking: false },
  { case: "response-media-type-replaced", rules: ["response-media-type-replaced"], breaking: true },
  // unions and discriminators (Timestamp sits in the base both job variants extend: one change per variant)
  { case: "response-variant-added", rules: ["response-body-variant-added"], breaking: false },
  { case: "request-variant-removed", rules: ["request-body-variant-removed"], breaking: true },
  { case: "request-variant-added", rules: ["request-body-variant-added"], breaking: false },
  { case: "discriminator-value-renamed", rules: ["response-body-discriminator-value-changed"], breaking: true },
  // each former variant is compared with the object: its tag now admits the other values, it gains the other's field
  {
    case: "union-collapsed-to-object",
    rules: ["response-body-discriminator-removed", ...times(2, "response-body-enum-value-added"), ...times(2, "response-body-property-added")],
    breaking: false,
  },
  { case: "response-variant-property-added", rules: ["response-body-property-added"], breaking: false },
  { case: "untagged-variant-removed", rules: times(2, "response-body-variant-removed"), breaking: false },
  { case: "untagged-variant-added", rules: times(2, "response-body-variant-added"), breaking: false },
  { case: "versioned-media-type-added", rules: ["request-media-type-added", "response-media-type-added"], breaking: false },
  { case: "versioned-media-type-replaced", rules: ["request-media-type-replaced", "response-media-type-replaced"], breaking: true },
  { case: "versioned-media-type-removed", rules: ["response-media-type-removed"], breaking: true },
  // the variants gain a required `kind`: a response property added in each
  { case: "discriminator-property-changed", rules: ["response-body-discriminator-changed", ...times(2, "response-body-property-added")], breaking: true },
  // security
  { case: "security-scheme-added", rules: ["security-scheme-added", ...times(3, "operation-security-scheme-added")], breaking: false },
  { case: "security-scheme-changed", rules: ["security-scheme-changed"], breaking: true },
  { case: "security-scheme-renamed", rules: [], breaking: false },
  { case: "operation-security-scheme-removed", rules: times(3, "operation-security-scheme-removed"), breaking: true },
  { case: "operation-security-required", rules: ["operation-security-required"], breaking: true },
  // restructuring that changes nothing for a client
  { case: "restructure-ref-inlined", rules: [], breaking: false },
  { case: "restructure-schema-renamed", rules: [], breaking: false },
  { case: "restructure-reordered-and-redescribed", rules: [], breaking: false },
  { case: "restructure-moved-to-other-file", rules: [], breaking: false },
  { case: "restructure-allof-split", rules: [], breaking: false },
  { case: "restructure-parameters-moved", rules: [], breaking: false },
  { case: "restructure-server-prefix-moved", rules: [], breaking: false },
  // recursive schemas: the comparison follows refs with cycle protection
  { case: "recursive-schema-changed", rules: ["response-body-property-added"], breaking: false },
  { case: "recursive-schema-renamed", rules: [], breaking: false },
  { case: "recursive-union-renamed", rules: [], breaking: false },
  { case: "recursive-union-renamed-and-changed", rules: times(2, "response-body-property-added"), breaking: false },
  // across major versions
  { case: "cross-version-same-operations", rules: [], breaking: false },
  {
    case: "cross-version-changes",
    rules: ["response-media-type-replaced", ...times(3, "response-body-optional-property-removed"), ...times(3, "response-body-property-added")],
    breaking: true,
  },
  { case: "cross-version-operation-id", rules: times(3, "response-body-enum-value-added"), breaking: false },
  {
    case: "cross-version-representation",
    rules: [...times(2, "operation-removed-without-deprecation"), "operation-added", "response-body-format-changed", "response-body-property-added"],
    breaking: true,
  },
  // realistic releases
  {
    case: "release-compatible",
    rules: ["request-parameter-added-optional", ...times(3, "response-body-property-added"), "request-body-enum-value-added", "operation-deprecated-with-sunset"],
    breaking: false,
  },
  {
    case: "release-breaking",
    rules: [
      "request-parameter-added-required",
      ...times(2, "response-body-optional-property-removed"),
      ...times(2, "response-body-enum-value-added"),
      "request-body-enum-value-removed",
      "response-success-status-added",
      "response-success-status-removed",
    ],
    breaking: true,
  },
  {
    case: "release-jobs",
    rules: [...times(2, "response-body-enum-value-added"), ...times(2, "response-body-variant-removed"), "response-body-variant-added", "response-media-type-added"],
    breaking: false,
  },
];

/** Pairs diffed the other way round (revision -> base): the mirror-image rules, with their own severities. */
const mirrors: readonly Row[] = [
  { case: "request-body-added", rules: ["request-body-removed"], breaking: false },
  { case: "request-body-became-optional", rules: ["request-body-became-required"], breaking: true },
  { case: "response-body-removed", rules: ["response-body-added"], breaking: false },
  { case: "versioned-media-type-added", rules: ["request-media-type-removed", "response-media-type-removed"], breaking: true },
  { case: "parameter-format-generalized", rules: ["request-parameter-format-changed"], breaking: true },
  { case: "parameter-min-increased", rules: ["request-parameter-min-decreased"], breaking: false },
  { case: "parameter-became-enum", rules: ["request-parameter-enum-dropped"], breaking: false },
  { case: "request-pattern-added", rules: ["request-body-pattern-removed"], breaking: false },
  { case: "request-max-length-decreased", rules: ["request-body-max-increased"], breaking: false },
  { case: "request-minimum-raised", rules: ["request-body-min-decreased"], breaking: false },
  { case: "request-became-enum", rules: ["request-body-enum-dropped"], breaking: false },
  { case: "request-format-added", rules: ["request-body-format-generalized"], breaking: false },
  { case: "request-additional-properties-restricted", rules: ["request-body-additional-properties-allowed"], breaking: false },
  { case: "request-discriminator-removed", rules: ["request-body-discriminator-added"], breaking: false },
  { case: "response-property-became-optional", rules: times(3, "response-body-property-became-required"), breaking: false },
  { case: "response-nullable-added", rules: times(3, "response-body-nullable-removed"), breaking: false },
  { case: "response-type-narrowed", rules: ["response-body-type-changed"], breaking: true },
  { case: "response-max-increased", rules: times(3, "response-body-max-decreased"), breaking: false },
  { case: "response-enum-dropped", rules: times(3, "response-body-became-enum"), breaking: false },
  { case: "response-additional-properties-allowed", rules: times(2, "response-body-additional-properties-restricted"), breaking: false },
  { case: "response-discriminator-removed", rules: ["response-body-discriminator-added"], breaking: false },
  { case: "response-variant-added", rules: ["response-body-variant-removed"], breaking: false },
  { case: "security-scheme-added", rules: ["security-scheme-removed", ...times(3, "operation-security-scheme-removed")], breaking: true },
  { case: "operation-security-required", rules: ["operation-security-removed"], breaking: false },
  { case: "operation-removed", rules: ["operation-added"], breaking: false },
];

const fixtures = "test/fixtures/diff";
export const today = "2026-06-01";

export function diffCase(name: string): ReturnType<typeof diffSpecs> {
  return diffSpecs({ base: `${fixtures}/${name}/base.yaml`, revision: `${fixtures}/${name}/revision.yaml`, cwd: repoRoot, today });
}

const sorted = (rules: readonly string[]): string[] => [...rules].sort(codeUnitCompare);

describe("diff rules, one spec pair each", () => {
  it.each(rows)("$case", (row) => {
    const result = diffCase(row.case);
    expect(result.diagnostics).toEqual([]);
    const changes = result.report?.comparisons.flatMap((comparison) => comparison.changes) ?? [];
    expect({ rules: sorted(changes.map((change) => change.rule)), breaking: changes.some((change) => change.severity === "breaking") }).toEqual({
      rules: sorted(row.rules),
      breaking: row.breaking,
    });
  });

  it.each(mirrors)("$case, revision -> base", (row) => {
    const result = diffSpecs({ base: `${fixtures}/${row.case}/revision.yaml`, revision: `${fixtures}/${row.case}/base.yaml`, cwd: repoRoot, today });
    const changes = result.report?.comparisons.flatMap((comparison) => comparison.changes) ?? [];
    expect({ rules: sorted(changes.map((change) => change.rule)), breaking: changes.some((change) => change.severity === "breaking") }).toEqual({
      rules: sorted(row.rules),
      breaking: row.breaking,
    });
  });

  it("has a row for every fixture folder and a folder for every row", () => {
    const folders = readdirSync(`${repoRoot}/${fixtures}`).sort(codeUnitCompare);
    expect(sorted(rows.map((row) => row.case))).toEqual(folders);
    expect(folders.length).toBeGreaterThanOrEqual(40);
  });

  it("reports every pair the same way in both directions of restructuring (revision -> base)", () => {
    for (const row of rows.filter((candidate) => candidate.case.startsWith("restructure-"))) {
      const back = diffSpecs({ base: `${fixtures}/${row.case}/revision.yaml`, revision: `${fixtures}/${row.case}/base.yaml`, cwd: repoRoot, today });
      expect({ case: row.case, changes: back.report?.summary }).toEqual({ case: row.case, changes: { breaking: 0, warning: 0, info: 0 } });
    }
  });
});
