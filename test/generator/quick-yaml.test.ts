// The loader reads specs with js-yaml when it can (several times faster) and with the yaml package,
// which keeps positions and reports problems, when it cannot. Differential check: whenever the quick
// reader answers, it answers exactly what the yaml package does, and it gives up on anything the yaml
// package reports as a problem.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { parseDocument } from "yaml";
import { describe, expect, it } from "vitest";
import { readYamlQuickly } from "../../generator/load/quick-yaml.ts";
import { repoRoot, sharedDir } from "../support/spec.ts";

/** What the yaml package makes of a text, read as the loader's careful path reads it. */
function readCarefully(text: string): { ok: true; data: unknown } | { ok: false } {
  const document = parseDocument(text, { uniqueKeys: false, merge: false, version: "1.2" });
  if (document.errors.length > 0) return { ok: false };
  // Keys repeated with the same type and value (the careful path's own check reports those).
  let repeated = false;
  const seen = (items: readonly unknown[]): void => {
    const keys = new Set<string>();
    for (const item of items) {
      const key = (item as { key?: { value?: unknown } }).key?.value;
      const id = `${typeof key}:${String(key)}`;
      if (keys.has(id)) repeated = true;
      keys.add(id);
    }
  };
  const walk = (node: unknown): void => {
    if (node === null || typeof node !== "object") return;
    const items = (node as { items?: unknown[] }).items;
    if (Array.isArray(items)) {
      if ((node as { constructor: { name: string } }).constructor.name === "YAMLMap") seen(items);
      for (const item of items) {
        walk(item);
        walk((item as { value?: unknown }).value);
      }
    }
  };
  walk(document.contents);
  if (repeated) return { ok: false };
  return { ok: true, data: document.toJS({ maxAliasCount: 1000 }) };
}

/** The quick reader gives up, or says what the careful one says of a document it accepts. */
function expectAgreement(text: string): "agreed" | "gave up" {
  const quick = readYamlQuickly(text);
  if (quick === undefined) return "gave up";
  const careful = readCarefully(text);
  expect(careful.ok, `the quick reader accepted what the yaml package refuses:\n${text}`).toBe(true);
  if (careful.ok) expect(isDeepStrictEqual(quick, careful.data), `different data for:\n${text}\nquick: ${JSON.stringify(quick)}\ncareful: ${JSON.stringify(careful.data)}`).toBe(true);
  return "agreed";
}

function yamlFilesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? yamlFilesUnder(path) : name.endsWith(".yaml") ? [path] : [];
  });
}

const officialDocument = join(sharedDir, "reference", "atlas-admin-api-v2-2026-08-21.yaml");

describe("the quick YAML reader", () => {
  it("reads the curated spec (and the official Atlas document, when it is there) exactly as the yaml package does", () => {
    const documents = [...yamlFilesUnder(join(repoRoot, "spec")), ...(existsSync(officialDocument) ? [officialDocument] : [])];
    // These must take the quick path, or it is not worth having.
    for (const path of documents) expect(expectAgreement(readFileSync(path, "utf8")), path).toBe("agreed");
  });

  it("agrees, or gives up, on every fixture, invalid ones included", () => {
    const outcomes = yamlFilesUnder(join(repoRoot, "test", "fixtures")).map((path) => expectAgreement(readFileSync(path, "utf8")));
    expect(outcomes.filter((outcome) => outcome === "agreed").length).toBeGreaterThan(100);
    expect(outcomes).toContain("gave up");
  });

  const scalars = [
    ...["0", "-0", "+1", "012", "09", "0o17", "0o8", "0x1F", "0X1F", "0x", "0b1", "1_000", "100000000000000000000000"],
    ...["1.0", "1.", ".5", "-.5", "1e3", "1E3", "1.5e+3", "1e", "12e", "1e400", "-1e400", "+.inf", "-.Inf", ".NaN", ".nan", "._"],
    ...["~", "null", "Null", "NULL", "", "true", "True", "TRUE", "tRUE", "yes", "on", "off", "y", "n"],
    ...["2020-01-01", "2020-01-01T00:00:00Z", "1:20", "1:20:30", "_1", "$1", "1/2", "a #b", "a#b", "__proto__", "<<"],
    ...["'1'", '"1"', "'it''s'", '"\\u00e9"', '"\\x41"', '"\\/"', '"\\N"', '"\\_"', '"\\t"', "'null'"],
    ...["!!str 1", '!!int "3"', "!!float 1", "!!null ''", "!!bool yes", "!custom x", "&anchor 1", "*missing"],
    ...["[1, 2]", "{a: 1}", "{a: 1, a: 2}", "[a, {b: c}]", "- a", "|\n  x\n", ">-\n  a\n  b\n", "|+\n  a\n\n", "'a\n\n  b'", "a\n  b"],
  ];

  it("agrees, or gives up, on scalars of every kind as values, keys and items", () => {
    let agreed = 0;
    for (const scalar of scalars) {
      for (const text of [`v: ${scalar}\n`, `${scalar}: v\n`, `list:\n  - ${scalar}\n`, `{ k: ${scalar} }\n`]) {
        if (expectAgreement(text) === "agreed") agreed++;
      }
    }
    expect(agreed).toBeGreaterThan(scalars.length * 2);
  });

  it("agrees, or gives up, on generated documents: nested block and flow collections, repeated keys, aliases", () => {
    const key = fc.constantFrom("a", "b", "type", "1", "2", "true", "null", "~", "'a'", '"b"', "<<", "x y");
    const scalar = fc.constantFrom(...scalars.filter((text) => !text.includes("\n") && !text.startsWith("- ") && !text.startsWith("*")));
    const { node } = fc.letrec<{ node: string[] }>((tie) => ({
      node: fc.oneof(
        { depthSize: "small", withCrossShrink: true },
        scalar.map((text) => [text]),
        fc.array(fc.tuple(key, tie("node")), { minLength: 1, maxLength: 4 }).map((pairs) =>
          pairs.flatMap(([name, value]) => (value.length === 1 && !value[0]?.startsWith(" ") ? [`${name}: ${value[0]}`] : [`${name}:`, ...value.map((line) => `  ${line}`)])),
        ),
        fc.array(tie("node"), { minLength: 1, maxLength: 3 }).map((items) => items.flatMap((value) => value.map((line, index) => (index === 0 ? `- ${line}` : `  ${line}`)))),
        fc.array(scalar, { maxLength: 3 }).map((items) => [`[${items.join(", ")}]`]),
      ),
    }));
    const document = fc.tuple(fc.array(fc.tuple(key, node), { minLength: 1, maxLength: 5 }), fc.boolean()).map(([pairs, withAlias]) => {
      const lines = pairs.flatMap(([name, value]) => (value.length === 1 ? [`${name}: ${value[0]}`] : [`${name}:`, ...value.map((line) => `  ${line}`)]));
      return (withAlias ? ["anchored: &shared {k: 1}", "again: *shared", ...lines] : lines).join("\n") + "\n";
    });
    let agreed = 0;
    fc.assert(
      fc.property(document, (text) => {
        if (expectAgreement(text) === "agreed") agreed++;
      }),
      { numRuns: 2000 },
    );
    expect(agreed).toBeGreaterThan(100);
  });
});
