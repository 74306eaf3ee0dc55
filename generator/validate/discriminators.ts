// A discriminator must name a property that every variant declares and requires, and its mapping must
// point at the union's own variants; otherwise a `switch` on the tag could not narrow correctly.
import { appendPointer } from "../load/pointer.ts";
import { isRefObject, resolveRef, type Location, type ResolvedRef } from "../load/refs.ts";
import { isPlainObject, type ValidationContext } from "./context.ts";

export function checkDiscriminator(context: ValidationContext, location: Location, node: Record<string, unknown>): void {
  const at = (...tokens: (string | number)[]): Location => ({
    document: location.document,
    pointer: appendPointer(location.pointer, ...tokens),
  });
  const discriminator = node.discriminator;
  if (!isPlainObject(discriminator) || typeof discriminator.propertyName !== "string") {
    context.report(at("discriminator"), "invalid-discriminator", "a discriminator needs a string propertyName");
    return;
  }
  const property = discriminator.propertyName;
  const listKeyword = Array.isArray(node.oneOf) ? "oneOf" : Array.isArray(node.anyOf) ? "anyOf" : undefined;
  if (!listKeyword) {
    // Inheritance: the parent names its children in the mapping, and each child extends it with allOf.
    if (!isPlainObject(discriminator.mapping) || Object.keys(discriminator.mapping).length === 0) {
      context.report(at("discriminator"), "unsupported-discriminator", "a discriminator without oneOf/anyOf needs a mapping that names the schemas extending this one");
      return;
    }
  }
  const variants: { ref: string; target: ResolvedRef }[] = [];
  if (listKeyword) {
    (node[listKeyword] as unknown[]).forEach((entry, index) => {
      if (!isRefObject(entry)) {
        context.report(at(listKeyword, index), "discriminator-inline-variant", `with a discriminator, every ${listKeyword} entry must be a $ref to a named schema`);
        return;
      }
      const target = resolveRef(context.specSet, location.document, entry.$ref);
      if (target) variants.push({ ref: entry.$ref, target });
    });
  } else {
    for (const value of Object.values(discriminator.mapping as Record<string, unknown>)) {
      if (typeof value !== "string") continue;
      const target = resolveRef(context.specSet, location.document, mappingRef(value));
      if (target) variants.push({ ref: value, target });
    }
  }

  // A variant must declare the tag (itself or through allOf); it need not require it, since the
  // union reads the tag to pick the variant and so requires it anyway.
  for (const { ref, target } of variants) {
    const flat = flattenObject(context, target);
    if (!flat.properties.has(property)) {
      context.report({ document: target.document, pointer: target.pointer }, "discriminator-property-missing", `variant ${ref} does not declare the discriminator property "${property}"`);
    }
  }

  const mapping = discriminator.mapping;
  if (mapping === undefined) return;
  if (!isPlainObject(mapping)) {
    context.report(at("discriminator", "mapping"), "invalid-discriminator", "discriminator mapping must map tag values to $refs");
    return;
  }
  const variantKeys = new Set(variants.map(({ target }) => `${target.document.path}#${target.pointer}`));
  for (const [tag, value] of Object.entries(mapping)) {
    const entryAt = at("discriminator", "mapping", tag);
    if (typeof value !== "string") {
      context.report(entryAt, "invalid-discriminator", `mapping for "${tag}" must be a $ref string`);
      continue;
    }
    const target = resolveRef(context.specSet, location.document, mappingRef(value));
    if (!target) {
      context.report(entryAt, "unresolved-ref", `discriminator mapping "${tag}" -> "${value}" does not resolve`);
    } else if (listKeyword && !variantKeys.has(`${target.document.path}#${target.pointer}`)) {
      context.report(entryAt, "discriminator-mapping-outside-union", `discriminator mapping "${tag}" -> "${value}" names a schema that is not one of the ${listKeyword} variants`);
    }
  }
}

/** A mapping value is a $ref, or (OpenAPI allows it) a bare schema name. */
export function mappingRef(value: string): string {
  return value.includes("#") || value.includes("/") ? value : `#/components/schemas/${value}`;
}

/** The properties and required names of an object schema, through $ref and allOf. */
export function flattenObject(
  context: ValidationContext,
  start: ResolvedRef,
): { properties: Map<string, unknown>; required: Set<string> } {
  const properties = new Map<string, unknown>();
  const required = new Set<string>();
  const seen = new Set<string>();
  const visit = (location: ResolvedRef): void => {
    const key = `${location.document.path}#${location.pointer}`;
    if (seen.has(key)) return;
    seen.add(key);
    const node = location.node;
    if (!isPlainObject(node)) return;
    if (isRefObject(node)) {
      const target = resolveRef(context.specSet, location.document, node.$ref);
      if (target) visit(target);
      return;
    }
    if (isPlainObject(node.properties)) {
      for (const [name, schema] of Object.entries(node.properties)) if (schema !== false) properties.set(name, schema);
    }
    if (Array.isArray(node.required)) for (const name of node.required) if (typeof name === "string") required.add(name);
    if (Array.isArray(node.allOf)) {
      node.allOf.forEach((part, index) =>
        visit({ document: location.document, pointer: appendPointer(location.pointer, "allOf", index), node: part }),
      );
    }
  };
  visit(start);
  return { properties, required };
}
