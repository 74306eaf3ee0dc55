// The statements the emitters lay out themselves (emit/layout.ts), at every depth and length, against
// prettier: wherever the format stage would keep the printed function as it is, prettier makes
// exactly that text of it.
import fc from "fast-check";
import { format } from "prettier";
import { describe, expect, it } from "vitest";
import { render, type CodeWriter } from "../../generator/emit/code-writer.ts";
import { writeCallStatement, writeIfStatement, writeReturnedTest } from "../../generator/emit/layout.ts";
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
const statement = fc.oneof(
  fc.tuple(name, fc.array(name, { minLength: 1, maxLength: 4 })).map(
    ([callee, args]) =>
      (writer: CodeWriter): void =>
        writeIfStatement(writer, `check${callee}(${args.join(", ")}, undefined)`, "matched++;"),
  ),
  fc.array(name, { minLength: 2, maxLength: 3 }).map((operands) => (writer: CodeWriter): void => writeReturnedTest(writer, "&&", operands.map((operand) => `${operand} === "x"`))),
  fc.tuple(name, fc.array(name, { maxLength: 6 })).map(([callee, args]) => (writer: CodeWriter): void => writeCallStatement(writer, "return ", callee, args)),
);

describe("statement layout", () => {
  it("lays out ifs, returned tests and calls exactly as prettier does, wherever the format stage keeps them", async () => {
    let kept = 0;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 6 }), statement, async (depth, write) => {
        const printed = functionWith(depth, write);
        if (!inPrettierLayout(printed)) return;
        kept++;
        expect(printed).toBe((await format(printed, settings)).trimEnd());
      }),
      { numRuns: 500 },
    );
    expect(kept).toBeGreaterThan(250);
  });
});
