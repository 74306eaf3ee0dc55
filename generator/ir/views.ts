// Request and response shapes. A `readOnly` field is sent by the server only, a `writeOnly` field by
// the client only, so a schema used both ways has two shapes: requests leave out its read-only fields
// (a client cannot be asked to invent an id) and responses its write-only ones (a reader cannot be
// promised a password it will never see). This pass gives each shape its own named schema where the
// two differ, and points every request and response at the right one.
import { indexSchemas, type SchemaIndex } from "./lookup.ts";
import type { ApiModel, NamedSchema, Operation, Property, Schema } from "./model.ts";

type View = "request" | "response";

export function applyViews(model: ApiModel): ApiModel {
  const schemas = indexSchemas(model);
  const differs = differenceFinder(schemas);
  const used = usage(model, schemas);
  const taken = new Set(model.schemas.map((named) => named.name));

  // Which name each schema takes in each view.
  const names = new Map<string, { request: string; response: string }>();
  for (const named of model.schemas) {
    const split = (differs(named.name, "request") || differs(named.name, "response")) && used.request.has(named.name) && used.response.has(named.name);
    let requestName = named.name;
    if (split) {
      requestName = `${named.name}Request`;
      for (let counter = 2; taken.has(requestName); counter++) requestName = `${named.name}Request${counter}`;
      taken.add(requestName);
    }
    names.set(named.name, { request: requestName, response: named.name });
  }
  const nameIn = (name: string, view: View): string => names.get(name)?.[view] ?? name;
  // A schema used by requests alone takes the request shape under its own name.
  const viewOf = (name: string): View => (used.request.has(name) && !used.response.has(name) ? "request" : "response");

  const project = (schema: Schema, view: View): Schema => {
    switch (schema.kind) {
      case "ref":
        return { ...schema, name: nameIn(schema.name, view) };
      case "array":
        return { ...schema, items: project(schema.items, view) };
      case "object":
        return {
          ...schema,
          properties: schema.properties.filter((property) => !hiddenIn(schemas, property, view)).map((property) => ({ ...property, schema: project(property.schema, view) })),
          additionalProperties: typeof schema.additionalProperties === "boolean" ? schema.additionalProperties : project(schema.additionalProperties, view),
        };
      case "union":
        return {
          ...schema,
          variants: schema.variants.map((variant) => project(variant, view)),
          ...(schema.discriminator
            ? { discriminator: { ...schema.discriminator, mapping: schema.discriminator.mapping.map((entry) => ({ ...entry, schema: nameIn(entry.schema, view) })) } }
            : {}),
        };
      case "intersection":
        return { ...schema, parts: schema.parts.map((part) => project(part, view)) };
      default:
        return schema;
    }
  };

  const projected: NamedSchema[] = [];
  for (const named of model.schemas) {
    const entry = names.get(named.name) as { request: string; response: string };
    if (entry.request !== entry.response) {
      projected.push({ ...named, schema: project(named.schema, "response") });
      projected.push({ ...named, name: entry.request, schema: project(named.schema, "request") });
    } else {
      projected.push({ ...named, schema: project(named.schema, viewOf(named.name)) });
    }
  }

  const operations: Operation[] = model.operations.map((operation) => ({
    ...operation,
    parameters: operation.parameters.map((parameter) => ({ ...parameter, schema: project(parameter.schema, "request") })),
    ...(operation.requestBody
      ? {
          requestBody: {
            ...operation.requestBody,
            content: projectContent(operation.requestBody.content, "request"),
            variants: operation.requestBody.variants.map((variant) => projectContent(variant, "request")),
          },
        }
      : {}),
    responses: operation.responses.map((response) => ({
      ...response,
      ...(response.content ? { content: projectContent(response.content, "response") } : {}),
      variants: response.variants.map((variant) => projectContent(variant, "response")),
    })),
  }));
  function projectContent<T extends { schema?: Schema }>(content: T, view: View): T {
    return content.schema ? { ...content, schema: project(content.schema, view) } : content;
  }

  return { ...model, schemas: projected, operations };
}

/** Whether a property is left out of a view: read-only fields of requests, write-only fields of responses. */
function hiddenIn(schemas: SchemaIndex, property: Property, view: View): boolean {
  const own = property.schema.docs;
  const target = property.schema.kind === "ref" ? schemas.named(property.schema.name).schema.docs : {};
  return view === "request" ? own.readOnly === true || target.readOnly === true : own.writeOnly === true || target.writeOnly === true;
}

/** Whether a named schema's shape in a view differs from the schema as written (through its refs). */
function differenceFinder(schemas: SchemaIndex): (name: string, view: View) => boolean {
  const memo = new Map<string, boolean>();
  const visiting = new Set<string>();
  const inSchema = (schema: Schema, view: View): boolean => {
    switch (schema.kind) {
      case "ref":
        return named(schema.name, view);
      case "array":
        return inSchema(schema.items, view);
      case "object":
        return (
          schema.properties.some((property) => hiddenIn(schemas, property, view) || inSchema(property.schema, view)) ||
          (typeof schema.additionalProperties !== "boolean" && inSchema(schema.additionalProperties, view))
        );
      case "union":
        return schema.variants.some((variant) => inSchema(variant, view)) || (schema.discriminator?.mapping.some((entry) => named(entry.schema, view)) ?? false);
      case "intersection":
        return schema.parts.some((part) => inSchema(part, view));
      default:
        return false;
    }
  };
  const named = (name: string, view: View): boolean => {
    const key = `${view} ${name}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    if (visiting.has(key)) return false; // a cycle adds nothing new
    visiting.add(key);
    const result = inSchema(schemas.named(name).schema, view);
    visiting.delete(key);
    memo.set(key, result);
    return result;
  };
  return named;
}

/** The named schemas reachable from request bodies and parameters, and from responses. */
function usage(model: ApiModel, schemas: SchemaIndex): { request: Set<string>; response: Set<string> } {
  const found = { request: new Set<string>(), response: new Set<string>() };
  const walk = (schema: Schema, into: Set<string>): void => {
    switch (schema.kind) {
      case "ref":
        if (into.has(schema.name)) return;
        into.add(schema.name);
        walk(schemas.named(schema.name).schema, into);
        return;
      case "array":
        walk(schema.items, into);
        return;
      case "object":
        for (const property of schema.properties) walk(property.schema, into);
        if (typeof schema.additionalProperties !== "boolean") walk(schema.additionalProperties, into);
        return;
      case "union":
        for (const variant of schema.variants) walk(variant, into);
        for (const entry of schema.discriminator?.mapping ?? []) walk({ kind: "ref", name: entry.schema, docs: {}, origin: schema.origin }, into);
        return;
      case "intersection":
        for (const part of schema.parts) walk(part, into);
        return;
      default:
        return;
    }
  };
  for (const operation of model.operations) {
    for (const parameter of operation.parameters) walk(parameter.schema, found.request);
    for (const variant of operation.requestBody?.variants ?? []) if (variant.schema) walk(variant.schema, found.request);
    for (const response of operation.responses) for (const variant of response.variants) if (variant.schema) walk(variant.schema, found.response);
  }
  return found;
}
