// Request and response views, computed from the raw document (OpenAPI 3.0 readOnly/writeOnly): a
// read-only property is not part of a request, a write-only one not part of a response. Which view a
// guard checks follows the generator's documented rule (README, "readOnly / writeOnly"): a schema used
// both ways whose shape differs gets a request twin; a schema used by requests alone is its request
// shape; every other schema is its response shape. Usage and difference are derived here from the
// raw document, independently of the generator's IR; the test compares the twins with its names.
import type { JsonObject } from "../../support/spec.ts";
import { hasDiscriminator, readDiscriminator } from "./discriminators.ts";
import {
  componentSchema,
  isObject,
  operationBodies,
  operationParameters,
  operationsOf,
  pointerOf,
  refName,
  schemaPointer,
  type RawDocument,
} from "./raw-document.ts";

export type View = "request" | "response";
export const views: readonly View[] = ["request", "response"];

/**
 * What a guard is generated for: a component schema; the own keywords of a discriminated parent that
 * children extend (`base`, what `allOf: [{ $ref: Parent }]` means in a child); or an inline JSON
 * body of an operation (`body`, keyed by its pointer).
 */
export type TargetRole = "schema" | "base" | "body";

export interface Target {
  readonly id: string;
  readonly role: TargetRole;
  /** The component's name, or the body's pointer. */
  readonly name: string;
  readonly pointer: string;
  readonly node: JsonObject;
}

export interface SchemaViews {
  readonly targets: ReadonlyMap<string, Target>;
  /** The target a `$ref` stands for: a parent's base inside an allOf, else the component. */
  refTarget(name: string, inAllOf: boolean): Target;
  bodyTarget(pointer: string): Target | undefined;
  /** Which shape of `target` a reference from a schema in `view` reaches. */
  shapeView(target: Target, view: View): View;
  /** Whether `target` is used both ways and differs between them: it has a request twin. */
  hasTwin(target: Target): boolean;
}

/** Whether a property is left out of a view. */
export function hiddenIn(document: RawDocument, property: JsonObject, view: View): boolean {
  const flag = view === "request" ? "readOnly" : "writeOnly";
  if (property[flag] === true) return true;
  const name = refName(property);
  return name !== undefined && componentSchema(document, name)[flag] === true;
}

/** A discriminated parent's own keywords: what a child inherits through allOf. */
export function withoutUnion(node: JsonObject): JsonObject {
  const { oneOf: _oneOf, anyOf: _anyOf, discriminator: _discriminator, ...own } = node;
  return own;
}

export function computeViews(document: RawDocument): SchemaViews {
  const targets = new Map<string, Target>();
  const add = (role: TargetRole, name: string, pointer: string, node: JsonObject): Target => {
    const id = `${role}:${name}`;
    const target = targets.get(id) ?? { id, role, name, pointer, node };
    targets.set(id, target);
    return target;
  };
  for (const [name, node] of document.schemas) add("schema", name, schemaPointer(name), node);
  const refTarget = (name: string, inAllOf: boolean): Target =>
    inAllOf && hasDiscriminator(componentSchema(document, name)) ? add("base", name, schemaPointer(name), componentSchema(document, name)) : (targets.get(`schema:${name}`) as Target);
  const roots = operationRoots(document, (pointer, node) => add("body", pointer, pointer, node));
  const graph = referenceGraph(document, targets, refTarget);

  const usedBy = { request: graph.reach(roots.request), response: graph.reach(roots.response) };
  const differs = new Map<string, boolean>();
  const differsBetweenViews = (target: Target): boolean => {
    const known = differs.get(target.id);
    if (known !== undefined) return known;
    const result = [...graph.reach([target])].some((id) => graph.hides(id));
    differs.set(target.id, result);
    return result;
  };
  const hasTwin = (target: Target): boolean => usedBy.request.has(target.id) && usedBy.response.has(target.id) && differsBetweenViews(target);
  return {
    targets,
    refTarget,
    bodyTarget: (pointer) => targets.get(`body:${pointer}`),
    hasTwin,
    shapeView: (target, view) => {
      if (hasTwin(target)) return view;
      return usedBy.request.has(target.id) && !usedBy.response.has(target.id) ? "request" : "response";
    },
  };
}

/** Where requests (parameters, bodies) and responses start: a body's own target, or an inline schema. */
type Root = { readonly target: Target } | { readonly schema: JsonObject };

/** Every parameter, request body and response schema; inline JSON bodies become targets of their own. */
function operationRoots(document: RawDocument, addBody: (pointer: string, node: JsonObject) => Target): Record<View, Root[]> {
  const roots: Record<View, Root[]> = { request: [], response: [] };
  for (const operation of operationsOf(document)) {
    for (const parameter of operationParameters(document, operation)) if (isObject(parameter.node.schema)) roots.request.push({ schema: parameter.node.schema });
    for (const body of operationBodies(document, operation)) {
      for (const [mediaType, media] of Object.entries((body.node.content ?? {}) as Record<string, JsonObject>)) {
        if (!isObject(media.schema)) continue;
        // An inline JSON body that constrains anything gets a guard of its own.
        const own = isJson(mediaType) && refName(media.schema) === undefined && hasValidationKeyword(media.schema);
        roots[body.direction].push(own ? { target: addBody(`${body.pointer}${pointerOf("content", mediaType, "schema")}`, media.schema) } : { schema: media.schema });
      }
    }
  }
  return roots;
}

interface ReferenceGraph {
  /** Every target reachable from `starts` (themselves included). */
  reach(starts: Iterable<Root | Target>): Set<string>;
  /** Whether the target's own subtree hides a property in some view. */
  hides(id: string): boolean;
}

/**
 * Which targets each target references (through its own subtree, never through a $ref), the way the
 * guards do: an inheritance parent only its children, a base its parent's own keywords.
 */
function referenceGraph(document: RawDocument, targets: Map<string, Target>, refTarget: (name: string, inAllOf: boolean) => Target): ReferenceGraph {
  const edges = new Map<string, Set<string>>();
  const hiding = new Set<string>();
  const walk = (node: JsonObject, from: Set<string>, onHidden: () => void, inAllOf: boolean): void => {
    const name = refName(node);
    if (name !== undefined) {
      from.add(refTarget(name, inAllOf).id);
      return;
    }
    for (const property of Object.values((node.properties ?? {}) as Record<string, JsonObject>)) {
      if (views.some((view) => hiddenIn(document, property, view))) onHidden();
      walk(property, from, onHidden, false);
    }
    if (isObject(node.items)) walk(node.items, from, onHidden, false);
    if (isObject(node.additionalProperties)) walk(node.additionalProperties, from, onHidden, false);
    for (const part of (node.allOf ?? []) as JsonObject[]) walk(part, from, onHidden, true);
    for (const member of [...((node.oneOf ?? []) as JsonObject[]), ...((node.anyOf ?? []) as JsonObject[])]) walk(member, from, onHidden, false);
    for (const branch of readDiscriminator(document, node)?.branches ?? []) from.add(`schema:${branch.target}`);
  };
  const edgesOf = (id: string): Set<string> => {
    const known = edges.get(id);
    if (known) return known;
    const target = targets.get(id);
    if (!target) throw new Error(`unknown target ${id}`);
    const from = new Set<string>();
    edges.set(id, from);
    const discriminated = target.role === "schema" ? readDiscriminator(document, target.node, target.name) : undefined;
    if (discriminated?.inheritance) for (const branch of discriminated.branches) from.add(`schema:${branch.target}`);
    else walk(target.role === "base" ? withoutUnion(target.node) : target.node, from, () => hiding.add(id), false);
    return from;
  };
  // Every target is walked now (a Map iterator also visits what is added meanwhile), so every base,
  // found only by walking, is known before anyone asks.
  for (const id of targets.keys()) edgesOf(id);
  const startIds = (start: Root | Target): Iterable<string> => {
    if ("id" in start) return [start.id];
    if ("target" in start) return [start.target.id];
    const from = new Set<string>();
    walk(start.schema, from, () => undefined, false);
    return from;
  };
  return {
    reach(starts) {
      const seen = new Set<string>();
      const queue = [...starts].flatMap((start) => [...startIds(start)]);
      while (queue.length > 0) {
        const id = queue.pop() as string;
        if (seen.has(id)) continue;
        seen.add(id);
        queue.push(...edgesOf(id));
      }
      return seen;
    },
    hides: (id) => (edgesOf(id), hiding.has(id)),
  };
}

function isJson(mediaType: string): boolean {
  const essence = (mediaType.split(";")[0] ?? "").trim().toLowerCase();
  return essence === "application/json" || /^application\/[a-z0-9.+-]+\+json$/.test(essence);
}

const annotationKeys = new Set(["title", "description", "example", "examples", "default", "deprecated", "readOnly", "writeOnly", "externalDocs"]);

function hasValidationKeyword(node: JsonObject): boolean {
  return Object.keys(node).some((key) => !annotationKeys.has(key) && !key.startsWith("x-"));
}
