// Read-only questions about the IR that several emitters ask.
import type { ApiModel, Discriminator, NamedSchema, Operation, Property, Response, Schema } from "./model.ts";

export interface SchemaIndex {
  named(name: string): NamedSchema;
  /** Follows refs to the first schema that is not one. */
  resolve(schema: Schema): Schema;
  /**
   * Properties a schema declares through refs and intersections. A later part's schema wins (it is
   * the narrower one in a variant), and a property is required when any part requires it.
   */
  properties(schema: Schema): Map<string, Property>;
}

export function indexSchemas(model: ApiModel): SchemaIndex {
  const byName = new Map(model.schemas.map((named) => [named.name, named]));
  const named = (name: string): NamedSchema => {
    const found = byName.get(name);
    if (!found) throw new Error(`unknown schema ${name}`);
    return found;
  };
  const resolve = (schema: Schema): Schema => {
    let current = schema;
    for (let hops = 0; current.kind === "ref"; hops++) {
      if (hops > 100) throw new Error(`ref cycle at ${schema.origin.file}#${schema.origin.pointer}`);
      current = named(current.name).schema;
    }
    return current;
  };
  const properties = (schema: Schema): Map<string, Property> => {
    const found = new Map<string, Property>();
    const seen = new Set<Schema>();
    const visit = (current: Schema): void => {
      if (seen.has(current)) return;
      seen.add(current);
      const target = resolve(current);
      if (target.kind === "object") {
        for (const property of target.properties) {
          const earlier = found.get(property.name);
          found.set(property.name, earlier?.required && !property.required ? { ...property, required: true } : property);
        }
      }
      if (target.kind === "intersection") target.parts.forEach(visit);
    };
    visit(schema);
    return found;
  };
  return { named, resolve, properties };
}

/** The response a call resolves with: the first 2xx response that has a body. */
export function primarySuccess(operation: Operation): Response | undefined {
  return operation.responses.find((response) => /^2/.test(response.status) && response.content);
}

/** The variants of a discriminated union with every tag that selects each, in the order they first appear. */
export function tagsBySchema(discriminator: Discriminator): { readonly schema: string; readonly tags: readonly string[] }[] {
  const groups = new Map<string, string[]>();
  for (const { value, schema } of discriminator.mapping) {
    const tags = groups.get(schema) ?? [];
    tags.push(value);
    groups.set(schema, tags);
  }
  return [...groups].map(([schema, tags]) => ({ schema, tags }));
}
