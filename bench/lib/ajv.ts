// Ajv over the spec itself, as test/support/spec.ts compiles it: each document of spec/ added whole
// under its own $id to an Ajv 2020-12 instance (the dialect of OpenAPI 3.1) with ajv-formats, strict
// mode, and OpenAPI's own keywords declared as annotations. `allErrors` is a parameter here: true is
// the tests' configuration (every error collected), false stops at the first error.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import type { ValidateFunction } from "ajv";
import formatsPlugin from "ajv-formats";
import { parse } from "yaml";
import { specDir } from "./paths.ts";

const baseUri = "https://spec.invalid/";
// ajv-formats is CommonJS with a `default` export; under NodeNext the plugin is that property.
const addFormats = formatsPlugin.default;
const openApiKeywords = ["openapi", "info", "servers", "paths", "components", "security", "tags", "discriminator", "x-doc-discrepancy"];

export function specFiles(): string[] {
  return readdirSync(specDir)
    .filter((name) => name.endsWith(".yaml") && name !== "redocly.yaml")
    .sort();
}

export function loadSpecDocument(file: string): Record<string, unknown> {
  return parse(readFileSync(join(specDir, file), "utf8")) as Record<string, unknown>;
}

export class SpecAjv {
  private readonly ajv: Ajv2020;

  constructor(allErrors: boolean) {
    this.ajv = new Ajv2020({ strict: true, allErrors });
    addFormats(this.ajv);
    this.ajv.addVocabulary(openApiKeywords);
    for (const file of specFiles()) this.ajv.addSchema({ ...loadSpecDocument(file), $id: baseUri + file });
  }

  schema(file: string, name: string): ValidateFunction {
    const validate = this.ajv.getSchema(`${baseUri}${file}#/components/schemas/${name}`);
    if (!validate) throw new Error(`no schema ${name} in ${file}`);
    return validate;
  }
}
