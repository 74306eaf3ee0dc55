// Which named schemas a schema mentions directly (without looking inside those named schemas).
import type { Schema } from "./model.ts";

export function referencedSchemaNames(schema: Schema, into: Set<string> = new Set()): Set<string> {
  switch (schema.kind) {
    case "ref":
      into.add(schema.name);
      break;
    case "array":
      referencedSchemaNames(schema.items, into);
      break;
    case "object":
      for (const property of schema.properties) referencedSchemaNames(property.schema, into);
      if (typeof schema.additionalProperties !== "boolean") referencedSchemaNames(schema.additionalProperties, into);
      break;
    case "union":
      for (const variant of schema.variants) referencedSchemaNames(variant, into);
      for (const entry of schema.discriminator?.mapping ?? []) into.add(entry.schema);
      break;
    case "intersection":
      for (const part of schema.parts) referencedSchemaNames(part, into);
      break;
    default:
      break;
  }
  return into;
}
