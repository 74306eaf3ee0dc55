// The format stage keeps statements the printer already wrote in prettier's layout and sends only the
// others through prettier. These tests hold it to what prettier alone would produce.
import fc from "fast-check";
import { format } from "prettier";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { stringLiteral } from "../../generator/emit/code.ts";
import { buildPackage } from "../../generator/pipeline.ts";
import { inPrettierLayout, signatureLayout } from "../../generator/render/prettier-layout.ts";
import { fixtureSpecs, repoRoot } from "../support/spec.ts";

const settings = { parser: "babel-ts", printWidth: 100, trailingComma: "all" } as const;

describe("generated sources", () => {
  it.each([join(repoRoot, "spec"), ...fixtureSpecs()].map((spec) => [spec.slice(repoRoot.length + 1), spec]))(
    "%s: every generated source is exactly what prettier makes of it",
    async (_name, spec) => {
      const built = await buildPackage({ spec, cwd: repoRoot });
      const sources = [...(built.files ?? new Map<string, string>())].filter(([path]) => path.startsWith("src/") && !path.startsWith("src/runtime/"));
      expect(sources.length).toBeGreaterThan(0);
      for (const [path, source] of sources) expect(await format(source, settings), path).toBe(source);
    },
  );
});

describe("inPrettierLayout", () => {
  const kept = async (text: string): Promise<string> => (await format(text, settings)).trimEnd();

  it("keeps short, evenly indented statements, which prettier leaves alone", async () => {
    const statement = 'export function f(value: unknown): boolean {\n  if (value === "a") {\n    return true;\n  }\n  return false;\n}';
    expect(inPrettierLayout(statement)).toBe(true);
    expect(await kept(statement)).toBe(statement);
  });

  it("keeps long comment lines and lone long strings, which prettier cannot break", async () => {
    const long = "x".repeat(120);
    const statement = `/** ${long} */\nexport function f(): void {\n  report(\n    problems,\n    "${long}",\n  );\n}`;
    expect(inPrettierLayout(statement)).toBe(true);
    expect(await kept(statement)).toBe(statement);
  });

  it("keeps a long string beside a short object key, which prettier never moves to the next line", async () => {
    const statement = `const descriptor = {\n  path: "${"x".repeat(110)}",\n};`;
    expect(inPrettierLayout(statement)).toBe(true);
    expect(await kept(statement)).toBe(statement);
  });

  it("keeps a long interface head with at most one base, which prettier never breaks", async () => {
    const statement = `export interface ${"A".repeat(60)} extends ${"B".repeat(40)} {\n  a: string;\n}`;
    expect(inPrettierLayout(statement)).toBe(true);
    expect(await kept(statement)).toBe(statement);
  });

  it("keeps escaped quotes in comments, which prettier leaves as they are", async () => {
    const statement = '/** @example "say \\"hi\\"" */\nexport type A = string;';
    expect(inPrettierLayout(statement)).toBe(true);
    expect(await kept(statement)).toBe(statement);
  });

  it("keeps a long quoted key whose value prettier moved to the next line", async () => {
    const statement = `const validators = {\n  "GET /api/${"x".repeat(110)}":\n    checkRestoreJob,\n};`;
    expect(inPrettierLayout(statement)).toBe(true);
    expect(await kept(statement)).toBe(statement);
  });

  it.each([
    ["a long string beside a longer key", `const descriptor = {\n  mediaType: "${"x".repeat(110)}",\n};`],
    ["a long code line", `const value = ${"a + ".repeat(30)}b;`],
    ["an empty block over two lines", "export interface Empty {\n}"],
    ["continuation lines indented by two steps", "export type A = {\n    a: string;\n  } & B;"],
    ["a blank line at the start of a block", "function f() {\n\n  return 1;\n}"],
    ["an escaped double quote", 'const a = "say \\"hi\\"";'],
    ["an exponent with a plus sign", "const big = 1e+21;"],
    ["trailing whitespace", "const a = 1; "],
    ["a long interface head with two bases", `export interface ${"A".repeat(60)} extends ${"B".repeat(20)}, C {\n  a: string;\n}`],
  ])("sends %s to prettier, which would change it", async (_case, statement) => {
    expect(inPrettierLayout(statement)).toBe(false);
    expect(await kept(statement)).not.toBe(statement);
  });
});

describe("stringLiteral", () => {
  it("quotes every string the way prettier does, and the literal means the string", async () => {
    const text = fc.string({ unit: fc.constantFrom("a", '"', "'", "\\", "\n", "\u2028", "é", "`", "$", "{") });
    await fc.assert(
      fc.asyncProperty(text, async (value) => {
        const statement = `const s = ${stringLiteral(value)};`;
        expect(await kept(statement)).toBe(statement);
        expect(new Function(`return ${stringLiteral(value)};`)()).toBe(value);
      }),
      { numRuns: 300, seed: 0x5eed },
    );
  });

  async function kept(text: string): Promise<string> {
    return (await format(text, settings)).trimEnd();
  }
});

describe("signatureLayout", () => {
  const typeName = fc.stringMatching(/^[A-Z][A-Za-z0-9]{2,38}$/);
  const parameter = fc.oneof(
    fc.tuple(fc.constantFrom("client", "parameters", "body"), typeName).map(([name, type]) => `${name}: ${type}`),
    fc.tuple(fc.constantFrom("body", "value"), fc.array(typeName, { minLength: 2, maxLength: 5 })).map(([name, types]) => `${name}: ${types.join(" | ")}`),
    fc.tuple(fc.boolean(), fc.constantFrom("2023-01-01", "2024-08-05")).map(([optional, version]) => `options${optional ? "?" : ""}: RequestOptions & { readonly apiVersion${optional ? "?" : ""}: "${version}" }`),
    fc.constant("options: RequestOptions = {}"),
  );
  const returnType = fc.oneof(typeName.map((name) => `Promise<${name}>`), fc.array(typeName, { minLength: 2, maxLength: 5 }).map((names) => `Promise<${names.join(" | ")}>`));
  const signature = fc.tuple(fc.stringMatching(/^[a-z][A-Za-z0-9]{2,40}$/), fc.array(parameter, { minLength: 1, maxLength: 4 }), returnType);
  const line = ([name, parameters, type]: [string, string[], string], end: string): string => `export function ${name}(${parameters.join(", ")}): ${type}${end}`;

  it("lays out overloads and implementation signatures exactly as prettier does, whenever it answers", async () => {
    let answered = 0;
    let broken = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(signature, { minLength: 0, maxLength: 2 }), signature, fc.boolean(), async (overloads, implementation, documented) => {
        const name = implementation[0];
        const head = [
          ...overloads.flatMap((overload, index) => [...(documented && index > 0 ? [`/** {@link ${name}} as another version answers it. ${"x".repeat(90)} */`] : []), line([name, overload[1].map((each) => each.replace(/ = \{\}$/, "")), overload[2]], ";")]),
          line(implementation, " {"),
        ].join("\n");
        const laidOut = signatureLayout(head);
        if (laidOut === undefined) return;
        answered++;
        if (laidOut !== head) broken++;
        const body = "\n  return client.send(operation, { parameters, options });\n}";
        expect(laidOut + body).toBe((await format(head + body, settings)).trimEnd());
      }),
      { numRuns: 600 },
    );
    expect(answered).toBeGreaterThan(300);
    expect(broken).toBeGreaterThan(150);
  });
});
