// Loads the curated spec documents for tests and compiles their schemas with Ajv (JSON Schema 2020-12,
// the dialect of OpenAPI 3.1), so examples and hand-made payloads can be checked against the spec itself.
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import type { ErrorObject, ValidateFunction } from "ajv";
import formatsPlugin from "ajv-formats";
import { parse } from "yaml";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const specDir = join(repoRoot, "spec");
export const sharedDir = resolve(repoRoot, "../shared");

/** The single-feature fixture specs under test/fixtures/specs, as absolute paths. */
export function fixtureSpecs(): string[] {
  const folder = join(repoRoot, "test", "fixtures", "specs");
  return readdirSync(folder)
    .filter((name) => name.endsWith(".yaml"))
    .sort()
    .map((name) => join(folder, name));
}

/** The two API documents; common.yaml only holds pieces they share. */
export const apiDocuments = ["atlas-v1.0.yaml", "atlas-v2.yaml"] as const;
export type ApiDocument = (typeof apiDocuments)[number];

const baseUri = "https://spec.invalid/";

// ajv-formats is CommonJS with a `default` export; under NodeNext the plugin is that property.
const addFormats = formatsPlugin.default;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export function loadDocument(file: string): JsonObject {
  return parse(readFileSync(join(specDir, file), "utf8")) as JsonObject;
}

export function specFiles(): string[] {
  return readdirSync(specDir)
    .filter((name) => name.endsWith(".yaml") && name !== "redocly.yaml")
    .sort();
}

/** Keywords that OpenAPI adds around JSON Schema; Ajv treats them as annotations. */
const openApiKeywords = [
  "openapi",
  "info",
  "servers",
  "paths",
  "components",
  "security",
  "tags",
  "discriminator",
  "x-doc-discrepancy",
];

function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  ajv.addVocabulary(openApiKeywords);
  return ajv;
}

export class SpecSchemas {
  private readonly ajv = createAjv();
  readonly documents = new Map<string, JsonObject>();

  constructor() {
    for (const file of specFiles()) {
      const document = loadDocument(file);
      this.documents.set(file, document);
      this.ajv.addSchema({ ...document, $id: baseUri + file });
    }
  }

  /** A validator for the schema at `pointer` (a JSON pointer fragment, e.g. `/components/schemas/X`). */
  validator(file: string, pointer: string): ValidateFunction {
    const id = `${baseUri}${file}#${pointer}`;
    const validate = this.ajv.getSchema(id);
    if (!validate) throw new Error(`no schema at ${file}#${pointer}`);
    return validate;
  }

  schema(file: string, name: string): ValidateFunction {
    return this.validator(file, `/components/schemas/${name}`);
  }

  /** Resolves a `$ref` (local or into another spec file) relative to `file`. */
  resolveRef(file: string, ref: string): { file: string; pointer: string; node: Json } {
    const [target, fragment = ""] = ref.split("#");
    const targetFile = target ? target : file;
    const document = this.documents.get(targetFile);
    if (!document) throw new Error(`${file}: $ref ${ref} names an unknown file`);
    return { file: targetFile, pointer: fragment, node: atPointer(document, fragment) };
  }
}

export function escapePointerToken(token: string): string {
  return token.replaceAll("~", "~0").replaceAll("/", "~1");
}

export function atPointer(root: Json, pointer: string): Json {
  let node: Json = root;
  for (const raw of pointer.split("/").slice(1)) {
    const token = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    if (node === null || typeof node !== "object") throw new Error(`pointer ${pointer} leaves the document`);
    const next: Json | undefined = Array.isArray(node) ? node[Number(token)] : node[token];
    if (next === undefined) throw new Error(`pointer ${pointer} names nothing`);
    node = next;
  }
  return node;
}

export function formatErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? e.keyword}`).join("; ");
}
