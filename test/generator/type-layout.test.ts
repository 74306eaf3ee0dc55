// Type aliases and interface members whose types do not fit are laid out by the emitter as prettier
// lays them out (long unions, arrays of unions, inline objects, intersections with inline objects).
// Differential check against prettier on generated types: whenever the format stage would keep a
// printed statement as it is, prettier makes exactly that text of it.
import fc from "fast-check";
import { format } from "prettier";
import { describe, expect, it } from "vitest";
import { StructureKind } from "../../generator/emit/structure-kind.ts";
import { declaredTypeText } from "../../generator/emit/type-layout.ts";
import { tsArray, tsIntersection, tsLiteral, tsName, tsObject, tsUnion, type TypeExpression } from "../../generator/emit/type-expressions.ts";
import { memberIndent } from "../../generator/emit/types.ts";
import { inPrettierLayout } from "../../generator/render/prettier-layout.ts";
import { printStatements } from "../../generator/render/print.ts";

const settings = { parser: "babel-ts", printWidth: 100, trailingComma: "all" } as const;

const primary: fc.Arbitrary<TypeExpression> = fc.oneof(
  fc.constantFrom("string", "number", "boolean", "null", "unknown", "string[]", "Record<string, unknown>", "CloudBackupRestoreJob", "AVeryLongTypeNameForARestoreJobVariant").map(tsName),
  fc.stringMatching(/^[A-Za-z_0-9 ]{1,24}$/).map((value) => tsLiteral(value)),
  fc.integer({ min: 100, max: 599 }).map((value) => tsLiteral(value)),
);
const union = fc.array(primary, { minLength: 2, maxLength: 14 }).map(tsUnion);
const key = fc.constantFrom("a", "regionName", "customOpensslCipherConfigTls12", "aMemberNameLongEnoughToPushItsTypeTowardsTheEdgeOfTheLine");
const docLines = fc.constantFrom([], ["A member."], ["A member whose comment line is longer than the print width allows for code, which prettier leaves as it is in a comment.", "", "@example \"x\""]);
const flatMember = fc.record({ key, type: fc.oneof(primary, union), optional: fc.boolean(), docLines });
const flatObject = fc.array(flatMember, { minLength: 1, maxLength: 4 }).map((members) => tsObject(members));

// Nested shapes: objects inside objects, discriminated unions (`Variant & { tag }`), objects with
// `| null`, arrays of objects, intersections holding unions, index signatures.
const { nested } = fc.letrec<{ nested: TypeExpression; object: TypeExpression }>((tie) => ({
  nested: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    primary,
    union,
    union.map(tsArray),
    tie("object"),
    tie("object").map((object) => tsUnion([object, tsName("null")])),
    tie("object").map(tsArray),
    tie("object").map((object) => tsArray(tsUnion([object, tsName("null")]))),
    fc.array(fc.oneof(primary, tie("object"), tie("object").map((object) => tsIntersection([tsName("AVariantOfTheRestoreJob"), object]))), { minLength: 2, maxLength: 5 }).map(tsUnion),
    fc.array(fc.oneof(primary, tie("object"), union, fc.array(fc.oneof(primary, tie("object")), { minLength: 2, maxLength: 3 }).map(tsUnion)), { minLength: 2, maxLength: 4 }).map(tsIntersection),
  ),
  object: fc.oneof(
    { depthSize: "small" },
    flatObject,
    fc
      .tuple(fc.array(fc.record({ key, type: tie("nested"), optional: fc.boolean(), docLines }), { minLength: 1, maxLength: 3 }), fc.option(fc.oneof(primary, union), { nil: undefined }))
      .map(([members, index]) => tsObject(members, index)),
  ),
}));
const type: fc.Arbitrary<TypeExpression> = fc.oneof(
  primary,
  union,
  union.map(tsArray),
  flatObject,
  fc.array(fc.oneof(primary, flatObject, union), { minLength: 2, maxLength: 4 }).map(tsIntersection),
  nested,
);
const name = fc.constantFrom("A", "RestoreJobRegion", "AnExceptionallyLongTypeNameThatTakesUpMuchOfTheLineByItselfAlready");

describe("declared type layout", () => {
  it("lays out type aliases and interface members exactly as prettier does, wherever the format stage keeps them", async () => {
    let kept = 0;
    let keptIntersections = 0;
    let keptNested = 0;
    await fc.assert(
      fc.asyncProperty(name, type, fc.boolean(), async (typeName, expression, asMember) => {
        const head = asMember ? "regionName?:" : `export type ${typeName} =`;
        const text = declaredTypeText(expression, head, asMember ? memberIndent : 0);
        const statement = asMember
          ? { kind: StructureKind.Interface, name: typeName, isExported: true, properties: [{ kind: StructureKind.PropertySignature, name: "regionName", hasQuestionToken: true, type: text }] }
          : { kind: StructureKind.TypeAlias, name: typeName, isExported: true, type: text };
        const printed = (printStatements([statement])[0] as { text: string }).text;
        if (!inPrettierLayout(printed)) return;
        kept++;
        if (expression.parts && printed.includes("\n")) keptIntersections++;
        // Discriminated-union members, objects with null, arrays of objects, unions in intersections.
        if (/\| [({]|\} \| null|\}\[\]|\} & \(/.test(printed)) keptNested++;
        expect(printed).toBe((await format(printed, settings)).trimEnd());
      }),
      { numRuns: 1500 },
    );
    expect(kept).toBeGreaterThan(300);
    expect(keptIntersections).toBeGreaterThan(20);
    expect(keptNested).toBeGreaterThan(40);
  });
});
