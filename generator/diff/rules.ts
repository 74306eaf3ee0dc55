// Every rule the diff applies: a stable kebab-case id, its fixed severity, the direction it judges, and a
// one-line summary with an example for docs/diff-rules.md. A change's severity always comes from here.

export type ChangeSeverity = "breaking" | "warning" | "info";
/** request: contravariant (what clients send); response: covariant (what clients receive); none: the operation. */
export type RuleDirection = "request" | "response" | "none";

export interface RuleInfo {
  readonly severity: ChangeSeverity;
  readonly direction: RuleDirection;
  readonly family: string;
  readonly summary: string;
  readonly example: string;
}

const rule = (severity: ChangeSeverity, direction: RuleDirection, family: string, summary: string, example: string): RuleInfo => ({
  severity,
  direction,
  family,
  summary,
  example,
});

const op = "operations";
const st = "status codes";
const mt = "bodies and media types";
const pa = "parameters";
const rq = "request body schemas";
const rs = "response body schemas";
const se = "security";

export const ruleCatalog = {
  "operation-added": rule("info", "none", op, "an operation appeared", "`POST /pets` (createPet) added"),
  "operation-removed-without-deprecation": rule("breaking", "none", op, "an operation disappeared without being deprecated first", "`DELETE /pets/{id}` removed while not deprecated"),
  "operation-removed-before-sunset": rule("breaking", "none", op, "a deprecated operation disappeared before its `x-sunset` date", "removed with `x-sunset: 2099-01-01`"),
  "operation-removed-after-deprecation": rule("warning", "none", op, "a deprecated operation without an `x-sunset` date disappeared", "removed after `deprecated: true`, no sunset date"),
  "operation-removed-after-sunset": rule("info", "none", op, "a deprecated operation disappeared after its `x-sunset` date", "removed with `x-sunset: 2026-01-22`, judged on 2026-06-01"),
  "operation-deprecated": rule("info", "none", op, "an operation became deprecated", "`deprecated: true` added"),
  "operation-deprecated-with-sunset": rule("info", "none", op, "an operation became deprecated with an `x-sunset` date", "`deprecated: true` and `x-sunset: 2027-01-01` added"),
  "operation-reactivated": rule("info", "none", op, "an operation is no longer deprecated", "`deprecated: true` removed"),
  "operation-id-changed": rule("warning", "none", op, "same method and path, another operationId: generated function names change", "`getPet` renamed `readPet`"),
  "response-success-status-removed": rule("breaking", "response", st, "a 2xx status is no longer documented", "`200` replaced by `201`: the `200` is gone"),
  "response-success-status-added": rule("info", "response", st, "a 2xx status appeared", "`201` added"),
  "response-error-status-removed": rule("info", "response", st, "an error status (or `default`) is no longer documented", "`409` removed"),
  "response-error-status-added": rule("info", "response", st, "an error status (or `default`) appeared", "`429` added"),
  "request-body-added-required": rule("breaking", "request", mt, "a required request body appeared", "`POST /pets/{id}/feed` now requires a body"),
  "request-body-added-optional": rule("info", "request", mt, "an optional request body appeared", "an optional body added"),
  "request-body-removed": rule("warning", "request", mt, "the request body disappeared: what clients send is ignored", "the body of `POST /pets/{id}/feed` removed"),
  "request-body-became-required": rule("breaking", "request", mt, "the request body became required", "`requestBody.required: true` set"),
  "request-body-became-optional": rule("info", "request", mt, "the request body became optional", "`requestBody.required: true` removed"),
  "request-media-type-added": rule("info", "request", mt, "the request body accepts another media type", "`application/vnd.atlas.2025-01-01+json` added beside 2023-01-01"),
  "request-media-type-removed": rule("breaking", "request", mt, "the request body no longer accepts a media type", "`application/xml` dropped beside JSON"),
  "request-media-type-replaced": rule("breaking", "request", mt, "the request body's media type was replaced by another of the same format", "`application/vnd.atlas.2023-01-01+json` -> `application/vnd.atlas.2025-01-01+json`"),
  "response-body-added": rule("info", "response", mt, "a response that had no body now has one", "`200` gains `application/json` content"),
  "response-body-removed": rule("breaking", "response", mt, "a response no longer has a body", "`200` loses its content"),
  "response-media-type-added": rule("info", "response", mt, "a response offers another media type", "`application/vnd.atlas.2025-01-01+json` added"),
  "response-media-type-removed": rule("breaking", "response", mt, "a response no longer offers a media type clients may ask for", "`text/csv` dropped beside JSON"),
  "response-media-type-replaced": rule("breaking", "response", mt, "a response's media type was replaced by another of the same format", "`application/json` -> `application/vnd.atlas.2023-01-01+json`"),
  "request-parameter-added-required": rule("breaking", "request", pa, "a required query or header parameter appeared", "required query `owner` added"),
  "request-parameter-added-optional": rule("info", "request", pa, "an optional query or header parameter appeared", "optional query `limit` added"),
  "request-parameter-removed": rule("warning", "request", pa, "a query or header parameter disappeared without being deprecated (oasdiff: WARN)", "query `verbose` removed"),
  "request-parameter-removed-deprecated": rule("info", "request", pa, "a deprecated query or header parameter disappeared", "deprecated query `legacy` removed"),
  "request-parameter-became-required": rule("breaking", "request", pa, "an optional parameter became required", "query `limit` now `required: true`"),
  "request-parameter-became-optional": rule("info", "request", pa, "a required parameter became optional", "query `limit` no longer required"),
  "request-parameter-deprecated": rule("info", "request", pa, "a parameter became deprecated", "query `legacy` gains `deprecated: true`"),
  "request-parameter-type-changed": rule("breaking", "request", pa, "a parameter's type changed or narrowed", "query `limit` string -> integer"),
  "request-parameter-type-generalized": rule("info", "request", pa, "a parameter accepts a wider type", "query `ratio` integer -> number"),
  "request-parameter-format-changed": rule("breaking", "request", pa, "a parameter's format was added, changed or narrowed", "query `since` gains `format: date-time`"),
  "request-parameter-format-generalized": rule("info", "request", pa, "a parameter's format was removed or widened", "query `count` int32 -> int64"),
  "request-parameter-pattern-changed": rule("breaking", "request", pa, "a parameter's pattern was added or changed", "path `id` gains `pattern: ^[a-f0-9]{24}$`"),
  "request-parameter-pattern-removed": rule("info", "request", pa, "a parameter's pattern was removed", "path `id` loses its pattern"),
  "request-parameter-max-decreased": rule("breaking", "request", pa, "a parameter's maximum, maxLength or maxItems was set or lowered", "query `limit` maximum 500 -> 100"),
  "request-parameter-max-increased": rule("info", "request", pa, "a parameter's upper bound was raised or removed", "query `limit` maximum 100 -> 500"),
  "request-parameter-min-increased": rule("breaking", "request", pa, "a parameter's minimum, minLength or minItems was set or raised", "query `page` minimum 0 -> 1"),
  "request-parameter-min-decreased": rule("info", "request", pa, "a parameter's lower bound was lowered or removed", "query `page` minimum 1 -> 0"),
  "request-parameter-enum-value-removed": rule("breaking", "request", pa, "a parameter no longer accepts an enum value", "query `status` loses `QUEUED`"),
  "request-parameter-enum-value-added": rule("info", "request", pa, "a parameter accepts another enum value", "query `status` gains `FAILED`"),
  "request-parameter-became-enum": rule("breaking", "request", pa, "a free parameter became restricted to listed values", "query `sort` string -> enum [asc, desc]"),
  "request-parameter-enum-dropped": rule("info", "request", pa, "a parameter is no longer restricted to listed values", "query `sort` enum -> string"),
  "request-parameter-default-changed": rule("warning", "request", pa, "a parameter's default changed: clients that omit it get other behaviour", "query `includeCount` default true -> false"),
  "request-parameter-schema-changed": rule("warning", "request", pa, "a parameter's schema changed in a way no narrower rule covers (nullability, structure)", "query `tags` items gain `null`"),
  "request-body-required-property-added": rule("breaking", "request", rq, "a request property appeared as required", "`owner` added to `required`"),
  "request-body-optional-property-added": rule("info", "request", rq, "an optional request property appeared", "optional `nickname` added"),
  "request-body-property-removed": rule("warning", "request", rq, "a request property disappeared; the server now ignores it", "`nickname` removed, extra properties still allowed"),
  "request-body-property-rejected": rule("breaking", "request", rq, "a request property that was accepted is now rejected (`false` schema or `additionalProperties: false`)", "`nickname: false` set"),
  "request-body-property-became-required": rule("breaking", "request", rq, "an optional request property became required", "`name` added to `required`"),
  "request-body-property-became-optional": rule("info", "request", rq, "a required request property became optional", "`name` removed from `required`"),
  "request-body-nullable-removed": rule("breaking", "request", rq, "a request value no longer accepts null", "`type: [string, \"null\"]` -> `type: string`"),
  "request-body-nullable-added": rule("info", "request", rq, "a request value now accepts null", "`type: string` -> `type: [string, \"null\"]`"),
  "request-body-type-changed": rule("breaking", "request", rq, "a request value's type changed or narrowed", "`age` number -> integer"),
  "request-body-type-generalized": rule("info", "request", rq, "a request value accepts a wider type", "`age` integer -> number"),
  "request-body-format-changed": rule("breaking", "request", rq, "a request value's format was added, changed or narrowed", "`born` gains `format: date`"),
  "request-body-format-generalized": rule("info", "request", rq, "a request value's format was removed or widened", "`count` int32 -> int64"),
  "request-body-pattern-changed": rule("breaking", "request", rq, "a request value's pattern was added or changed", "`name` gains `pattern: ^[a-z]+$`"),
  "request-body-pattern-removed": rule("info", "request", rq, "a request value's pattern was removed", "`name` loses its pattern"),
  "request-body-max-decreased": rule("breaking", "request", rq, "a request value's maximum, maxLength, maxItems or maxProperties was set or lowered", "`name` maxLength 64 -> 20"),
  "request-body-max-increased": rule("info", "request", rq, "a request value's upper bound was raised or removed", "`name` maxLength 20 -> 64"),
  "request-body-min-increased": rule("breaking", "request", rq, "a request value's minimum, minLength, minItems or minProperties was set or raised", "`age` minimum 0 -> 1"),
  "request-body-min-decreased": rule("info", "request", rq, "a request value's lower bound was lowered or removed", "`age` minimum 1 -> 0"),
  "request-body-enum-value-removed": rule("breaking", "request", rq, "a request value no longer accepts an enum value", "`size` loses `XL`"),
  "request-body-enum-value-added": rule("info", "request", rq, "a request value accepts another enum value", "`size` gains `XS`"),
  "request-body-became-enum": rule("breaking", "request", rq, "a free request value became restricted to listed values", "`color` string -> enum"),
  "request-body-enum-dropped": rule("info", "request", rq, "a request value is no longer restricted to listed values", "`color` enum -> string"),
  "request-body-default-changed": rule("warning", "request", rq, "a request value's default changed: clients that omit it get other behaviour", "`expirationHours` default 48 -> 24"),
  "request-body-variant-removed": rule("breaking", "request", rq, "a oneOf/anyOf variant of the request is gone", "`Cat | Dog` -> `Cat`"),
  "request-body-variant-added": rule("info", "request", rq, "a oneOf/anyOf variant was added to the request", "`Cat` -> `Cat | Dog`"),
  "request-body-discriminator-value-changed": rule("breaking", "request", rq, "a variant's discriminant value was renamed", "`kind: pit` -> `kind: pointInTime`"),
  "request-body-discriminator-changed": rule("breaking", "request", rq, "the discriminator property of a request union changed", "`propertyName: kind` -> `propertyName: type`"),
  "request-body-discriminator-added": rule("info", "request", rq, "a request union gained a discriminator", "`discriminator: {propertyName: kind}` added"),
  "request-body-discriminator-removed": rule("info", "request", rq, "a request union lost its discriminator", "`discriminator` removed"),
  "request-body-additional-properties-restricted": rule("breaking", "request", rq, "a request object no longer accepts undeclared properties", "`additionalProperties: false` set"),
  "request-body-additional-properties-allowed": rule("info", "request", rq, "a request object now accepts undeclared properties", "`additionalProperties: false` removed"),
  "response-body-required-property-removed": rule("breaking", "response", rs, "a required response property disappeared", "required `id` removed"),
  "response-body-optional-property-removed": rule("warning", "response", rs, "an optional response property disappeared", "`createdAt` removed"),
  "response-body-property-added": rule("info", "response", rs, "a response property appeared", "`desiredTimestamp` added"),
  "response-body-property-became-optional": rule("breaking", "response", rs, "a required response property became optional", "`id` removed from `required`"),
  "response-body-property-became-required": rule("info", "response", rs, "an optional response property became required", "`id` added to `required`"),
  "response-body-nullable-added": rule("breaking", "response", rs, "a response value may now be null", "`downloadUrl` string -> string | null"),
  "response-body-nullable-removed": rule("info", "response", rs, "a response value is no longer null", "`downloadUrl` string | null -> string"),
  "response-body-type-changed": rule("breaking", "response", rs, "a response value's type changed or widened", "`expiresAt` integer -> string"),
  "response-body-type-narrowed": rule("info", "response", rs, "a response value's type narrowed", "`ratio` number -> integer"),
  "response-body-format-changed": rule("warning", "response", rs, "a response value's format changed, widened or was removed", "`expiresAt` date-time -> date"),
  "response-body-format-narrowed": rule("info", "response", rs, "a response value's format was added or narrowed", "`createdAt` gains `format: date-time`"),
  "response-body-pattern-changed": rule("warning", "response", rs, "a response value's pattern changed or was removed: old clients' guards may reject values", "`id` pattern changed"),
  "response-body-pattern-added": rule("info", "response", rs, "a response value's pattern was added", "`id` gains a pattern"),
  "response-body-max-increased": rule("warning", "response", rs, "a response value's upper bound was raised or removed", "`name` maxLength 20 -> 64"),
  "response-body-max-decreased": rule("info", "response", rs, "a response value's upper bound was set or lowered", "`name` maxLength 64 -> 20"),
  "response-body-min-decreased": rule("warning", "response", rs, "a response value's lower bound was lowered or removed", "`count` minimum 1 -> 0"),
  "response-body-min-increased": rule("info", "response", rs, "a response value's lower bound was set or raised", "`count` minimum 0 -> 1"),
  "response-body-enum-value-added": rule("warning", "response", rs, "a response value may carry a new enum value", "`status` gains `PENDING`"),
  "response-body-enum-value-removed": rule("info", "response", rs, "a response value no longer carries an enum value", "`status` loses `BROKEN`"),
  "response-body-enum-dropped": rule("warning", "response", rs, "a response value is no longer restricted to listed values", "`status` enum -> string"),
  "response-body-became-enum": rule("info", "response", rs, "a free response value became restricted to listed values", "`status` string -> enum"),
  "response-body-variant-added": rule("warning", "response", rs, "a response may be a new oneOf/anyOf variant", "`deliveryType` gains a `restore` variant"),
  "response-body-variant-removed": rule("info", "response", rs, "a response variant is gone", "`Cat | Dog` -> `Cat`"),
  "response-body-discriminator-value-changed": rule("breaking", "response", rs, "a response variant's discriminant value was renamed", "`deliveryType: pit` -> `pointInTime`"),
  "response-body-discriminator-changed": rule("breaking", "response", rs, "the discriminator property of a response union changed", "`propertyName: kind` -> `propertyName: type`"),
  "response-body-discriminator-added": rule("info", "response", rs, "a response union gained a discriminator", "`discriminator` added"),
  "response-body-discriminator-removed": rule("warning", "response", rs, "a response union lost its discriminator: generated clients lose narrowing", "`discriminator` removed"),
  "response-body-additional-properties-allowed": rule("warning", "response", rs, "a response object may now carry undeclared properties", "`additionalProperties: false` removed"),
  "response-body-additional-properties-restricted": rule("info", "response", rs, "a response object no longer carries undeclared properties", "`additionalProperties: false` set"),
  "security-scheme-added": rule("info", "none", se, "a security scheme was declared", "`ServiceAccounts` (oauth2) added"),
  "security-scheme-removed": rule("warning", "none", se, "a security scheme (not merely renamed) is gone", "`DigestAuth` removed"),
  "security-scheme-changed": rule("breaking", "none", se, "a security scheme kept its name but changed type, scheme or token URL", "`DigestAuth` http digest -> http bearer"),
  "operation-security-scheme-added": rule("info", "request", se, "an operation accepts another way to authenticate", "`BearerAuth` added beside `DigestAuth`"),
  "operation-security-scheme-removed": rule("breaking", "request", se, "an operation no longer accepts a way to authenticate", "`DigestAuth` dropped; only OAuth remains"),
  "operation-security-required": rule("breaking", "request", se, "an operation that needed no authentication now needs it", "`security: []` -> `[DigestAuth]`"),
  "operation-security-removed": rule("info", "request", se, "an operation no longer needs authentication", "`[DigestAuth]` -> `security: []`"),
} as const satisfies Record<string, RuleInfo>;

export type RuleId = keyof typeof ruleCatalog;

export const ruleIds = Object.keys(ruleCatalog) as RuleId[];

export function ruleInfo(id: RuleId): RuleInfo {
  return ruleCatalog[id];
}
