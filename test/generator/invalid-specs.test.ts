// A corpus of broken specs (test/fixtures/invalid/<case>/), each broken in exactly one way: the generator
// must report exactly one error that names the right file, line and column, and must leave an existing
// output folder byte-for-byte as it was, both in-process and through the CLI.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../generator/diagnostics.ts";
import { generate } from "../../generator/pipeline.ts";
import { repoRoot } from "../support/spec.ts";

interface InvalidCase {
  /** Folder under test/fixtures/invalid/. */
  readonly case: string;
  readonly code: string;
  /** The fixture file the diagnostic points into. */
  readonly file: "api.yaml" | "common.yaml";
  /** 1-based position of the offending token. */
  readonly line: number;
  readonly column: number;
  /** Something the message must name, so it says what is wrong and not only where. */
  readonly mentions: string;
}

const cases: readonly InvalidCase[] = [
  // load: YAML and $ref files
  { case: "yaml-syntax-error", code: "yaml-syntax", file: "api.yaml", line: 9, column: 16, mentions: "YAML syntax error" }, // unquoted `: ` in a value
  { case: "duplicate-mapping-key", code: "duplicate-key", file: "api.yaml", line: 26, column: 9, mentions: "\"id\"" }, // the second `id:`
  { case: "ref-to-missing-file", code: "unresolved-ref", file: "api.yaml", line: 15, column: 17, mentions: "shared.yaml" },
  { case: "remote-ref", code: "remote-ref", file: "api.yaml", line: 15, column: 17, mentions: "https://example.com/schemas/pet.yaml" },
  // refs
  { case: "dangling-local-ref", code: "unresolved-ref", file: "api.yaml", line: 15, column: 17, mentions: "#/components/schemas/Animal" },
  { case: "ref-to-missing-pointer-in-second-file", code: "unresolved-ref", file: "api.yaml", line: 15, column: 17, mentions: "common.yaml#/components/schemas/Animal" },
  { case: "dangling-ref-inside-second-file", code: "unresolved-ref", file: "common.yaml", line: 10, column: 11, mentions: "#/components/schemas/Owner" },
  { case: "circular-ref-chain", code: "circular-ref", file: "api.yaml", line: 19, column: 7, mentions: "#/components/schemas/Animal" }, // Pet's `$ref:`
  { case: "circular-allof", code: "circular-ref", file: "api.yaml", line: 20, column: 11, mentions: "allOf" }, // the `$ref:` in Pet's allOf
  // document and operations
  { case: "swagger-2", code: "unsupported-openapi-version", file: "api.yaml", line: 1, column: 1, mentions: "swagger 2.0" },
  { case: "duplicate-operation-id", code: "duplicate-operation-id", file: "api.yaml", line: 14, column: 7, mentions: '"listPets"' }, // the second `operationId:`
  { case: "missing-operation-id", code: "operation-id-missing", file: "api.yaml", line: 7, column: 5, mentions: "GET /pets" }, // the `get:` key
  { case: "template-parameter-not-declared", code: "path-parameter-missing", file: "api.yaml", line: 7, column: 5, mentions: "{petId}" },
  { case: "path-parameter-not-in-template", code: "path-parameter-not-in-template", file: "api.yaml", line: 15, column: 11, mentions: '"ownerId"' },
  { case: "path-parameter-not-required", code: "path-parameter-not-required", file: "api.yaml", line: 10, column: 11, mentions: '"petId"' },
  { case: "cookie-parameter", code: "unsupported-parameter", file: "api.yaml", line: 15, column: 11, mentions: '"cookie"' }, // `in: cookie`
  { case: "non-json-request-media-type", code: "unsupported-media-type", file: "api.yaml", line: 12, column: 11, mentions: '"application/xml"' },
  { case: "undeclared-security-scheme", code: "unknown-security-scheme", file: "api.yaml", line: 12, column: 11, mentions: '"OAuth2"' },
  // schemas
  { case: "unknown-type", code: "unknown-type", file: "api.yaml", line: 25, column: 11, mentions: '"int"' },
  { case: "unsupported-keyword-not", code: "unsupported-keyword", file: "api.yaml", line: 26, column: 11, mentions: '"not"' },
  { case: "unsupported-keyword-pattern-properties", code: "unsupported-keyword", file: "api.yaml", line: 26, column: 11, mentions: '"patternProperties"' },
  { case: "unknown-keyword-typo", code: "unknown-keyword", file: "api.yaml", line: 26, column: 11, mentions: '"minLenght"' },
  { case: "constraint-beside-ref", code: "unsupported-ref-sibling", file: "api.yaml", line: 26, column: 11, mentions: '"maxLength"' },
  { case: "error-through-yaml-alias", code: "unknown-keyword", file: "api.yaml", line: 8, column: 5, mentions: '"minLenght"' }, // at the `&name` anchor's member
  { case: "invalid-pattern", code: "invalid-pattern", file: "api.yaml", line: 26, column: 11, mentions: '"^[a-z+$"' },
  { case: "unsupported-format", code: "unsupported-format", file: "api.yaml", line: 26, column: 11, mentions: '"idn-hostname"' },
  // discriminators
  { case: "discriminator-property-missing", code: "discriminator-property-missing", file: "api.yaml", line: 31, column: 5, mentions: '"kind"' }, // the `Dog:` variant
  { case: "discriminator-mapping-outside-union", code: "discriminator-mapping-outside-union", file: "api.yaml", line: 27, column: 11, mentions: '"bird"' },
];

/** Cases also run through the real CLI: one per stage (YAML, $ref loading, document checks, schema checks). */
const cliCases = ["duplicate-mapping-key", "ref-to-missing-file", "duplicate-operation-id", "unknown-keyword-typo", "dangling-ref-inside-second-file"];

const fixturesDir = "test/fixtures/invalid";
const tsx = join(repoRoot, "node_modules", ".bin", "tsx");
const cli = join(repoRoot, "generator", "cli.ts");
const specOf = (name: string): string => `${fixturesDir}/${name}/api.yaml`;
const displayPathOf = (row: InvalidCase): string => `${fixturesDir}/${row.case}/${row.file}`;

const workspace = mkdtempSync(join(tmpdir(), "invalid-specs-"));
const baseline = join(workspace, "baseline");
let baselineFiles: Map<string, Buffer>;
let caseCounter = 0;

beforeAll(async () => {
  const result = await generate({ spec: "spec", out: baseline, cwd: repoRoot });
  expect(result.diagnostics.filter((diagnostic) => diagnostic.severity === "error")).toEqual([]);
  baselineFiles = snapshot(baseline);
  expect(baselineFiles.size).toBeGreaterThan(10);
}, 60_000);

afterAll(() => rmSync(workspace, { recursive: true, force: true }));

/**
 * A fresh folder holding a copy of the previously generated package at `<folder>/pkg`. The whole folder
 * is compared afterwards, so staging or leftover siblings of `pkg` would show up too.
 */
function outputFolder(): { root: string; out: string } {
  const root = join(workspace, `case-${++caseCounter}`);
  const out = join(root, "pkg");
  cpSync(baseline, out, { recursive: true });
  return { root, out };
}

/** Relative path -> bytes of every file below `root`; folders are listed too (with a trailing `/`). */
function snapshot(root: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const visit = (folder: string, prefix: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const relative = `${prefix}${entry.name}`;
      if (entry.isDirectory()) {
        files.set(`${relative}/`, Buffer.alloc(0));
        visit(join(folder, entry.name), `${relative}/`);
      } else {
        files.set(relative, readFileSync(join(folder, entry.name)));
      }
    }
  };
  visit(root, "");
  return files;
}

/** The paths that were added, removed or changed between two snapshots (empty when byte-for-byte equal). */
function differences(before: Map<string, Buffer>, after: Map<string, Buffer>): string[] {
  const found: string[] = [];
  for (const [path, bytes] of before) {
    const now = after.get(path);
    if (!now) found.push(`removed ${path}`);
    else if (!now.equals(bytes)) found.push(`changed ${path}`);
  }
  for (const path of after.keys()) if (!before.has(path)) found.push(`added ${path}`);
  return found;
}

/** Asserts that the folder from `outputFolder()` still holds exactly the baseline package and nothing else. */
function expectUntouched(root: string): void {
  const expected = new Map<string, Buffer>([["pkg/", Buffer.alloc(0)]]);
  for (const [path, bytes] of baselineFiles) expected.set(`pkg/${path}`, bytes);
  expect(differences(expected, snapshot(root))).toEqual([]);
}

function runCli(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(tsx, [cli, ...args], { cwd: repoRoot, encoding: "utf8", timeout: 30_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function expectReadableSentence(message: string, mentions: string): void {
  expect(message).toContain(mentions);
  expect(message).not.toMatch(/\n|\bundefined\b|\[object |\bNaN\b|^\s|\s$/);
  expect(message.split(/\s+/).length).toBeGreaterThanOrEqual(4);
  expect(message.length).toBeLessThan(300);
}

describe("the corpus", () => {
  it("has one table row per fixture folder, each with an api.yaml", () => {
    const folders = readdirSync(join(repoRoot, fixturesDir), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(folders).toEqual(cases.map((row) => row.case).sort());
    for (const folder of folders) expect(readdirSync(join(repoRoot, fixturesDir, folder))).toContain("api.yaml");
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });
});

describe("generate() on a broken spec", () => {
  it("(the folder comparison itself notices one changed byte and one extra file)", () => {
    const { root, out } = outputFolder();
    const before = snapshot(root);
    const [first] = [...baselineFiles.keys()].filter((path) => !path.endsWith("/")).sort();
    if (!first) throw new Error("empty baseline");
    const bytes = readFileSync(join(out, first));
    bytes[0] = (bytes[0] ?? 0) ^ 1;
    writeFileSync(join(out, first), bytes);
    writeFileSync(join(root, ".pkg.staging-1"), "");
    expect(differences(before, snapshot(root))).toEqual([`changed pkg/${first}`, "added .pkg.staging-1"]);
  });

  it.each(cases)("$case: one [$code] error at $file:$line:$column, output untouched", async (row) => {
    const { root, out } = outputFolder();
    const result = await generate({ spec: specOf(row.case), out, cwd: repoRoot });

    const errors = result.diagnostics.filter((diagnostic) => diagnostic.severity === "error");
    expect(errors.map(formatDiagnostic)).toHaveLength(1);
    const [error] = errors;
    if (!error) throw new Error("no error diagnostic");
    expect(error.code).toBe(row.code);
    expect(error.file).toBe(displayPathOf(row));
    expect(error.position).toEqual({ line: row.line, column: row.column });
    expect(formatDiagnostic(error).startsWith(`${displayPathOf(row)}:${row.line}:${row.column}: error [${row.code}] `)).toBe(true);
    expectReadableSentence(error.message, row.mentions);
    expect(result.fileCount).toBeUndefined();

    expectUntouched(root);
  });
});

describe("the CLI on a broken spec", () => {
  it.each(cliCases)("%s: exits 1 with file:line:column on stderr and writes nothing", (name) => {
    const row = cases.find((candidate) => candidate.case === name);
    if (!row) throw new Error(`no table row for ${name}`);
    const { root, out } = outputFolder();
    const result = runCli(["generate", "--spec", specOf(row.case), "--out", out]);

    expect(result.status, result.stderr).toBe(1);
    expect(result.stderr).toContain(`${displayPathOf(row)}:${row.line}:${row.column}: error [${row.code}] `);
    expect(result.stderr).toContain(`1 error; ${out} was not changed.`);
    expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(result.stdout).toBe("");
    expectUntouched(root);
  });
});

describe("CLI usage", () => {
  it("exits 2 on an unknown flag, and writes nothing", () => {
    const { root, out } = outputFolder();
    const result = runCli(["generate", "--spec", "spec", "--out", out, "--frobnicate"]);
    expect(result.status, result.stderr).toBe(2);
    expect(result.stderr).toContain("--frobnicate");
    expect(result.stderr).toContain("Usage: generate");
    expectUntouched(root);
  });

  it("exits 2 on an unknown command", () => {
    const result = runCli(["frobnicate"]);
    expect(result.status, result.stderr).toBe(2);
    expect(result.stderr).toContain('unknown command "frobnicate"');
    expect(result.stderr).toContain("Usage: generate");
  });

  it("exits 0 on --help and prints the usage to stdout", () => {
    for (const args of [["--help"], ["generate", "--help"]]) {
      const result = runCli(args);
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toContain("Usage: generate");
      expect(result.stdout).toContain("Exit codes: 0 success, 1 invalid spec or stale output, 2 usage error.");
    }
  });
});
