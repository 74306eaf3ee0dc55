// Synthetic specs for the generation benchmark: our two API documents (bundled into single files by
// `redocly bundle`, see lib/bundle.ts) merged into one OpenAPI 3.1 document and replicated N times
// under distinct names. Copy k renames
//   - every component (schemas, parameters, responses) `Name` of API version V to `NameVNk`,
//   - every path `/api/atlas/...` to `/nk/api/atlas/...` (v1.0 paths get their server's prefix
//     `/api/atlas/v1.0` first, so both versions share one server),
//   - every operationId `op` to `opNk`,
// and rewrites every `$ref` and discriminator mapping to the renamed targets. Security schemes and tags
// are shared. Deterministic: the same input and N give byte-identical output.
//
//   npx tsx bench/synthetic.ts --copies 10 --out /tmp/x10.yaml
//
// The YAML is written from a template: each section of one copy is serialised once with a token in
// place of k, then the token is replaced per copy, so x1000 (about 90 MB) takes seconds, not minutes.
// test/bench/synthetic.test.ts checks that this text parses to exactly `syntheticDocument(...)`.
import { closeSync, openSync, readFileSync, writeSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { parse, stringify } from "yaml";
import { bundleSpecs, type ApiDocumentName } from "./lib/bundle.ts";
import { scratchDir } from "./lib/paths.ts";

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** One bundled API document and how its copies are named. */
export interface SourceApi {
  /** Goes into every renamed component: `CloudBackupRestoreJob` + `V2` + `N7`. */
  readonly label: string;
  /** Put in front of every path so that all versions share the server `https://cloud.mongodb.com`. */
  readonly pathPrefix: string;
  readonly document: JsonObject;
}

/** The component sections that are replicated per copy; the rest (securitySchemes) is shared. */
const copiedSections = ["parameters", "schemas", "responses", "requestBodies", "headers", "examples"] as const;
const httpMethods = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);

/** Our two bundled documents as sources, v1.0 first. */
export function sourceApis(bundled: Record<ApiDocumentName, JsonObject>): SourceApi[] {
  return [
    { label: "V1", pathPrefix: "/api/atlas/v1.0", document: bundled["atlas-v1.0.yaml"] },
    { label: "V2", pathPrefix: "", document: bundled["atlas-v2.yaml"] },
  ];
}

/** Bundles spec/ into `dir` and reads the bundles back as sources. */
export function loadSourceApis(dir: string): SourceApi[] {
  const files = bundleSpecs(dir);
  return sourceApis({
    "atlas-v1.0.yaml": parse(readFileSync(files["atlas-v1.0.yaml"], "utf8")) as JsonObject,
    "atlas-v2.yaml": parse(readFileSync(files["atlas-v2.yaml"], "utf8")) as JsonObject,
  });
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function objectAt(parent: JsonObject, key: string): JsonObject {
  const value = parent[key];
  return isObject(value) ? value : {};
}

/** One copy of one source: its paths and its component sections, with `suffix` on every name. */
interface CopyParts {
  readonly paths: JsonObject;
  readonly sections: Record<string, JsonObject>;
}

function copyOf(source: SourceApi, suffix: string): CopyParts {
  const components = objectAt(source.document, "components");
  const renamed = (name: string): string => `${name}${source.label}N${suffix}`;

  const rewriteRef = (ref: string): string => {
    const match = /^#\/components\/([^/]+)\/([^/]+)(\/.*)?$/.exec(ref);
    if (match === null) throw new Error(`synthetic: unexpected $ref ${ref} (expected #/components/...)`);
    const [, section = "", name = "", rest = ""] = match;
    if (section === "securitySchemes") return ref;
    if (!(copiedSections as readonly string[]).includes(section)) throw new Error(`synthetic: $ref into unsupported section ${ref}`);
    return `#/components/${section}/${renamed(name)}${rest}`;
  };

  const rewrite = (value: Json, key: string | undefined): Json => {
    if (Array.isArray(value)) return value.map((item) => rewrite(item, undefined));
    if (!isObject(value)) return value;
    const out: JsonObject = {};
    for (const [name, member] of Object.entries(value)) {
      if (name === "$ref" && typeof member === "string") out[name] = rewriteRef(member);
      else if (key === "discriminator" && name === "mapping" && isObject(member)) {
        out[name] = Object.fromEntries(Object.entries(member).map(([tag, ref]) => [tag, typeof ref === "string" ? rewriteRef(ref) : ref]));
      } else out[name] = rewrite(member, name);
    }
    return out;
  };

  const paths: JsonObject = {};
  for (const [path, item] of Object.entries(objectAt(source.document, "paths"))) {
    const copied = rewrite(item, undefined);
    if (!isObject(copied)) throw new Error(`synthetic: path item ${path} is not an object`);
    for (const [method, operation] of Object.entries(copied)) {
      if (httpMethods.has(method) && isObject(operation) && typeof operation.operationId === "string") {
        operation.operationId = `${operation.operationId}N${suffix}`;
      }
    }
    paths[`/n${suffix}${source.pathPrefix}${path}`] = copied;
  }

  const sections: Record<string, JsonObject> = {};
  for (const section of copiedSections) {
    const entries = Object.entries(objectAt(components, section));
    if (entries.length === 0) continue;
    sections[section] = Object.fromEntries(entries.map(([name, member]) => [renamed(name), rewrite(member, undefined)]));
  }
  return { paths, sections };
}

/** Everything that is not replicated: version, info, server, security, tags, security schemes. */
function header(sources: readonly SourceApi[], copies: number): JsonObject {
  const last = sources[sources.length - 1];
  if (last === undefined) throw new Error("synthetic: no source documents");
  const info = objectAt(last.document, "info");
  const tags = new Map<string, Json>();
  const securitySchemes: JsonObject = {};
  for (const source of sources) {
    const sourceTags = source.document.tags;
    for (const tag of Array.isArray(sourceTags) ? sourceTags : []) {
      if (isObject(tag) && typeof tag.name === "string") tags.set(tag.name, tag);
    }
    Object.assign(securitySchemes, objectAt(objectAt(source.document, "components"), "securitySchemes"));
  }
  return {
    openapi: last.document.openapi ?? "3.1.0",
    info: {
      ...info,
      title: `Synthetic Atlas restore jobs x${copies}`,
      description: `${copies} renamed copies of the operations and schemas of spec/atlas-v1.0.yaml and spec/atlas-v2.yaml (generated by bench/synthetic.ts).`,
    },
    servers: [{ url: "https://cloud.mongodb.com", description: "Atlas Administration API (v1.0 and v2 paths)" }],
    security: last.document.security ?? [],
    tags: [...tags.values()],
    components: { securitySchemes },
  };
}

/** The synthetic document as data (fine for small N; the YAML writer below is what the benchmark uses). */
export function syntheticDocument(sources: readonly SourceApi[], copies: number): JsonObject {
  const document = header(sources, copies);
  const paths: JsonObject = {};
  const components = objectAt(document, "components");
  for (let k = 1; k <= copies; k++) {
    for (const source of sources) {
      const copy = copyOf(source, String(k));
      Object.assign(paths, copy.paths);
      for (const [section, members] of Object.entries(copy.sections)) {
        components[section] = { ...objectAt(components, section), ...members };
      }
    }
  }
  // Same key order as the YAML writer: header, paths, then components.
  const { components: _components, ...rest } = document;
  return { ...rest, paths, components };
}

const token = "QZKTOKENQZ";
const yamlOptions = { lineWidth: 0, minContentWidth: 0, aliasDuplicateObjects: false } as const;

function indentLines(text: string, spaces: number): string {
  const pad = " ".repeat(spaces);
  return text
    .split("\n")
    .map((line) => (line === "" ? line : pad + line))
    .join("\n");
}

/** The synthetic document as YAML text, chunk by chunk (one section of one copy at a time). */
export function* syntheticYamlChunks(sources: readonly SourceApi[], copies: number): Generator<string> {
  if (!Number.isInteger(copies) || copies < 1) throw new Error(`synthetic: copies must be a positive integer, not ${copies}`);
  const template = sources.map((source) => copyOf(source, token));
  const head = header(sources, copies);
  const { components: sharedComponents, ...top } = head;
  yield `# Synthetic spec: ${copies} copies of spec/atlas-v1.0.yaml and spec/atlas-v2.yaml (bundled), generated by bench/synthetic.ts.\n`;
  yield stringify(top, yamlOptions);

  // Each section of the template, serialised once and split at the token.
  const pieces = (value: JsonObject, indent: number): string[] => indentLines(stringify(value, yamlOptions).trimEnd(), indent).split(token);
  const pathPieces = template.map((part) => pieces(part.paths, 2));
  yield "paths:\n";
  for (let k = 1; k <= copies; k++) for (const split of pathPieces) yield `${split.join(String(k))}\n`;

  yield "components:\n";
  yield `${indentLines(stringify({ securitySchemes: objectAt(sharedComponents as JsonObject, "securitySchemes") }, yamlOptions).trimEnd(), 2)}\n`;
  for (const section of copiedSections) {
    const sectionPieces = template.flatMap((part) => {
      const members = part.sections[section];
      return members === undefined ? [] : [pieces(members, 4)];
    });
    if (sectionPieces.length === 0) continue;
    yield `  ${section}:\n`;
    for (let k = 1; k <= copies; k++) for (const split of sectionPieces) yield `${split.join(String(k))}\n`;
  }
}

export function syntheticYaml(sources: readonly SourceApi[], copies: number): string {
  return [...syntheticYamlChunks(sources, copies)].join("");
}

/** Streams the synthetic YAML to `file`; returns its size in bytes. */
export function writeSyntheticYaml(sources: readonly SourceApi[], copies: number, file: string): number {
  const fd = openSync(file, "w");
  let bytes = 0;
  try {
    let buffer: string[] = [];
    let pending = 0;
    for (const chunk of syntheticYamlChunks(sources, copies)) {
      buffer.push(chunk);
      pending += chunk.length;
      if (pending > 1 << 20) {
        bytes += writeSync(fd, buffer.join(""));
        buffer = [];
        pending = 0;
      }
    }
    bytes += writeSync(fd, buffer.join(""));
  } finally {
    closeSync(fd);
  }
  return bytes;
}

/** Size of one copy: operations and schemas (what x1 replicates). */
export function copyCounts(sources: readonly SourceApi[]): { operations: number; schemas: number } {
  let operations = 0;
  let schemas = 0;
  for (const source of sources) {
    const copy = copyOf(source, "1");
    for (const item of Object.values(copy.paths)) {
      if (isObject(item)) operations += Object.keys(item).filter((method) => httpMethods.has(method)).length;
    }
    schemas += Object.keys(copy.sections.schemas ?? {}).length;
  }
  return { operations, schemas };
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { copies: { type: "string", default: "10" }, out: { type: "string" } },
    strict: true,
  });
  const copies = Number(values.copies);
  const out = resolve(values.out ?? `synthetic-x${copies}.yaml`);
  const scratch = scratchDir("synthetic");
  try {
    const sources = loadSourceApis(join(scratch.path));
    const bytes = writeSyntheticYaml(sources, copies, out);
    const counts = copyCounts(sources);
    process.stdout.write(`${out}: x${copies}, ${counts.operations * copies} operations, ${counts.schemas * copies} schemas, ${(bytes / 1e6).toFixed(1)} MB\n`);
  } finally {
    scratch.dispose();
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await main(process.argv.slice(2));
}
