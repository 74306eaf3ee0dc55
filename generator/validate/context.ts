// What every validation check works with: the loaded spec set and a place to put diagnostics.
import type { Diagnostic } from "../diagnostics.ts";
import { problemAt, type SpecSet } from "../load/spec-set.ts";
import type { Location } from "../load/refs.ts";

export interface ValidationContext {
  readonly specSet: SpecSet;
  report(location: Location, code: string, message: string): void;
  /** A problem that does not stop generation. */
  warn(location: Location, code: string, message: string): void;
  readonly diagnostics: readonly Diagnostic[];
}

export function createValidationContext(specSet: SpecSet): ValidationContext {
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  return {
    specSet,
    diagnostics,
    report(location, code, message) {
      const key = `${location.document.path}#${location.pointer}#${code}#${message}`;
      if (seen.has(key)) return;
      seen.add(key);
      diagnostics.push(problemAt(location.document, location.pointer, code, message));
    },
    warn(location, code, message) {
      diagnostics.push({ ...problemAt(location.document, location.pointer, code, message), severity: "warning" });
    },
  };
}

export function isPlainObject(node: unknown): node is Record<string, unknown> {
  return node !== null && typeof node === "object" && !Array.isArray(node);
}
