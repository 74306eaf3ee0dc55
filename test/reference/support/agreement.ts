// One value through both validators, and whether they agree.
//
// The relation asserted between the places each reports, for a value Ajv rejects:
//  1. every path a guard reports, Ajv reports too (after naming Ajv's places as the guards do: a
//     missing property, a stray property or a bad tag at the member, not at its object); and
//  2. every path Ajv reports, the guard reports too, unless it lies below a place where both say an
//     anyOf/oneOf matched no branch: there a guard reports the union as a whole (one problem, "must
//     match one of ..."), while Ajv also lists what each failed branch found inside it.
// So the two sets are equal except inside failed unions, where Ajv's set is finer.
import type { ValidateFunction } from "ajv-draft-04";
import type { Guard } from "./guard-catalog.ts";
import { ajvPaths } from "./oracle.ts";

export interface Judgement {
  readonly ajvValid: boolean;
  readonly guardValid: boolean;
  /** `isX` and `validateX` agree with each other (on the whole value). */
  readonly consistent: boolean;
  /** Paths that break the relation above (empty when it holds). */
  readonly pathMismatches: readonly string[];
  readonly ajvErrors: readonly string[];
  readonly guardProblems: readonly string[];
}

/** Judges `value`; with `at`, only what lies at or below that pointer counts (property examples). */
export function judge(validate: ValidateFunction, guard: Guard, value: unknown, at = ""): Judgement {
  const within = (path: string): boolean => at === "" || path === at || path.startsWith(`${at}/`);
  const errors = validate(value) ? [] : [...(validate.errors ?? [])];
  const ajv = ajvPaths(errors);
  const problems = guard.validate(value);
  const isValid = guard.is(value);
  const guardPaths = new Set(problems.map((problem) => problem.path).filter(within));
  const ajvSet = new Set([...ajv.paths].filter(within));
  const mismatches: string[] = [];
  for (const path of guardPaths) if (!ajvSet.has(path)) mismatches.push(`guard only: ${path || "(root)"}`);
  for (const path of ajvSet) {
    if (guardPaths.has(path)) continue;
    const insideFailedUnion = [...ajv.unions].some((union) => guardPaths.has(union) && path.startsWith(`${union}/`));
    if (!insideFailedUnion) mismatches.push(`Ajv only: ${path || "(root)"}`);
  }
  return {
    ajvValid: ajvSet.size === 0,
    guardValid: at === "" ? isValid : guardPaths.size === 0,
    consistent: isValid === (problems.length === 0),
    pathMismatches: mismatches,
    ajvErrors: errors.map((error) => `${error.instancePath || "/"} ${error.keyword}: ${error.message ?? ""}`),
    guardProblems: problems.map((problem) => `${problem.path || "/"} ${problem.message}`),
  };
}
