// Every example in the spec (the documentation's own, corrected where recorded, and ours) must be
// valid against the schema it illustrates, with formats checked.
import { describe, expect, it } from "vitest";
import { SpecSchemas, escapePointerToken, formatErrors, specFiles, type Json } from "../support/spec.ts";

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

/** Walks one document and collects schema `examples` arrays and media-type / parameter examples. */
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
      // JSON Schema `examples`: an array of instances of the enclosing schema.
      child.forEach((value, index) =>
        found.push({ file, at: `${childPointer}/${index}`, schemaPointer: pointer, value }),
      );
      continue;
    }
    if (key === "examples" && isObject(child) && hasSchema) {
      // Media type or parameter `examples`: a map of Example objects beside a `schema`.
      for (const [name, example] of Object.entries(child)) {
        if (isObject(example) && "value" in example) {
          found.push({
            file,
            at: `${childPointer}/${escapePointerToken(name)}/value`,
            schemaPointer: `${pointer}/schema`,
            value: example.value ?? null,
          });
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

const schemas = new SpecSchemas();
const examples: FoundExample[] = [];
for (const file of specFiles()) collectExamples(file, schemas.documents.get(file) ?? null, "", examples);

describe("spec examples", () => {
  it("finds the documented examples and ours", () => {
    // 3 v1.0 responses + 5 v1.0 requests + 2 v1.0 legacy responses, 5 v2 requests + 3 v2 create
    // responses + 2 tenant responses, 8 error bodies, and the schema-level examples.
    expect(examples.length).toBeGreaterThanOrEqual(40);
    const docs = examples.filter((e) => e.at.includes("/examples/docs/value"));
    expect(docs.map((e) => `${e.file}${e.at}`)).toHaveLength(11);
  });

  it.each(examples.map((e) => [`${e.file}#${e.at}`, e] as const))("%s is valid", (_, example) => {
    const validate = schemas.validator(example.file, example.schemaPointer);
    const valid = validate(example.value);
    expect(valid, formatErrors(validate.errors)).toBe(true);
  });
});
