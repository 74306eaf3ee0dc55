// Every example the document carries, paired with the shape (and so the guard) that should accept it.
// Examples that no generated guard can check are listed with the named rule that excludes them.
import { escapePointerToken, type Json, type JsonObject } from "../../support/spec.ts";
import { readDiscriminator } from "./discriminators.ts";
import { isObject, operationBodies, operationParameters, operationsOf, pointerOf, refName, schemaPointer, type RawDocument } from "./raw-document.ts";
import { hiddenIn, type SchemaViews, type Target, type View } from "./schema-views.ts";

export interface ExampleCase {
  /** Where the example is written in the document (a JSON pointer). */
  readonly site: string;
  readonly kind: "schema" | "property" | "media";
  readonly target: Target;
  /** The view the example is read in: a request body's, a response's, or the schema's own. */
  readonly view: View;
  /** What both validators are given: the example, or (property examples) a carrier holding it. */
  readonly value: Json;
  /** Where the example sits inside `value`; only problems at or below it count. */
  readonly at: string;
}

/** Why an example is not compared, one rule per reason. */
export const exclusionRules = {
  parameterSchema: "a parameter's schema is inline and has no guard of its own (request functions check path parameters themselves)",
  nonJsonBody: "a CSV or gzip body is text or bytes for the client; it has no schema guard",
  insideUnionBranch: "inside an inline oneOf/anyOf branch: a guard judges the union as a whole, so no guard path reaches the example alone",
  hiddenInView: "a member hidden in every shape that has a guard (readOnly in a schema only requests use): neither side checks it",
  ownKeywordsOfSwitchOnlyParent:
    "a keyword of a discriminated parent whose mapped children do not extend it: its guard checks only the children (reported), and no other guard holds the keyword",
} as const;
export type ExclusionRule = keyof typeof exclusionRules;

export interface ExcludedExample {
  readonly site: string;
  readonly rule: ExclusionRule;
}

export interface CollectedExamples {
  readonly cases: readonly ExampleCase[];
  readonly excluded: readonly ExcludedExample[];
}

export function collectExamples(document: RawDocument, views: SchemaViews): CollectedExamples {
  const cases: ExampleCase[] = [];
  const excluded: ExcludedExample[] = [];
  for (const [name, node] of document.schemas) collectSchemaExamples(document, views, name, node, cases, excluded);
  collectOperationExamples(document, views, cases, excluded);
  return { cases, excluded };
}

function collectSchemaExamples(document: RawDocument, views: SchemaViews, name: string, node: JsonObject, cases: ExampleCase[], excluded: ExcludedExample[]): void {
  const component = views.refTarget(name, false);
  if (node.example !== undefined) {
    cases.push({ site: `${schemaPointer(name)}/example`, kind: "schema", target: component, view: views.shapeView(component, "response"), value: node.example, at: "" });
  }
  // Nested examples are checked through the guard that holds the component's own keywords: its
  // own, or for a discriminated parent the base its children inherit. A mapping-only parent none of
  // whose children extend it has neither (its guard checks the mapped child alone).
  const discriminated = readDiscriminator(document, node, name);
  const mappingOnly = !Array.isArray(node.oneOf) && !Array.isArray(node.anyOf);
  const host = discriminated === undefined ? component : (views.targets.get(`base:${name}`) ?? (mappingOnly ? undefined : component));
  // The host's primary shape first; where a member on the way is hidden there, its twin's shape.
  const candidateViews = host ? [views.shapeView(host, "response"), ...(views.hasTwin(host) ? (["request"] as const) : [])] : [];

  // Walks the component's own subtree (never through a $ref), building the carrier path as it goes
  // and noting in which views a member on the way is hidden.
  const walk = (schema: JsonObject, pointer: string, carrier: CarrierStep[], hiddenOnPath: ReadonlySet<View>, inUnion: boolean, depth: number): void => {
    if (depth > 0 && schema.example !== undefined) {
      const site = `${pointer}/example`;
      const view = candidateViews.find((candidate) => !hiddenOnPath.has(candidate));
      if (host === undefined) excluded.push({ site, rule: "ownKeywordsOfSwitchOnlyParent" });
      else if (inUnion) excluded.push({ site, rule: "insideUnionBranch" });
      else if (view === undefined) excluded.push({ site, rule: "hiddenInView" });
      else cases.push({ site, kind: "property", target: host, view, ...buildCarrier(carrier, schema.example) });
    }
    if (refName(schema) !== undefined) return;
    for (const [property, child] of Object.entries((schema.properties ?? {}) as Record<string, JsonObject>)) {
      const hidden = new Set([...hiddenOnPath, ...(["request", "response"] as const).filter((view) => hiddenIn(document, child, view))]);
      walk(child, `${pointer}${pointerOf("properties", property)}`, [...carrier, { key: property }], hidden, inUnion, depth + 1);
    }
    if (isObject(schema.items)) walk(schema.items, `${pointer}/items`, [...carrier, { index: 0 }], hiddenOnPath, inUnion, depth + 1);
    if (isObject(schema.additionalProperties)) {
      walk(schema.additionalProperties, `${pointer}/additionalProperties`, [...carrier, { key: undeclaredKey(schema) }], hiddenOnPath, inUnion, depth + 1);
    }
    (schema.allOf as JsonObject[] | undefined)?.forEach((part, index) => walk(part, `${pointer}/allOf/${index}`, carrier, hiddenOnPath, inUnion, depth));
    for (const keyword of ["oneOf", "anyOf"] as const) {
      (schema[keyword] as JsonObject[] | undefined)?.forEach((member, index) => walk(member, `${pointer}/${keyword}/${index}`, carrier, hiddenOnPath, true, depth + 1));
    }
  };
  walk(node, schemaPointer(name), [], new Set(), false, 0);
}

type CarrierStep = { readonly key: string } | { readonly index: number };

/** The example wrapped in the objects and arrays that lead to it from the host schema's root. */
function buildCarrier(steps: readonly CarrierStep[], example: Json): { value: Json; at: string } {
  let value = example;
  for (const step of [...steps].reverse()) value = "key" in step ? { [step.key]: value } : [value];
  return { value, at: steps.map((step) => `/${"key" in step ? escapePointerToken(step.key) : step.index}`).join("") };
}

function undeclaredKey(schema: JsonObject): string {
  const declared = Object.keys((schema.properties ?? {}) as JsonObject);
  let key = "additionalKey";
  while (declared.includes(key)) key = `${key}_`;
  return key;
}

function collectOperationExamples(document: RawDocument, views: SchemaViews, cases: ExampleCase[], excluded: ExcludedExample[]): void {
  // A component response or parameter is shared by many operations; each example site counts once.
  const seen = new Set<string>();
  const firstTime = (site: string): boolean => {
    if (seen.has(site)) return false;
    seen.add(site);
    return true;
  };
  for (const operation of operationsOf(document)) {
    for (const parameter of operationParameters(document, operation)) {
      for (const site of exampleSites(parameter.node, parameter.pointer)) if (firstTime(site.site)) excluded.push({ site: site.site, rule: "parameterSchema" });
    }
    for (const body of operationBodies(document, operation)) {
      for (const [mediaType, media] of Object.entries((body.node.content ?? {}) as Record<string, JsonObject>)) {
        const mediaPointer = `${body.pointer}${pointerOf("content", mediaType)}`;
        const named = isObject(media.schema) ? refName(media.schema) : undefined;
        const target = named !== undefined ? views.refTarget(named, false) : views.bodyTarget(`${mediaPointer}/schema`);
        for (const site of exampleSites(media, mediaPointer)) {
          if (!firstTime(site.site)) continue;
          if (target === undefined) excluded.push({ site: site.site, rule: "nonJsonBody" });
          else cases.push({ site: site.site, kind: "media", target, view: body.direction, value: site.value, at: "" });
        }
      }
    }
  }
}

/** `example`, and each `examples` entry's `value`, of a media type or parameter. */
function exampleSites(node: JsonObject, pointer: string): { site: string; value: Json }[] {
  const sites: { site: string; value: Json }[] = [];
  if (node.example !== undefined) sites.push({ site: `${pointer}/example`, value: node.example });
  for (const [name, entry] of Object.entries((node.examples ?? {}) as Record<string, JsonObject>)) {
    if (isObject(entry) && entry.value !== undefined) sites.push({ site: `${pointer}${pointerOf("examples", name)}/value`, value: entry.value });
  }
  return sites;
}

/** Every string example the document gives for a pattern that it matches, by pattern. */
export function examplesByPattern(document: RawDocument): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const visit = (node: Json): void => {
    if (Array.isArray(node)) node.forEach(visit);
    if (!isObject(node)) return;
    if (typeof node.pattern === "string" && typeof node.example === "string" && matches(node.pattern, node.example)) {
      const list = found.get(node.pattern) ?? [];
      if (!list.includes(node.example)) list.push(node.example);
      found.set(node.pattern, list);
    }
    for (const [key, value] of Object.entries(node)) if (key !== "example" && key !== "examples") visit(value);
  };
  visit(document.root);
  return found;
}

function matches(pattern: string, text: string): boolean {
  try {
    return new RegExp(pattern, "u").test(text);
  } catch {
    return new RegExp(pattern).test(text);
  }
}
