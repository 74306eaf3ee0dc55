// Ajv as the reference validator: JSON Schema draft 4 (ajv-draft-04: boolean exclusiveMinimum and
// exclusiveMaximum, `id`), OpenAPI's `nullable` (Ajv's own keyword), Ajv's `discriminator` keyword,
// and the formats the generated guards check, from ajv-formats in full mode. Other formats are
// annotations, for Ajv as for the guards (generator/emit/guards.ts checks only these eight).
import ajvDraft04, { type ErrorObject, type ValidateFunction } from "ajv-draft-04";
import formatsPlugin from "ajv-formats";
import type { FormatName } from "ajv-formats";
import { escapePointerToken, type Json, type JsonObject } from "../../support/spec.ts";
import { projectionId } from "./project-schemas.ts";

export const checkedFormats: readonly FormatName[] = ["date-time", "date", "time", "uuid", "email", "uri", "int32", "int64"];

// Both are CommonJS with a `default` export; under NodeNext the class and the plugin are that property.
const Ajv = ajvDraft04.default;
const addFormats = formatsPlugin.default;

/**
 * A pattern compiles with the `u` flag where it can and without it otherwise: the document has
 * patterns written for older engines (`\:` is an error under `u`). The generator's rule
 * (generator/load/patterns.ts), and the only reading under which those patterns mean anything.
 */
function patternEngine(pattern: string, flags: string): RegExp {
  try {
    return new RegExp(pattern, flags);
  } catch {
    return new RegExp(pattern, flags.replace("u", ""));
  }
}
patternEngine.code = "new RegExp";

export interface Oracle {
  validator(key: string): ValidateFunction;
}

/** Compiles `root` (the projection) once; `formatsInUse` are every format the document names. */
export function createOracle(root: JsonObject, formatsInUse: Iterable<string>): Oracle {
  const ignored = [...new Set(formatsInUse)].filter((format) => !(checkedFormats as readonly string[]).includes(format));
  const ajv = new Ajv({
    allErrors: true,
    discriminator: true,
    strictTypes: false,
    strictTuples: false,
    logger: false,
    formats: Object.fromEntries(ignored.map((format) => [format, true])),
    code: { regExp: patternEngine },
  });
  addFormats(ajv, [...checkedFormats]);
  ajv.addSchema(root);
  const compiled = new Map<string, ValidateFunction>();
  return {
    validator(key) {
      const known = compiled.get(key);
      if (known) return known;
      const validate = ajv.getSchema(`${projectionId}#/definitions/${key}`);
      if (!validate) throw new Error(`no definition ${key}`);
      compiled.set(key, validate);
      return validate;
    },
  };
}

/** Every format a schema subtree names. */
export function formatsOf(node: Json, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const item of node) formatsOf(item, found);
  else if (node !== null && typeof node === "object") {
    if (typeof node.format === "string") found.add(node.format);
    for (const [key, value] of Object.entries(node)) if (key !== "example" && key !== "examples") formatsOf(value, found);
  }
  return found;
}

export interface AjvPaths {
  /** Where Ajv found a problem, as the guards name places: a missing property or a bad tag at the member itself. */
  readonly paths: ReadonlySet<string>;
  /** Where an anyOf/oneOf matched no branch (Ajv also lists what each branch found below it). */
  readonly unions: ReadonlySet<string>;
}

export function ajvPaths(errors: readonly ErrorObject[] | null | undefined): AjvPaths {
  const paths = new Set<string>();
  const unions = new Set<string>();
  for (const error of errors ?? []) {
    const params = error.params as Record<string, unknown>;
    if (error.keyword === "required") paths.add(`${error.instancePath}/${escapePointerToken(String(params.missingProperty))}`);
    else if (error.keyword === "discriminator") paths.add(`${error.instancePath}/${escapePointerToken(String(params.tag))}`);
    else if (error.keyword === "additionalProperties") paths.add(`${error.instancePath}/${escapePointerToken(String(params.additionalProperty))}`);
    else paths.add(error.instancePath);
    if (error.keyword === "anyOf" || error.keyword === "oneOf") unions.add(error.instancePath);
  }
  return { paths, unions };
}
