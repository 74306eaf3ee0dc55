// State of one normalization run, passed explicitly: which schema locations are named (and by what
// key), and the resolution of discriminators into tag -> named variant.
import { basename, extname } from "node:path";
import { appendPointer, pointerTokens } from "../load/pointer.ts";
import { isRefObject, locationKey, resolveRef, type Location, type ResolvedRef } from "../load/refs.ts";
import type { SpecSet } from "../load/spec-set.ts";
import type { SourceDocument } from "../load/source-document.ts";
import type { Discriminator } from "./model.ts";

export interface NormalizeContext {
  readonly specSet: SpecSet;
  /** The key of the named schema at `location` (registering it if it lives in another file), if it is one. */
  nameOfSchemaAt(location: Location): string | undefined;
  discriminatorOf(location: Location, raw: Record<string, unknown>, keyword: "oneOf" | "anyOf"): Discriminator | undefined;
  /** Named schemas registered so far, in registration order; grows while normalizing. */
  readonly named: readonly { readonly name: string; readonly location: ResolvedRef }[];
}

export function createNormalizeContext(specSet: SpecSet, entry: SourceDocument): NormalizeContext {
  const byLocation = new Map<string, string>();
  const taken = new Set<string>();
  const named: { name: string; location: ResolvedRef }[] = [];

  const register = (location: ResolvedRef, name: string): string => {
    let key = name;
    if (taken.has(key)) {
      const stem = basename(location.document.path, extname(location.document.path)).replace(/[^A-Za-z0-9]+/g, "_");
      key = `${name}_${stem}`;
      for (let counter = 2; taken.has(key); counter++) key = `${name}_${stem}${counter}`;
    }
    taken.add(key);
    byLocation.set(locationKey(location), key);
    named.push({ name: key, location });
    return key;
  };

  const entrySchemas = (entry.root as { components?: { schemas?: Record<string, unknown> } }).components?.schemas ?? {};
  for (const [name, node] of Object.entries(entrySchemas)) {
    register({ document: entry, pointer: appendPointer("", "components", "schemas", name), node }, name);
  }

  const nameOfSchemaAt = (location: Location): string | undefined => {
    const known = byLocation.get(locationKey(location));
    if (known !== undefined) return known;
    const tokens = pointerTokens(location.pointer);
    if (tokens.length !== 3 || tokens[0] !== "components" || tokens[1] !== "schemas") return undefined;
    const target = resolveRef(specSet, location.document, `#${location.pointer}`);
    return target ? register(target, tokens[2] as string) : undefined;
  };

  const discriminatorOf = (location: Location, raw: Record<string, unknown>, keyword: "oneOf" | "anyOf"): Discriminator | undefined => {
    const discriminator = raw.discriminator as { propertyName: string; mapping?: Record<string, string> } | undefined;
    if (!discriminator) return undefined;
    const variants = (raw[keyword] as unknown[]).filter(isRefObject);
    const explicit = new Map<string, string>();
    for (const [value, ref] of Object.entries(discriminator.mapping ?? {})) {
      const full = ref.includes("#") || ref.includes("/") ? ref : `#/components/schemas/${ref}`;
      const target = resolveRef(specSet, location.document, full);
      if (target) explicit.set(locationKey(target), value);
    }
    const mapping = variants.flatMap((variant) => {
      const target = resolveRef(specSet, location.document, variant.$ref);
      if (!target) return [];
      const schema = nameOfSchemaAt(target);
      if (schema === undefined) return [];
      // Without a mapping entry, the tag value is the variant's schema name (OpenAPI's implicit mapping).
      const value = explicit.get(locationKey(target)) ?? pointerTokens(target.pointer).at(-1) ?? schema;
      return [{ value, schema }];
    });
    return { propertyName: discriminator.propertyName, mapping };
  };

  return { specSet, nameOfSchemaAt, discriminatorOf, named };
}
