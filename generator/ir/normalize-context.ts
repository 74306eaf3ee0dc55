// State of one normalization run, passed explicitly: which schema locations are named (and by what
// key), and the resolution of discriminators into tag -> named variant.
import { basename, extname } from "node:path";
import { appendPointer, pointerTokens } from "../load/pointer.ts";
import { isRefObject, locationKey, resolveRef, type Location, type ResolvedRef } from "../load/refs.ts";
import type { SpecSet } from "../load/spec-set.ts";
import type { SourceDocument } from "../load/source-document.ts";
import { mappingRef } from "../validate/discriminators.ts";
import type { Discriminator } from "./model.ts";

/** A named schema to normalize: the schema itself, or (`base`) a parent's own fields without its union. */
export interface NamedLocation {
  readonly name: string;
  readonly location: ResolvedRef;
  readonly role: "schema" | "base";
}

export interface NormalizeContext {
  readonly specSet: SpecSet;
  /** The key of the named schema at `location` (registering it if it lives in another file), if it is one. */
  nameOfSchemaAt(location: Location): string | undefined;
  /** The key of the synthetic schema holding the own fields of the discriminated parent at `location`. */
  baseNameOf(location: ResolvedRef): string;
  /** The discriminator of a union: from its oneOf/anyOf, or (inheritance) from its mapping alone. */
  discriminatorOf(location: Location, raw: Record<string, unknown>, keyword: "oneOf" | "anyOf" | undefined): Discriminator | undefined;
  /** Named schemas registered so far, in registration order; grows while normalizing. */
  readonly named: readonly NamedLocation[];
  /** The named schema (not base) registered under `name`. */
  namedSchema(name: string): NamedLocation | undefined;
}

export function createNormalizeContext(specSet: SpecSet, entry: SourceDocument): NormalizeContext {
  const byLocation = new Map<string, string>();
  const taken = new Set<string>();
  const named: NamedLocation[] = [];
  const schemaByName = new Map<string, NamedLocation>();

  const register = (location: ResolvedRef, name: string, role: NamedLocation["role"] = "schema"): string => {
    let key = name;
    if (taken.has(key)) {
      const stem = basename(location.document.path, extname(location.document.path)).replace(/[^A-Za-z0-9]+/g, "_");
      key = `${name}_${stem}`;
      for (let counter = 2; taken.has(key); counter++) key = `${name}_${stem}${counter}`;
    }
    taken.add(key);
    byLocation.set(`${locationKey(location)}#${role}`, key);
    named.push({ name: key, location, role });
    if (role === "schema") schemaByName.set(key, { name: key, location, role });
    return key;
  };

  const entrySchemas = (entry.root as { components?: { schemas?: Record<string, unknown> } }).components?.schemas ?? {};
  for (const [name, node] of Object.entries(entrySchemas)) {
    register({ document: entry, pointer: appendPointer("", "components", "schemas", name), node }, name);
  }

  const nameOfSchemaAt = (location: Location): string | undefined => {
    const known = byLocation.get(`${locationKey(location)}#schema`);
    if (known !== undefined) return known;
    const tokens = pointerTokens(location.pointer);
    if (tokens.length !== 3 || tokens[0] !== "components" || tokens[1] !== "schemas") return undefined;
    const target = resolveRef(specSet, location.document, `#${location.pointer}`);
    return target ? register(target, tokens[2] as string) : undefined;
  };

  const baseNameOf = (location: ResolvedRef): string => {
    const known = byLocation.get(`${locationKey(location)}#base`);
    if (known !== undefined) return known;
    const parent = nameOfSchemaAt(location) ?? pointerTokens(location.pointer).at(-1) ?? "Parent";
    return register(location, `${parent}Base`, "base");
  };

  const discriminatorOf = (location: Location, raw: Record<string, unknown>, keyword: "oneOf" | "anyOf" | undefined): Discriminator | undefined => {
    const discriminator = raw.discriminator as { propertyName: string; mapping?: Record<string, string> } | undefined;
    if (!discriminator) return undefined;
    const named = (ref: string): { key: string; schema: string; implicitTag: string } | undefined => {
      const target = resolveRef(specSet, location.document, ref);
      const schema = target ? nameOfSchemaAt(target) : undefined;
      if (!target || schema === undefined) return undefined;
      return { key: locationKey(target), schema, implicitTag: pointerTokens(target.pointer).at(-1) ?? schema };
    };
    // Several tags may name the same schema: every tag is an entry of its own.
    const explicit = Object.entries(discriminator.mapping ?? {}).flatMap(([value, ref]) => {
      const target = named(mappingRef(ref));
      return target ? [{ value, ...target }] : [];
    });
    if (!keyword) return { propertyName: discriminator.propertyName, mapping: explicit.map(({ value, schema }) => ({ value, schema })) };
    const mapping = (raw[keyword] as unknown[]).filter(isRefObject).flatMap((variant) => {
      const target = named(variant.$ref);
      if (!target) return [];
      const tags = explicit.filter((entry) => entry.key === target.key);
      // Without a mapping entry, the tag value is the variant's schema name (OpenAPI's implicit mapping).
      return tags.length > 0 ? tags.map(({ value }) => ({ value, schema: target.schema })) : [{ value: target.implicitTag, schema: target.schema }];
    });
    return { propertyName: discriminator.propertyName, mapping };
  };

  return { specSet, nameOfSchemaAt, baseNameOf, discriminatorOf, named, namedSchema: (name) => schemaByName.get(name) };
}
