// Every example of the document through its guard and through Ajv.
import type { Json } from "../../support/spec.ts";
import { judge } from "./agreement.ts";
import type { ExampleCase } from "./examples.ts";
import type { Reference } from "./reference-setup.ts";

export interface ExampleReport {
  readonly checked: number;
  readonly byKind: Readonly<Record<ExampleCase["kind"], number>>;
  /** Distinct guards the examples went through. */
  readonly guards: number;
  /** The document's own invalid examples (per Ajv), with what both sides said. */
  readonly invalid: readonly { site: string; guard: string; ajv: readonly string[]; guardProblems: readonly string[] }[];
  readonly disagreements: readonly string[];
  /**
   * Property examples with a value of another JSON type in their place: proves the carrier reaches
   * the member (a guard that never looked at it would accept these).
   */
  readonly misfits: { readonly checked: number; readonly rejected: number };
}

export function checkExamples(reference: Reference): ExampleReport {
  const byKind = { schema: 0, property: 0, media: 0 };
  const guards = new Set<string>();
  const invalid: { site: string; guard: string; ajv: readonly string[]; guardProblems: readonly string[] }[] = [];
  const disagreements: string[] = [];
  const misfits = { checked: 0, rejected: 0 };
  for (const example of reference.examples.cases) {
    const guard = reference.catalog.guardOf(example.target, example.view);
    const validate = reference.validatorFor(guard);
    byKind[example.kind]++;
    guards.add(guard.name);
    const verdict = judge(validate, guard, example.value, example.at);
    const where = `${example.site} through is${guard.name}`;
    if (verdict.ajvValid !== verdict.guardValid) {
      disagreements.push(`${where}: Ajv says ${verdict.ajvValid ? "valid" : `invalid (${verdict.ajvErrors.join("; ")})`}, the guard ${verdict.guardValid ? "valid" : `invalid (${verdict.guardProblems.join("; ")})`}`);
    } else if (!verdict.consistent) {
      disagreements.push(`${where}: isX and validateX disagree`);
    } else if (!verdict.ajvValid && verdict.pathMismatches.length > 0) {
      disagreements.push(`${where}: paths differ (${verdict.pathMismatches.join(", ")}); Ajv: ${verdict.ajvErrors.join("; ")}; guard: ${verdict.guardProblems.join("; ")}`);
    }
    if (!verdict.ajvValid) invalid.push({ site: example.site, guard: guard.name, ajv: verdict.ajvErrors, guardProblems: verdict.guardProblems });
    if (example.kind === "property") {
      const misfit = withMisfit(example);
      const other = judge(validate, guard, misfit, example.at);
      misfits.checked++;
      if (!other.ajvValid) misfits.rejected++;
      if (other.ajvValid !== other.guardValid) disagreements.push(`${where}, replaced by ${JSON.stringify(misfit)}: Ajv ${other.ajvValid}, guard ${other.guardValid}`);
    }
  }
  return { checked: reference.examples.cases.length, byKind, guards: guards.size, invalid, disagreements, misfits };
}

/** The carrier with a value of another JSON type where the example was. */
function withMisfit(example: ExampleCase): Json {
  const tokens = example.at.split("/").slice(1);
  const replace = (node: Json, depth: number): Json => {
    if (depth === tokens.length) return misfitFor(node);
    const token = tokens[depth] as string;
    if (Array.isArray(node)) return node.map((item, index) => (String(index) === token ? replace(item, depth + 1) : item));
    if (node !== null && typeof node === "object") {
      const key = token.replaceAll("~1", "/").replaceAll("~0", "~");
      return { ...node, [key]: replace(node[key] ?? null, depth + 1) };
    }
    return node;
  };
  return replace(example.value, 0);
}

function misfitFor(value: Json): Json {
  if (typeof value === "string") return { misfit: value };
  if (typeof value === "number" || typeof value === "boolean") return `${String(value)}!`;
  if (Array.isArray(value)) return { misfit: value };
  return [value];
}
