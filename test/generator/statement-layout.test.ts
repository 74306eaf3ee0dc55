// The statements the emitters lay out themselves (emit/layout.ts), at every depth and length, against
// prettier: wherever the format stage would keep the printed function as it is, prettier makes
// exactly that text of it.
import fc from "fast-check";
import { format } from "prettier";
import { describe, expect, it } from "vitest";
import { render, type CodeWriter } from "../../generator/emit/code-writer.ts";
import { allOf, anyOf, call, writeCallStatement, writeIfBlock, writeIfStatement, writeReturnedTest, writeTypeArgumentLine } from "../../generator/emit/layout.ts";
import { inPrettierLayout } from "../../generator/render/prettier-layout.ts";

const settings = { parser: "babel-ts", printWidth: 100, trailingComma: "all" } as const;

/** `write` inside `depth` nested blocks of a function, as the printer would print it. */
function functionWith(depth: number, write: (writer: CodeWriter) => void): string {
  const body = render((writer) => {
    const nest = (level: number): void => {
      if (level === depth) {
        write(writer);
        return;
      }
      writer.write("if (value)").block(() => nest(level + 1));
    };
    nest(0);
  }, 1);
  const lines = body.endsWith("\n") ? body : `${body}\n`;
  return `function f(value: unknown): unknown {\n${lines.replace(/^(?=[^\n])/gm, "  ")}}`;
}

// A leading `x_` keeps reserved words out.
const name = fc.stringMatching(/^[a-z][A-Za-z0-9]{0,40}$/).map((text) => `x_${text}`);
const typeName = fc.stringMatching(/^[A-Z][A-Za-z0-9]{10,40}$/);
// Arguments as the guards pass them: names, JSON-pointer expressions, `undefined`.
const argument = fc.oneof(name, name.map((text) => `path + "/${text}"`), name.map((text) => `path + "/${text}" + "/" + index2`), fc.constant("undefined"));
const checkCall = fc.tuple(name, fc.array(argument, { minLength: 1, maxLength: 3 }), fc.boolean()).map(([callee, args, negated]) => call(`check${callee}`, [...args, "undefined"], negated));
const statement = fc.oneof(
  fc.tuple(name, fc.array(name, { minLength: 1, maxLength: 4 })).map(
    ([callee, args]) =>
      (writer: CodeWriter): void =>
        writeIfStatement(writer, `check${callee}(${args.join(", ")}, undefined)`, "matched++;"),
  ),
  checkCall.map((test) => (writer: CodeWriter): void => writeIfStatement(writer, { ...test, negated: false }, "matched++;")),
  fc.array(checkCall, { minLength: 1, maxLength: 4 }).map((calls) => (writer: CodeWriter): void => writeIfBlock(writer, allOf(calls), () => writer.writeLine("valid = false;"))),
  fc.array(fc.oneof(checkCall, name.map((text) => `${text} !== "x"`)), { minLength: 2, maxLength: 3 }).map((operands) => (writer: CodeWriter): void => writeIfBlock(writer, anyOf(...operands), () => writer.writeLine("return false;"))),
  fc.array(name, { minLength: 2, maxLength: 3 }).map((operands) => (writer: CodeWriter): void => writeReturnedTest(writer, "&&", operands.map((operand) => `${operand} === "x"`))),
  fc.tuple(typeName, fc.array(typeName, { minLength: 1, maxLength: 5 })).map(
    ([operation, members]) =>
      (writer: CodeWriter): void =>
        writeTypeArgumentLine(writer, `return client.send(${operation}, { parameters, options }) as Promise<`, members, ">;"),
  ),
  fc.tuple(name, fc.array(name, { maxLength: 6 })).map(([callee, args]) => (writer: CodeWriter): void => writeCallStatement(writer, "return ", callee, args)),
);

describe("statement layout", () => {
  it("lays out ifs (tests of calls broken over lines included), returned tests and calls exactly as prettier does, wherever the format stage keeps them", async () => {
    let kept = 0;
    // Calls with their arguments broken over lines inside an `if` test.
    let keptBrokenCalls = 0;
    // Type arguments on lines of their own.
    let keptTypeArguments = 0;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 6 }), statement, async (depth, write) => {
        const printed = functionWith(depth, write);
        if (!inPrettierLayout(printed)) return;
        kept++;
        if (/check\w*\($/m.test(printed)) keptBrokenCalls++;
        if (/Promise<$/m.test(printed)) keptTypeArguments++;
        expect(printed).toBe((await format(printed, settings)).trimEnd());
      }),
      { numRuns: 1500 },
    );
    expect(kept).toBeGreaterThan(900);
    expect(keptBrokenCalls).toBeGreaterThan(50);
    expect(keptTypeArguments).toBeGreaterThan(30);
  });
});
