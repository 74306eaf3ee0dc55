// What a discriminator means, read from the raw document (OpenAPI 3.0, "Discriminator Object"): the
// tag property names the schema to validate against, through `mapping` (several tags may name the same
// schema) or, for a oneOf/anyOf member the mapping does not mention, through the member's own name.
import type { JsonObject } from "../../support/spec.ts";
import { componentSchema, isObject, refName, type RawDocument } from "./raw-document.ts";

export interface DiscriminatorBranch {
  /** The component schema validated when the tag is one of `tags`. */
  readonly target: string;
  readonly tags: readonly string[];
}

export interface Discriminated {
  readonly propertyName: string;
  readonly branches: readonly DiscriminatorBranch[];
  /**
   * Every branch extends the owner (`allOf: [{ $ref: owner }, ...]`): the owner's own keywords are
   * inherited by each branch, so the owner itself is only the switch (no keyword is checked twice).
   */
  readonly inheritance: boolean;
}

export function hasDiscriminator(node: JsonObject): boolean {
  return isObject(node.discriminator);
}

/** The discriminator of `node` (a component named `owner`, or an inline schema), if it has one. */
export function readDiscriminator(document: RawDocument, node: JsonObject, owner?: string): Discriminated | undefined {
  const discriminator = node.discriminator;
  if (!isObject(discriminator)) return undefined;
  const propertyName = discriminator.propertyName;
  if (typeof propertyName !== "string") throw new Error("a discriminator without propertyName");
  const tagsByTarget = new Map<string, string[]>();
  const add = (target: string, tag: string): void => {
    const tags = tagsByTarget.get(target) ?? [];
    if (!tags.includes(tag)) tags.push(tag);
    tagsByTarget.set(target, tags);
  };
  const mapping = isObject(discriminator.mapping) ? discriminator.mapping : {};
  for (const [tag, ref] of Object.entries(mapping)) {
    const target = typeof ref === "string" ? refName({ $ref: ref.startsWith("#") ? ref : `#/components/schemas/${ref}` }) : undefined;
    if (target === undefined) throw new Error(`mapping ${tag} is not a schema reference`);
    add(target, tag);
  }
  const members = [node.oneOf, node.anyOf].flatMap((list) => (Array.isArray(list) ? list : []));
  for (const member of members) {
    if (!isObject(member)) continue;
    const target = refName(member);
    if (target === undefined) throw new Error("an inline member of a discriminated oneOf/anyOf");
    if (!tagsByTarget.has(target)) add(target, target); // implicit mapping: the schema's name
  }
  const branches = [...tagsByTarget].map(([target, tags]) => ({ target, tags }));
  const inheritance = owner !== undefined && branches.length > 0 && branches.every(({ target }) => extendsSchema(document, target, owner));
  return { propertyName, branches, inheritance };
}

function extendsSchema(document: RawDocument, child: string, parent: string): boolean {
  const allOf = componentSchema(document, child).allOf;
  return Array.isArray(allOf) && allOf.some((part) => isObject(part) && refName(part) === parent);
}
