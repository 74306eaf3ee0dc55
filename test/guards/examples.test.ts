// Every example in the spec must be accepted by the generated code that stands for its schema:
// media-type examples by the guard of the `$ref`'d schema, schema-level examples by that schema's
// guard (or, for a property's example, by the guard of the schema that owns the property), and
// path-parameter examples by the generated operation descriptors, through `buildUrl`.
// Nothing is skipped: each example is classified, and the counts are asserted.
import { v1, v2, buildUrl, type OperationDescriptor } from "atlas-restore-client";
import { describe, expect, it } from "vitest";
import { SpecSchemas, atPointer, escapePointerToken, specFiles, type Json } from "../support/spec.ts";

interface FoundExample {
  file: string;
  /** Where the example is written. */
  at: string;
  /** The schema it must satisfy. */
  schemaPointer: string;
  value: Json;
}

function isObject(node: Json): node is { [key: string]: Json } {
  return node !== null && typeof node === "object" && !Array.isArray(node);
}

/** Walks one document and collects schema `examples` arrays and media-type / parameter examples (as test/spec/examples.test.ts does). */
function collectExamples(file: string, node: Json, pointer: string, found: FoundExample[]): void {
  if (Array.isArray(node)) {
    node.forEach((child, index) => collectExamples(file, child, `${pointer}/${index}`, found));
    return;
  }
  if (!isObject(node)) return;
  const hasSchema = isObject(node.schema ?? null);
  for (const [key, child] of Object.entries(node)) {
    const childPointer = `${pointer}/${escapePointerToken(key)}`;
    if (key === "examples" && Array.isArray(child) && !hasSchema) {
      child.forEach((value, index) => found.push({ file, at: `${childPointer}/${index}`, schemaPointer: pointer, value }));
      continue;
    }
    if (key === "examples" && isObject(child) && hasSchema) {
      for (const [name, example] of Object.entries(child)) {
        if (isObject(example) && "value" in example) {
          found.push({ file, at: `${childPointer}/${escapePointerToken(name)}/value`, schemaPointer: `${pointer}/schema`, value: example.value ?? null });
        }
      }
      continue;
    }
    if (key === "example" && hasSchema) {
      found.push({ file, at: childPointer, schemaPointer: `${pointer}/schema`, value: child });
      continue;
    }
    collectExamples(file, child, childPointer, found);
  }
}

type Namespace = Readonly<Record<string, unknown>>;
const namespaces: Readonly<Record<string, readonly (readonly [string, Namespace])[]>> = {
  "atlas-v1.0.yaml": [["v1", v1]],
  "atlas-v2.yaml": [["v2", v2]],
  // Shared schemas are generated into both versions.
  "common.yaml": [
    ["v1", v1],
    ["v2", v2],
  ],
};

function namespacesOf(file: string): readonly (readonly [string, Namespace])[] {
  const found = namespaces[file];
  if (found === undefined) throw new Error(`no generated namespace for ${file}`);
  return found;
}

type Guard = (value: unknown) => boolean;

function guardOf(namespace: Namespace, label: string, schema: string): Guard {
  const guard = namespace[`is${schema}`];
  if (typeof guard !== "function") throw new Error(`${label} exports no is${schema}`);
  return guard as Guard;
}

function operationsOf(namespace: Namespace): OperationDescriptor[] {
  return Object.entries(namespace)
    .filter(([key, value]) => key.endsWith("Operation") && typeof value === "object" && value !== null && "operationId" in value)
    .map(([, value]) => value as OperationDescriptor);
}

/**
 * A minimal valid instance of each schema that has a property example, so the example can be checked
 * in place by the owning schema's guard.
 */
const baselines: Readonly<Record<string, Json>> = {
  CloudBackupRestoreJobBase: { deliveryType: "automated" },
  PrivateDownloadDeliveryUrl: {},
  Link: {},
};

/** A check of one example, built from where it is written. */
interface Check {
  kind: "media type" | "schema" | "schema property" | "path parameter";
  /** What checks it, for the test name. */
  by: string;
  run: () => void;
}

const schemas = new SpecSchemas();

function classify(example: FoundExample): Check[] {
  const schemaNode = atPointer(schemas.documents.get(example.file) ?? null, example.schemaPointer);
  const named = /^\/components\/schemas\/([^/]+)$/.exec(example.schemaPointer);
  const property = /^\/components\/schemas\/([^/]+)\/properties\/([^/]+)$/.exec(example.schemaPointer);

  if (isObject(schemaNode) && typeof schemaNode.$ref === "string" && /\/(content\/[^/]+)\/schema$/.test(example.schemaPointer)) {
    // A media-type example: the guard of the schema the media type refers to.
    const target = schemas.resolveRef(example.file, schemaNode.$ref);
    const name = /^\/components\/schemas\/([^/]+)$/.exec(target.pointer)?.[1];
    if (name === undefined) throw new Error(`${example.at}: media type refers to ${schemaNode.$ref}, not a named schema`);
    return namespacesOf(target.file).map(([label, namespace]) => ({
      kind: "media type",
      by: `${label}.is${name}`,
      run: () => expect(guardOf(namespace, label, name)(example.value), `${label}.is${name}`).toBe(true),
    }));
  }

  if (named !== null) {
    const name = named[1] ?? "";
    return namespacesOf(example.file).map(([label, namespace]) => ({
      kind: "schema",
      by: `${label}.is${name}`,
      run: () => expect(guardOf(namespace, label, name)(example.value), `${label}.is${name}`).toBe(true),
    }));
  }

  if (property !== null) {
    const [, owner = "", member = ""] = property;
    const baseline = baselines[owner];
    if (baseline === undefined) throw new Error(`${example.at}: no baseline instance of ${owner} to check a property example in`);
    return namespacesOf(example.file).map(([label, namespace]) => ({
      kind: "schema property",
      by: `${label}.is${owner} with ${member}`,
      run: () => {
        const guard = guardOf(namespace, label, owner);
        expect(guard(baseline), `${label}.is${owner} accepts the baseline`).toBe(true);
        // The guard must really look at the member, or accepting the example would prove nothing.
        expect(guard({ ...(baseline as object), [member]: 12345 }), `${label}.is${owner} checks ${member}`).toBe(false);
        expect(guard({ ...(baseline as object), [member]: example.value }), `${label}.is${owner} with ${member}`).toBe(true);
      },
    }));
  }

  const parameterPointer = example.schemaPointer.replace(/\/schema$/, "");
  const parameter = atPointer(schemas.documents.get(example.file) ?? null, parameterPointer);
  if (example.schemaPointer.endsWith("/schema") && isObject(parameter) && parameter.in === "path" && typeof parameter.name === "string") {
    // A path-parameter example: every generated operation with that path parameter must build a URL from it.
    const name = parameter.name;
    return namespacesOf(example.file).map(([label, namespace]) => ({
      kind: "path parameter",
      by: `${label} operations with {${name}}`,
      run: () => {
        const operations = operationsOf(namespace).filter((op) => op.parameters.some((p) => p.in === "path" && p.name === name));
        expect(operations.length, `${label} operations with path parameter ${name}`).toBeGreaterThan(0);
        for (const operation of operations) {
          const values: Record<string, string> = {};
          for (const p of operation.parameters) if (p.in === "path") values[p.key] = pathExamples.get(`${example.file} ${p.name}`) ?? "x";
          const descriptor = operation.parameters.find((p) => p.in === "path" && p.name === name);
          values[descriptor?.key ?? name] = String(example.value);
          const url = buildUrl("https://cloud.mongodb.com", operation, values);
          expect(url.pathname, operation.operationId).toContain(encodeURIComponent(String(example.value)));
        }
      },
    }));
  }

  throw new Error(`${example.file}#${example.at}: no generated code is known to check an example of ${example.schemaPointer}`);
}

const examples: FoundExample[] = [];
for (const file of specFiles()) collectExamples(file, schemas.documents.get(file) ?? null, "", examples);

/** The spec's own example of each path parameter, to fill the other parameters of an operation. */
const pathExamples = new Map<string, string>();
for (const example of examples) {
  const parameter = atPointer(schemas.documents.get(example.file) ?? null, example.schemaPointer.replace(/\/schema$/, ""));
  if (isObject(parameter) && parameter.in === "path" && typeof parameter.name === "string" && typeof example.value === "string") {
    pathExamples.set(`${example.file} ${parameter.name}`, example.value);
  }
}

const checks = examples.map((example) => ({ example, checks: classify(example) }));
const cases = checks.flatMap(({ example, checks: list }) =>
  list.map((check) => [`${example.file}#${example.at} (${check.kind}, ${check.by})`, check] as const),
);

describe("spec examples are accepted by the generated guards", () => {
  it("classifies every example, skipping none", () => {
    // 26 media-type examples (9 in v1.0, 9 in v2, 8 error bodies in common.yaml), 7 path-parameter
    // examples, 3 examples of named schemas and 4 of schema properties. Update when the spec gains one.
    expect(examples).toHaveLength(40);
    expect(checks.every((c) => c.checks.length > 0)).toBe(true);
    const byKind = (kind: Check["kind"]) => checks.filter((c) => c.checks[0]?.kind === kind).length;
    expect({
      "media type": byKind("media type"),
      "path parameter": byKind("path parameter"),
      schema: byKind("schema"),
      "schema property": byKind("schema property"),
    }).toEqual({ "media type": 26, "path parameter": 7, schema: 3, "schema property": 4 });
    // common.yaml examples are checked against both versions' guards.
    expect(cases).toHaveLength(40 + 8 + 2);
  });

  it.each(cases)("%s", (_, check) => {
    check.run();
  });
});
