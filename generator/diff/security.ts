// Security schemes, compared by what a client must do (type, HTTP scheme, token URL) rather than by
// name: a renamed scheme is no change. An operation accepts any one of its schemes, so dropping one
// breaks the clients that use it, and adding one to an operation that needed none breaks everyone.
import type { ApiModel, SecurityScheme } from "../ir/model.ts";
import { appendPointer } from "../load/pointer.ts";
import type { Change } from "./change.ts";
import { makeChange, operationRef, type DiffContext, type OperationPair } from "./context.ts";

function signature(scheme: SecurityScheme): string {
  return [scheme.type.toLowerCase(), scheme.scheme?.toLowerCase() ?? "", scheme.tokenUrl ?? ""].join(" ");
}

function describe(scheme: SecurityScheme): string {
  return `${scheme.name} (${[scheme.type, scheme.scheme].filter((part) => part !== undefined).join(" ")})`;
}

function schemeOrigin(model: ApiModel, name: string): { file: string; pointer: string } {
  return { file: model.origin.file, pointer: appendPointer("", "components", "securitySchemes", name) };
}

export function securitySchemeChanges(context: DiffContext): Change[] {
  const { base, revision } = context;
  const changes: Change[] = [];
  for (const scheme of base.securitySchemes) {
    const same = revision.securitySchemes.find((other) => other.name === scheme.name);
    if (same && signature(same) !== signature(scheme)) {
      changes.push(
        makeChange("security-scheme-changed", {
          message: `security scheme ${describe(scheme)} is now ${describe(same)}`,
          base: schemeOrigin(base, scheme.name),
          revision: schemeOrigin(revision, same.name),
        }),
      );
    }
    const renamed = revision.securitySchemes.some((other) => !base.securitySchemes.some((old) => old.name === other.name) && signature(other) === signature(scheme));
    if (!same && !renamed) {
      changes.push(makeChange("security-scheme-removed", { message: `security scheme ${describe(scheme)} removed`, base: schemeOrigin(base, scheme.name) }));
    }
  }
  for (const scheme of revision.securitySchemes) {
    if (base.securitySchemes.some((old) => old.name === scheme.name)) continue;
    const renamed = base.securitySchemes.some((old) => !revision.securitySchemes.some((other) => other.name === old.name) && signature(old) === signature(scheme));
    if (!renamed) changes.push(makeChange("security-scheme-added", { message: `security scheme ${describe(scheme)} added`, revision: schemeOrigin(revision, scheme.name) }));
  }
  return changes;
}

/**
 * Key -> scheme name, for the schemes an operation accepts. A name both models declare is its own key
 * (a changed scheme is reported once, API-wide); other schemes are keyed by signature, so a renamed
 * scheme matches its old self.
 */
function accepted(model: ApiModel, other: ApiModel, names: readonly string[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const name of names) {
    const scheme = model.securitySchemes.find((candidate) => candidate.name === name);
    const shared = other.securitySchemes.some((candidate) => candidate.name === name);
    found.set(shared || !scheme ? `name ${name}` : `signature ${signature(scheme)}`, name);
  }
  return found;
}

export function operationSecurityChanges(context: DiffContext, pair: OperationPair): Change[] {
  const before = accepted(context.base, context.revision, pair.base.security);
  const after = accepted(context.revision, context.base, pair.revision.security);
  const fields = { operation: operationRef(pair.revision), base: pair.base.origin, revision: pair.revision.origin };
  if (before.size === 0 && after.size > 0) {
    return [makeChange("operation-security-required", { ...fields, message: `authentication now required (${[...after.values()].join(", ")})` })];
  }
  if (before.size > 0 && after.size === 0) return [makeChange("operation-security-removed", { ...fields, message: "authentication no longer required" })];
  const changes: Change[] = [];
  for (const [key, name] of before) {
    if (!after.has(key)) changes.push(makeChange("operation-security-scheme-removed", { ...fields, message: `security scheme ${name} no longer accepted` }));
  }
  for (const [key, name] of after) {
    if (!before.has(key)) changes.push(makeChange("operation-security-scheme-added", { ...fields, message: `security scheme ${name} now accepted` }));
  }
  return changes;
}
