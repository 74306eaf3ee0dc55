// Projects the raw OpenAPI 3.0 schemas into JSON Schema draft 4, the dialect OpenAPI 3.0 builds on, for
// Ajv to judge independently of the generator's IR. Every shape a guard checks becomes one definition:
// a component, a parent's base or an inline body, in the request or the response view. What OpenAPI
// adds to draft 4 is projected here, each by a named rule:
//  - views: a property hidden in a view (see schema-views.ts) is dropped from `properties` and
//    `required`, so the view neither requires it nor checks it: a read-only member sent in a request
//    is ignored, whatever its value. That is the generator's documented choice (its request types
//    leave such members out, its guards ignore them), and a defensible reading of OpenAPI 3.0, where
//    a read-only property "SHOULD NOT be sent" in a request, which does not make the request invalid;
//  - discriminators: a parent is a switch on its tag (Ajv's `discriminator` keyword over one oneOf
//    branch per target, `enum` holding every tag mapped to it); a missing or unmapped tag is invalid,
//    as in Ajv's own discriminator and in the generated guards. The parent's own keywords are checked
//    by each child (through its base) when every child extends the parent, else beside the switch
//    (see ownKeywordsBesideMappingOnlySwitch). A nullable parent admits null (its base, the inherited fields, does not);
//  - `$ref` as an allOf entry to a discriminated parent means the parent's base (inheritance), not the
//    switch, or a child would contain itself;
//  - `nullable: true` is Ajv's own keyword (it widens `type`); see nullableEnumAdmitsNull;
//  - annotations (`example`, `xml`, `externalDocs`, `x-*`, ...) are dropped; any keyword the projection
//    does not know makes it throw, so nothing is ignored silently.
import type { Json, JsonObject } from "../../support/spec.ts";
import { readDiscriminator, type Discriminated } from "./discriminators.ts";
import { isObject, refName, type RawDocument } from "./raw-document.ts";
import { hiddenIn, withoutUnion, type SchemaViews, type Target, type View } from "./schema-views.ts";

export const projectionId = "https://oracle.invalid/atlas-admin-api-v2.json";

/**
 * OpenAPI 3.0.1 (the document's version) says `nullable: true` "allows sending a null value for the
 * defined schema"; the generated guards read it that way and admit null beside an `enum` without null.
 * 3.0.3's clarification (null must also be listed in `enum`) would reject it, and so would Ajv's
 * native `nullable`. The oracle follows the document's version: a semantic choice, reported.
 */
export const nullableEnumAdmitsNull = true;

/**
 * A parent with a mapping but no oneOf/anyOf, whose mapped children do not all extend it (e.g.
 * HostMetricEvent): OpenAPI 3.0 defines no switch for it, and plain JSON Schema would check the
 * parent's own keywords and never the child. The generator reads the mapping as the definition:
 * a value is the child its tag names, checked by that child alone. In this document the parent's
 * own keywords contradict its children (HostMetricValue.units allows "bits", "KB", ... while the
 * children's units include "RAW"), so checking both would reject every such event Atlas sends. The
 * oracle follows the generator's reading; set true to see where the two readings part.
 */
export const ownKeywordsBesideMappingOnlySwitch = false;

const copied = [
  "type", "format", "pattern", "minLength", "maxLength", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
  "multipleOf", "minItems", "maxItems", "uniqueItems", "minProperties", "maxProperties", "enum",
] as const;
const handled = new Set<string>([...copied, "nullable", "items", "properties", "required", "additionalProperties", "allOf", "oneOf", "anyOf", "discriminator", "$ref"]);
const annotations = new Set(["title", "description", "example", "examples", "default", "deprecated", "readOnly", "writeOnly", "externalDocs", "xml"]);

export interface Projection {
  /** The draft-4 document Ajv compiles; every shape lives under `definitions`. */
  readonly root: JsonObject;
  /** The definition of `target` in `view` (projected on first use, with everything it references). */
  key(target: Target, view: View): string;
  /** The projected definition behind a key. */
  definition(key: string): JsonObject;
  /** Members a projected object schema leaves out because its view hides them. */
  hiddenMembers(schema: JsonObject): readonly string[];
}

export function projectSchemas(document: RawDocument, views: SchemaViews): Projection {
  const definitions: Record<string, JsonObject> = {};
  const hiddenMembers = new WeakMap<JsonObject, string[]>();
  const root: JsonObject = { id: projectionId, definitions };

  const key = (target: Target, view: View): string => {
    const shape = views.shapeView(target, view);
    const id = target.role === "body" ? `body${bodyIndex(target.pointer)}` : `${target.role}.${target.name}`;
    const name = `${id}.${shape}`;
    if (definitions[name] === undefined) {
      definitions[name] = {}; // reserved first: a recursive reference finds it
      definitions[name] = projectTarget(target, shape);
    }
    return name;
  };
  const bodies = new Map<string, number>();
  const bodyIndex = (pointer: string): number => {
    if (!bodies.has(pointer)) bodies.set(pointer, bodies.size);
    return bodies.get(pointer) as number;
  };
  const reference = (target: Target, view: View): JsonObject => ({ $ref: `#/definitions/${key(target, view)}` });

  const projectTarget = (target: Target, view: View): JsonObject => {
    // A nullable parent's null is the parent's (its switch admits null), not the inherited fields':
    // the generator reads it so, and TypeScript could not extend a base that may be null.
    if (target.role === "base") return project(withoutNullable(withoutUnion(target.node)), view);
    const discriminated = target.role === "schema" ? readDiscriminator(document, target.node, target.name) : undefined;
    if (discriminated) return discriminatorSwitch(target.node, discriminated, view);
    return project(target.node, view);
  };

  const discriminatorSwitch = (node: JsonObject, discriminated: Discriminated, view: View): JsonObject => {
    const tag = discriminated.propertyName;
    const result: JsonObject = {
      type: "object",
      required: [tag],
      discriminator: { propertyName: tag },
      oneOf: discriminated.branches.map((branch) => ({
        properties: { [tag]: { enum: [...branch.tags] } },
        allOf: [reference(views.refTarget(branch.target, false), view)],
      })),
    };
    if (node.nullable === true) result.nullable = true;
    const mappingOnly = !Array.isArray(node.oneOf) && !Array.isArray(node.anyOf);
    if (!discriminated.inheritance && (!mappingOnly || ownKeywordsBesideMappingOnlySwitch)) result.allOf = [project(withoutUnion(node), view)];
    return result;
  };

  const project = (node: JsonObject, view: View, inAllOf = false): JsonObject => {
    const name = refName(node);
    if (name !== undefined) {
      const target = views.refTarget(name, inAllOf);
      return reference(target, view);
    }
    for (const keyword of Object.keys(node)) {
      if (!handled.has(keyword) && !annotations.has(keyword) && !keyword.startsWith("x-")) {
        throw new Error(`the oracle does not project the keyword ${keyword}`);
      }
    }
    const discriminated = readDiscriminator(document, node);
    if (discriminated) return discriminatorSwitch(node, discriminated, view);

    const result: JsonObject = {};
    for (const keyword of copied) if (node[keyword] !== undefined) result[keyword] = node[keyword] as Json;
    if (node.nullable === true) {
      if (node.type === undefined) throw new Error("nullable without type: the oracle has no reading for it");
      result.nullable = true;
      if (nullableEnumAdmitsNull && Array.isArray(node.enum) && !node.enum.includes(null)) result.enum = [...node.enum, null];
    }
    if (isObject(node.items)) result.items = project(node.items, view);
    if (isObject(node.properties)) {
      const properties: JsonObject = {};
      const hidden = new Set<string>();
      for (const [property, schema] of Object.entries(node.properties as Record<string, JsonObject>)) {
        if (hiddenIn(document, schema, view)) hidden.add(property);
        else properties[property] = project(schema, view);
      }
      result.properties = properties;
      if (hidden.size > 0) hiddenMembers.set(result, [...hidden]);
      if (Array.isArray(node.required)) result.required = node.required.filter((property) => !hidden.has(property as string));
    } else if (Array.isArray(node.required)) {
      result.required = node.required;
    }
    if (Array.isArray(result.required) && result.required.length === 0) delete result.required; // draft 4 wants at least one
    if (typeof node.additionalProperties === "boolean") result.additionalProperties = node.additionalProperties;
    else if (isObject(node.additionalProperties)) result.additionalProperties = project(node.additionalProperties, view);
    if (Array.isArray(node.allOf)) result.allOf = (node.allOf as JsonObject[]).map((part) => project(part, view, true));
    if (Array.isArray(node.oneOf)) result.oneOf = (node.oneOf as JsonObject[]).map((member) => project(member, view));
    if (Array.isArray(node.anyOf)) result.anyOf = (node.anyOf as JsonObject[]).map((member) => project(member, view));
    return result;
  };

  return {
    root,
    key,
    definition: (name) => {
      const found = definitions[name];
      if (found === undefined) throw new Error(`no definition ${name}`);
      return found;
    },
    hiddenMembers: (schema) => hiddenMembers.get(schema) ?? [],
  };
}

function withoutNullable(node: JsonObject): JsonObject {
  const { nullable: _nullable, ...rest } = node;
  return rest;
}
