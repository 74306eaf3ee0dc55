// The synthetic specs of the generation benchmark (bench/synthetic.ts) must be valid input: the x10 spec
// passes our own loader and validator with no error, every copy is distinct, and the fast YAML writer
// produces exactly the document the plain builder describes. Nothing here is timed.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { copyCounts, loadSourceApis, syntheticDocument, syntheticYaml, type JsonObject, type SourceApi } from "../../bench/synthetic.ts";
import { formatDiagnostic, hasErrors } from "../../generator/diagnostics.ts";
import { loadSpecSet } from "../../generator/load/spec-set.ts";
import { validateSpecSet } from "../../generator/validate/index.ts";

const methods = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);

function operations(document: JsonObject): { path: string; method: string; operationId: unknown }[] {
  const paths = document.paths as Record<string, Record<string, { operationId?: unknown }>>;
  return Object.entries(paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => methods.has(method))
      .map(([method, operation]) => ({ path, method, operationId: operation.operationId })),
  );
}

function refs(value: unknown, into: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) refs(item, into);
  else if (value !== null && typeof value === "object") {
    for (const [key, member] of Object.entries(value)) {
      if (key === "$ref" && typeof member === "string") into.push(member);
      else refs(member, into);
    }
  }
  return into;
}

describe("bench/synthetic.ts", () => {
  let dir: string;
  let sources: SourceApi[];

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "synthetic-test-"));
    sources = loadSourceApis(dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes YAML that parses to exactly the document the builder describes", () => {
    expect(parse(syntheticYaml(sources, 3))).toStrictEqual(syntheticDocument(sources, 3));
  });

  it("is deterministic", () => {
    expect(syntheticYaml(sources, 2)).toBe(syntheticYaml(sources, 2));
  });

  it("gives x10 ten times the operations and schemas of one copy, all under distinct names", () => {
    const perCopy = copyCounts(sources);
    expect(perCopy).toEqual({ operations: 5, schemas: expect.any(Number) as number });
    const document = parse(syntheticYaml(sources, 10)) as JsonObject;
    const ops = operations(document);
    expect(ops).toHaveLength(perCopy.operations * 10);
    expect(new Set(ops.map((op) => op.operationId)).size).toBe(ops.length);
    const schemas = Object.keys((document.components as { schemas: object }).schemas);
    expect(schemas).toHaveLength(perCopy.schemas * 10);
    // Every $ref points at a component of the document (copies never point into each other's names).
    const components = document.components as Record<string, Record<string, unknown>>;
    for (const ref of refs(document)) {
      const [, section = "", name = ""] = /^#\/components\/([^/]+)\/([^/]+)/.exec(ref) ?? [];
      expect(components[section]?.[name], ref).toBeDefined();
    }
  });

  it("x10 passes our generator's loader and validator", () => {
    const file = join(dir, "synthetic-x10.yaml");
    writeFileSync(file, syntheticYaml(sources, 10));
    const loaded = loadSpecSet(file, dir);
    expect(loaded.diagnostics.filter((d) => d.severity === "error").map(formatDiagnostic)).toEqual([]);
    if (!loaded.specSet) throw new Error("no spec set");
    const diagnostics = validateSpecSet(loaded.specSet);
    expect(diagnostics.filter((d) => d.severity === "error").map(formatDiagnostic)).toEqual([]);
    expect(hasErrors(diagnostics)).toBe(false);
  });
});
