// The quick way to read a spec: js-yaml, several times faster than the yaml package on a big document
// (0.1 s instead of 1 s on the official Atlas one), but without the source positions diagnostics need.
// It reads only what it is sure to read exactly as the yaml package does (YAML 1.2 core schema, plain
// object maps); anything else makes it give up, and the yaml package reads the file instead, with its
// positions and its own diagnostics. A differential test holds the two readers to the same results.
import {
  CORE_SCHEMA,
  NOT_RESOLVED,
  defineMappingTag,
  defineScalarTag,
  floatCoreTag,
  load,
  type ScalarTagDefinition,
  type TagDefinition,
} from "js-yaml";

/** A scalar tag that resolves plain scalars only: an explicit `!!tag` makes the quick reader give up. */
function implicitOnly<Result>(tag: ScalarTagDefinition<Result>, resolve = tag.resolve): ScalarTagDefinition<Result> {
  return defineScalarTag(tag.tagName, {
    implicit: tag.implicit,
    implicitFirstChars: tag.implicitFirstChars,
    resolve: (source, isExplicit, tagName) => (isExplicit ? NOT_RESOLVED : resolve(source, isExplicit, tagName)),
    identify: () => false,
  });
}

// YAML 1.2's core float; js-yaml leaves one that overflows (1e400) a string, the yaml package makes it Infinity.
const coreFloat = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
const floatTag = implicitOnly(floatCoreTag, (source, isExplicit, tagName) => {
  const value = floatCoreTag.resolve(source, isExplicit, tagName);
  return value === NOT_RESOLVED && coreFloat.test(source) ? Number(source) : value;
});

/**
 * Maps as plain objects whose keys are scalars written as text, as the yaml package's `toJS` makes
 * them. A null key (which it writes as ""), a collection as key, `__proto__`, or two keys that meet
 * as the same text (`1` and `"1"`) are refused, which makes the quick reader give up.
 */
const mapTag = defineMappingTag<Record<string, unknown>>("tag:yaml.org,2002:map", {
  create: () => ({}),
  addPair(carrier, key, value) {
    if (typeof key !== "string" && typeof key !== "number" && typeof key !== "boolean") return "a key that is not a plain scalar";
    const text = String(key);
    if (text === "__proto__") return "a __proto__ key";
    carrier[text] = value;
    return "";
  },
  has: (carrier, key) => Object.hasOwn(carrier, String(key)),
  keys: (result) => Object.keys(result),
  get: (result, key) => result[String(key)],
  identify: () => false,
});

const schema = CORE_SCHEMA.withTags(
  ...CORE_SCHEMA.tags.map((tag): TagDefinition => (tag.nodeKind !== "scalar" ? tag : tag.tagName === floatCoreTag.tagName ? floatTag : implicitOnly(tag))),
  mapTag,
);

/** The document's data, or undefined when the quick reader cannot vouch for reading it right. */
export function readYamlQuickly(text: string): unknown {
  try {
    // No aliases (the yaml package bounds how far they expand) and no repeated keys (json: false).
    return load(text, { schema, maxAliases: 0, json: false });
  } catch {
    return undefined;
  }
}
