// The intermediate model: what the emitters and the diff command read instead of raw OpenAPI. Every
// schema is one of a small closed set of kinds; refs to named schemas stay refs; discriminator tags are
// resolved. Everything is read-only.

export interface Origin {
  /** The file, as shown in diagnostics. */
  readonly file: string;
  /** JSON pointer into that file. */
  readonly pointer: string;
}

export type Literal = string | number | boolean | null;

/** Documentation carried from the spec into JSDoc. */
export interface SchemaDocs {
  readonly title?: string;
  readonly description?: string;
  readonly examples?: readonly unknown[];
  readonly default?: unknown;
  readonly deprecated?: boolean;
  readonly readOnly?: boolean;
  readonly writeOnly?: boolean;
}

interface SchemaBase {
  readonly docs: SchemaDocs;
  readonly origin: Origin;
}

export interface UnknownSchema extends SchemaBase {
  /** `{}` or `true`: any JSON value. */
  readonly kind: "unknown";
}
export interface NeverSchema extends SchemaBase {
  /** `false`: nothing is valid. */
  readonly kind: "never";
}
export interface NullSchema extends SchemaBase {
  readonly kind: "null";
}
export interface BooleanSchema extends SchemaBase {
  readonly kind: "boolean";
}
export interface StringSchema extends SchemaBase {
  readonly kind: "string";
  readonly format?: string;
  readonly pattern?: string;
  readonly minLength?: number;
  readonly maxLength?: number;
}
export interface NumberSchema extends SchemaBase {
  readonly kind: "number";
  readonly integer: boolean;
  readonly format?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly exclusiveMaximum?: number;
  readonly multipleOf?: number;
}
export interface LiteralSchema extends SchemaBase {
  /** `const`, or an `enum` of one value. */
  readonly kind: "literal";
  readonly value: Literal;
}
export interface EnumSchema extends SchemaBase {
  readonly kind: "enum";
  readonly values: readonly Literal[];
}
export interface ArraySchema extends SchemaBase {
  readonly kind: "array";
  readonly items: Schema;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly uniqueItems?: boolean;
}
export interface Property {
  /** The name on the wire. */
  readonly name: string;
  readonly schema: Schema;
  readonly required: boolean;
}
export interface ObjectSchema extends SchemaBase {
  readonly kind: "object";
  readonly properties: readonly Property[];
  /** `false`: no other members; a schema: the type of every other member; `true`: anything. */
  readonly additionalProperties: Schema | boolean;
  readonly minProperties?: number;
  readonly maxProperties?: number;
}
export interface Discriminator {
  readonly propertyName: string;
  /** Tag value -> the named schema of that variant, in spec order. */
  readonly mapping: readonly { readonly value: string; readonly schema: string }[];
}
export interface UnionSchema extends SchemaBase {
  readonly kind: "union";
  readonly variants: readonly Schema[];
  /** `oneOf` (exactly one variant matches) or `anyOf` (at least one). */
  readonly exclusive: boolean;
  readonly discriminator?: Discriminator;
}
export interface IntersectionSchema extends SchemaBase {
  /** `allOf`, or sibling keywords combined with one. */
  readonly kind: "intersection";
  readonly parts: readonly Schema[];
}
export interface RefSchema extends SchemaBase {
  /** A named schema, by its key in `ApiModel.schemas`. */
  readonly kind: "ref";
  readonly name: string;
}

export type Schema =
  | UnknownSchema
  | NeverSchema
  | NullSchema
  | BooleanSchema
  | StringSchema
  | NumberSchema
  | LiteralSchema
  | EnumSchema
  | ArraySchema
  | ObjectSchema
  | UnionSchema
  | IntersectionSchema
  | RefSchema;

export type SchemaKind = Schema["kind"];

export interface NamedSchema {
  /** Unique key within the API: the components.schemas name (suffixed if two files clash). */
  readonly name: string;
  readonly schema: Schema;
  readonly origin: Origin;
}

export type ParameterLocation = "path" | "query" | "header";

export interface Parameter {
  readonly name: string;
  readonly in: ParameterLocation;
  readonly required: boolean;
  readonly deprecated: boolean;
  readonly description?: string;
  readonly schema: Schema;
  readonly origin: Origin;
}

export interface MediaContent {
  readonly mediaType: string;
  readonly schema?: Schema;
  /** How the body travels: JSON, text (csv), raw bytes (gzip), or a URL-encoded form. */
  readonly format: "json" | "text" | "bytes" | "form";
  /** The Atlas API version this media type stands for (`x-xgen-version`, or the date in the type). */
  readonly version?: string;
  /** `x-sunset` of this version. */
  readonly sunset?: string;
}

export interface RequestBody {
  readonly required: boolean;
  readonly description?: string;
  /** What is sent by default: the newest dated JSON variant. */
  readonly content: MediaContent;
  /** Every media type the body may be sent as, oldest version first. */
  readonly variants: readonly MediaContent[];
}

export interface Response {
  /** `200`, `4XX` or `default`. */
  readonly status: string;
  readonly description?: string;
  /** What is asked for by default: the newest dated JSON variant. */
  readonly content?: MediaContent;
  /** Every media type the response may come as, oldest version first. */
  readonly variants: readonly MediaContent[];
}

export type HttpMethod = "get" | "put" | "post" | "delete" | "patch" | "head" | "options" | "trace";

export interface Operation {
  readonly operationId: string;
  /** `x-xgen-operation-id-override`: a shorter name Atlas suggests for the function. */
  readonly nameOverride?: string;
  readonly method: HttpMethod;
  /** The path template as written in the spec. */
  readonly path: string;
  /** The path template prefixed with the server's base path, as the client sends it. */
  readonly requestPath: string;
  readonly summary?: string;
  readonly description?: string;
  readonly deprecated: boolean;
  /** `x-sunset`: the date after which the service stops answering. */
  readonly sunset?: string;
  readonly roles: readonly string[];
  readonly tags: readonly string[];
  readonly parameters: readonly Parameter[];
  readonly requestBody?: RequestBody;
  readonly responses: readonly Response[];
  /** Names of the security schemes any one of which authorizes the call. */
  readonly security: readonly string[];
  readonly origin: Origin;
}

export interface SecurityScheme {
  readonly name: string;
  readonly type: string;
  readonly scheme?: string;
  readonly description?: string;
  readonly tokenUrl?: string;
}

export interface ApiModel {
  readonly title: string;
  readonly version: string;
  readonly description?: string;
  readonly openapi: string;
  readonly serverUrl: string;
  readonly securitySchemes: readonly SecurityScheme[];
  readonly schemas: readonly NamedSchema[];
  readonly operations: readonly Operation[];
  readonly origin: Origin;
}
