// fast-check samples for every guard, half from the valid-leaning arbitrary and half broken by one
// mutation, each judged by Ajv and by the guard. A disagreement is shrunk by fast-check and reported
// with the smallest value found; the run goes on with the next guard, so one report lists them all.
import fc from "fast-check";
import type { Json } from "../../support/spec.ts";
import { judge } from "./agreement.ts";
import type { Guard } from "./guard-catalog.ts";
import { createMutations } from "./mutations.ts";
import type { Reference } from "./reference-setup.ts";
import { createSchemaArbitraries } from "./schema-arbitrary.ts";

export interface SampleOptions {
  readonly runsPerGuard: number;
  /** Guard i runs with seed `seed + i`: the same samples every time. */
  readonly seed: number;
}

export interface SampleReport {
  readonly guards: number;
  readonly runs: number;
  /** Samples Ajv accepted, by the arm that produced them. */
  readonly accepted: { readonly valid: number; readonly broken: number };
  readonly rejected: { readonly valid: number; readonly broken: number };
  readonly disagreements: readonly string[];
  /** Guards Ajv accepted no sample of, split by why none could be expected. */
  readonly neverAccepted: { readonly unsatisfiable: readonly string[]; readonly exactMatch: readonly string[]; readonly unexplained: readonly string[] };
  readonly neverRejected: readonly string[];
  readonly patternFallbacks: readonly string[];
}

type Arm = "valid" | "broken";

export function checkSamples(reference: Reference, options: SampleOptions): SampleReport {
  const arbitraries = createSchemaArbitraries(reference.projection.definition, {
    optionalDepth: 3,
    hardDepth: 8,
    patternExamples: reference.patternExamples,
  });
  const broken = createMutations(arbitraries, reference.projection.hiddenMembers);
  const accepted = { valid: 0, broken: 0 };
  const rejected = { valid: 0, broken: 0 };
  const disagreements: string[] = [];
  const neverAccepted = { unsatisfiable: [] as string[], exactMatch: [] as string[], unexplained: [] as string[] };
  const neverRejected: string[] = [];
  let runs = 0;

  reference.catalog.guards.forEach((guard, index) => {
    const definition = reference.definitionFor(guard);
    const validate = reference.validatorFor(guard);
    const input = fc.oneof(
      arbitraries.valid(definition, 0).map((value) => ({ arm: "valid" as Arm, value })),
      broken(definition, 0).map((value) => ({ arm: "broken" as Arm, value })),
    );
    let guardAccepted = 0;
    let guardRejected = 0;
    let firstFailure: { value: Json; problem: string } | undefined;
    // Sampled first, for the counts; only a guard that disagrees is run again as a property, which
    // fast-check shrinks to the smallest disagreeing value it finds.
    for (const { arm, value } of fc.sample(input, { numRuns: options.runsPerGuard, seed: options.seed + index })) {
      const verdict = judge(validate, guard, value);
      runs++;
      if (verdict.ajvValid) (accepted[arm]++, guardAccepted++);
      else (rejected[arm]++, guardRejected++);
      const problem = describeProblem(verdict);
      if (problem !== undefined) firstFailure ??= { value, problem };
    }
    if (firstFailure) {
      const property = fc.property(input, ({ value }) => {
        const problem = describeProblem(judge(validate, guard, value));
        if (problem !== undefined) throw new Error(problem);
      });
      const details = fc.check(property, { numRuns: options.runsPerGuard, seed: options.seed + index });
      const shrunk = details.failed ? { value: details.counterexample?.[0]?.value ?? null, problem: messageOf(details.errorInstance) } : firstFailure;
      disagreements.push(describeFailure(guard, shrunk.value, shrunk.problem));
    }
    if (guardAccepted === 0) {
      if (!arbitraries.satisfiable(definition)) neverAccepted.unsatisfiable.push(guard.name);
      else if (arbitraries.demandsExactMatch(definition)) neverAccepted.exactMatch.push(guard.name);
      else neverAccepted.unexplained.push(guard.name);
    }
    if (guardRejected === 0) neverRejected.push(guard.name);
  });
  return {
    guards: reference.catalog.guards.length,
    runs,
    accepted,
    rejected,
    disagreements,
    neverAccepted,
    neverRejected,
    patternFallbacks: [...arbitraries.patternFallbacks],
  };
}

function describeProblem(verdict: ReturnType<typeof judge>): string | undefined {
  const ajv = verdict.ajvValid ? "valid" : `invalid (${verdict.ajvErrors.join("; ")})`;
  const guard = verdict.guardValid ? "valid" : `invalid (${verdict.guardProblems.join("; ")})`;
  if (verdict.ajvValid !== verdict.guardValid) return `Ajv says ${ajv}; the guard says ${guard}`;
  if (!verdict.consistent) return "isX and validateX disagree";
  if (verdict.pathMismatches.length > 0) return `paths differ (${verdict.pathMismatches.join(", ")}); Ajv: ${ajv}; guard: ${guard}`;
  return undefined;
}

function describeFailure(guard: Guard, value: Json, problem: string): string {
  const shown = JSON.stringify(value);
  return `is${guard.name} (${guard.view} view of ${guard.target.id}) on ${shown.length > 600 ? `${shown.slice(0, 600)}...` : shown}: ${problem}`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
