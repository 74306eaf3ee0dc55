// Object and array literals are written in prettier's layout by the emitter itself. Differential
// check against prettier on generated literals: whenever the layout answers, prettier formats the flat
// statement to exactly that text.
import fc from "fast-check";
import { format } from "prettier";
import { describe, expect, it } from "vitest";
import { arrayLiteral, callInitializerText, flatLiteral, initializerText, layOutStatement, objectLiteral, type LiteralTree } from "../../generator/emit/literal-layout.ts";
import { inPrettierLayout } from "../../generator/render/prettier-layout.ts";

const settings = { parser: "babel-ts", printWidth: 100, trailingComma: "all" } as const;

const key = fc.constantFrom(
  ...["a", "in", "path", "name", "method", "required", "operationId", "responseMediaType", "successStatuses"],
  '"GET /api/atlas/v2/clusters application/json"',
  '"GET /api/atlas/v2/federationSettings/{federationSettingsId}/connectedOrgConfigs/{orgId} application/vnd.atlas+json"',
);
const scalar = fc.oneof(
  fc.nat({ max: 600 }).map(String),
  fc.constantFrom("true", "false", "null", "-1", "pattern1", "undefined", "checkPaginatedDefaultGroupLimitResponseOfAnAlmostAbsurdlyLongName"),
  fc.string({ unit: fc.constantFrom("a", "b", "/", "{", "}", "-", " ", "é"), maxLength: 130 }).map((text) => JSON.stringify(text)),
);
const { tree } = fc.letrec<{ tree: LiteralTree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    scalar,
    fc.uniqueArray(fc.tuple(key, tie("tree")), { selector: ([name]) => name, maxLength: 7 }).map((members) => objectLiteral(members)),
    fc.array(tie("tree"), { maxLength: 6 }).map((items) => arrayLiteral(items)),
  ),
}));
const collection = tree.filter((value) => typeof value !== "string");

describe("literal layout", () => {
  it("lays out a literal statement exactly as prettier does, whenever it answers", async () => {
    let answered = 0;
    // How many the format stage then keeps as they are (the rest it sends through prettier again).
    let kept = 0;
    await fc.assert(
      fc.asyncProperty(collection, fc.constantFrom("export const createJobOperation: OperationDescriptor = ", "const values1 = "), async (value, start) => {
        const laidOut = layOutStatement(start, value, ";");
        if (laidOut === undefined) return;
        answered++;
        expect(laidOut).toBe((await format(`${start}${flatLiteral(value)};`, settings)).trimEnd());
        if (inPrettierLayout(laidOut)) kept++;
      }),
      { numRuns: 400 },
    );
    expect(answered).toBeGreaterThan(200);
    expect(kept).toBeGreaterThan(answered / 2);
  });

  it("hugs a lone list argument, as prettier does for the guards' value sets", async () => {
    const values = arrayLiteral(Array.from({ length: 30 }, (_, index) => JSON.stringify(`REGION_${index}`)));
    const initializer = initializerText("const values1", "/* @__PURE__ */ new Set<unknown>(", values, ")");
    const statement = `const values1 = ${initializer};`;
    expect(statement.split("\n")[0]).toBe("const values1 = /* @__PURE__ */ new Set<unknown>([");
    expect(statement).toBe((await format(statement, settings)).trimEnd());
  });

  it("packs lists of numbers into lines as prettier fills them", async () => {
    let broken = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(fc.nat({ max: 100000 }), fc.integer({ min: -99, max: -1 }), fc.constantFrom(0, 1, 12345678901)).map(String), { minLength: 1, maxLength: 90 }),
        fc.constantFrom(["const values1", "/* @__PURE__ */ new Set<unknown>(", ")"], ["export const a: T", "", ""]),
        fc.constantFrom("", "errorStatuses", "aMuchLongerKeyForTheListOfNumbers"),
        async (numbers, [declaration, prefix, suffix], key) => {
          const list = arrayLiteral(numbers);
          const tree = key === "" ? list : objectLiteral([[key, list], ["b", "1"]]);
          const statement = `${declaration} = ${initializerText(declaration, prefix, tree, suffix)};`;
          if (statement.includes("\n")) broken++;
          expect(statement).toBe((await format(`${declaration} = ${prefix}${flatLiteral(tree)}${suffix};`, settings)).trimEnd());
          expect(inPrettierLayout(statement)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
    expect(broken).toBeGreaterThan(100);
  });

  it("breaks the arguments of a constant's construction as prettier does", async () => {
    let broken = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: fc.constantFrom("a", "[", "0", "-", "9", "]", "{", "}", "\\", "|", "^", "$"), minLength: 30, maxLength: 140, size: "max" }),
        fc.constantFrom('"u"', '""'),
        fc.constantFrom("pattern1", "pattern123"),
        async (pattern, flags, name) => {
          const args = [JSON.stringify(pattern), flags];
          const statement = `const ${name} = ${callInitializerText(`const ${name}`, "/* @__PURE__ */ new RegExp", args)};`;
          if (statement.includes("\n")) broken++;
          expect(statement).toBe((await format(`const ${name} = /* @__PURE__ */ new RegExp(${args.join(", ")});`, settings)).trimEnd());
        },
      ),
      { numRuns: 300 },
    );
    expect(broken).toBeGreaterThan(50);
  });
});
