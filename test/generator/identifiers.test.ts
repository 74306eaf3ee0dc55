// The generator decides ASCII names itself and structure kinds by number, so that it need not load
// TypeScript (through ts-morph) on every run. Differential checks against TypeScript's scanner and
// ts-morph's enums, which stay the authority.
import fc from "fast-check";
import { StructureKind as TsMorphKinds, VariableDeclarationKind as TsMorphDeclarationKinds, ts } from "ts-morph";
import { describe, expect, it } from "vitest";
import { StructureKind, VariableDeclarationKind } from "../../generator/emit/structure-kind.ts";
import { isBindingIdentifier, isPropertyIdentifier, reservedWords } from "../../generator/plan/identifiers.ts";

const scanner = ts.createScanner(ts.ScriptTarget.ESNext, false);
const kinds = ts.SyntaxKind;

/** What TypeScript's scanner says of a name: one identifier or keyword token, and which. */
function scanned(name: string): { identifier: boolean; reserved: boolean } {
  scanner.setText(name);
  const token = scanner.scan();
  const identifier = scanner.getTokenEnd() === name.length && (token === kinds.Identifier || (token >= kinds.FirstKeyword && token <= kinds.LastKeyword));
  const typeNames = [kinds.AnyKeyword, kinds.BooleanKeyword, kinds.NeverKeyword, kinds.NumberKeyword, kinds.ObjectKeyword, kinds.StringKeyword];
  const moreTypeNames = [kinds.SymbolKeyword, kinds.UndefinedKeyword, kinds.UnknownKeyword, kinds.BigIntKeyword];
  const contextual = [kinds.AwaitKeyword, kinds.YieldKeyword, kinds.LetKeyword, kinds.StaticKeyword];
  const reserved =
    identifier &&
    ((token >= kinds.FirstReservedWord && token <= kinds.LastReservedWord) ||
      (token >= kinds.FirstFutureReservedWord && token <= kinds.LastFutureReservedWord) ||
      [...typeNames, ...moreTypeNames, ...contextual].includes(token));
  return { identifier, reserved };
}

function expectSameAsScanner(name: string): void {
  const { identifier, reserved } = scanned(name);
  // A backslash would make a unicode escape, which TypeScript reads as a name; we quote those instead.
  const expected = identifier && !name.includes("\\");
  expect(isPropertyIdentifier(name), JSON.stringify(name)).toBe(expected);
  expect(isBindingIdentifier(name), JSON.stringify(name)).toBe(expected && !reserved);
}

describe("identifiers", () => {
  it("classifies every TypeScript keyword as the scanner does, reserved words included", () => {
    const keywords: string[] = [];
    for (let token = kinds.FirstKeyword; token <= kinds.LastKeyword; token++) keywords.push(ts.tokenToString(token) as string);
    expect(keywords.length).toBeGreaterThan(80);
    for (const keyword of keywords) expectSameAsScanner(keyword);
    expect([...reservedWords].filter((word) => !scanned(word).reserved)).toEqual([]);
  });

  it("agrees with the scanner on every printable ASCII name of one or two characters", () => {
    const printable = Array.from({ length: 95 }, (_, index) => String.fromCharCode(32 + index));
    for (const first of printable) {
      expectSameAsScanner(first);
      for (const second of printable) expectSameAsScanner(first + second);
    }
  });

  it("agrees with the scanner on names like a spec's, non-ASCII ones included", () => {
    const unit = fc.constantFrom(..."aZ_$09-. #@\\", "é", "ß", "中", "Ω", "٣", "\u0301", "\u200c", "\u2028", "😀", "ℵ");
    fc.assert(fc.property(fc.string({ unit, maxLength: 8 }), (name) => expectSameAsScanner(name)), { numRuns: 3000 });
  });
});

describe("structure kinds", () => {
  it("has ts-morph's value for every kind it names", () => {
    for (const [name, value] of Object.entries(StructureKind)) expect(value, name).toBe(TsMorphKinds[name as keyof typeof TsMorphKinds]);
    for (const [name, value] of Object.entries(VariableDeclarationKind)) expect(value, name).toBe(TsMorphDeclarationKinds[name as keyof typeof TsMorphDeclarationKinds]);
  });
});
