// What each JSON Schema / OpenAPI schema keyword is to this generator: a place holding sub-schemas,
// a constraint we implement, an annotation we carry over as documentation, or something we refuse.

/** Keywords whose value is one sub-schema. */
export const singleSchemaKeywords = ["items", "additionalProperties", "not"] as const;
/** Keywords whose value is a list of sub-schemas. */
export const schemaListKeywords = ["allOf", "oneOf", "anyOf"] as const;
/** Keywords whose value maps names to sub-schemas. */
export const schemaMapKeywords = ["properties"] as const;

/** Validation keywords the generated types and guards implement. */
export const supportedKeywords = new Set([
  "type",
  "properties",
  "required",
  "items",
  "additionalProperties",
  "allOf",
  "oneOf",
  "anyOf",
  "enum",
  "const",
  "format",
  "pattern",
  "minLength",
  "maxLength",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "multipleOf",
  "minItems",
  "maxItems",
  "uniqueItems",
  "minProperties",
  "maxProperties",
  "nullable",
  "discriminator",
  "$ref",
]);

/** Keywords that only describe; they become JSDoc or are ignored. */
export const annotationKeywords = new Set([
  "title",
  "description",
  "summary",
  "default",
  "example",
  "examples",
  "deprecated",
  "readOnly",
  "writeOnly",
  "externalDocs",
  "xml",
  "$comment",
  "$schema",
  "$id",
  "contentMediaType",
  "contentEncoding",
]);

/** Real JSON Schema keywords this generator does not implement; a schema using one is refused by name. */
export const unsupportedKeywords = new Set([
  "not",
  "if",
  "then",
  "else",
  "patternProperties",
  "propertyNames",
  "dependentSchemas",
  "dependentRequired",
  "dependencies",
  "unevaluatedProperties",
  "unevaluatedItems",
  "prefixItems",
  "contains",
  "minContains",
  "maxContains",
  "$dynamicRef",
  "$dynamicAnchor",
  "$recursiveRef",
  "$recursiveAnchor",
  "$anchor",
  "$defs",
  "definitions",
  "$vocabulary",
]);

export const schemaTypes = new Set(["string", "number", "integer", "boolean", "object", "array", "null"]);

/** Formats whose meaning the guards check (and that Ajv with ajv-formats checks the same way). */
export const checkedFormats = new Set(["date-time", "date", "time", "uuid", "email", "uri", "int32", "int64"]);
/** Formats that only annotate a type (OpenAPI's own number and string formats). */
export const annotationFormats = new Set(["float", "double", "password", "binary"]);
