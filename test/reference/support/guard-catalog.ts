// Which generated guard checks which shape. The names come from the generator's own normalizer and
// planner (naming is not what this test is about); what each named schema stands for is matched
// against the targets computed from the raw document, and anything left over on either side is
// reported rather than skipped.
import { pathToFileURL } from "node:url";
import { join } from "node:path";
import { normalizeApi } from "../../../generator/ir/normalize.ts";
import { loadSpecSet } from "../../../generator/load/spec-set.ts";
import { moduleNameFor, planApi } from "../../../generator/plan/plan.ts";
import type { SchemaViews, Target, View } from "./schema-views.ts";

export interface Problem {
  readonly path: string;
  readonly message: string;
}

export interface Guard {
  /** The exported type name, e.g. `ApiError` or `ClusterDescription20240805Request`. */
  readonly name: string;
  readonly target: Target;
  readonly view: View;
  readonly twin: boolean;
  readonly is: (value: unknown) => boolean;
  readonly validate: (value: unknown) => readonly Problem[];
}

export interface GuardCatalog {
  readonly guards: readonly Guard[];
  /** Shapes the raw document calls for, as `<target> <primary|twin>`, and what the generator has. */
  readonly expectedShapes: readonly string[];
  readonly generatedShapes: readonly string[];
  /** Named schemas of the generator that stand for none of the targets. */
  readonly unmatched: readonly string[];
  /** The guard of `target` as seen from `view` (its twin in requests, when it has one). */
  guardOf(target: Target, view: View): Guard;
}

type GuardModule = Record<string, unknown>;

export async function catalogGuards(reference: string, cwd: string, out: string, views: SchemaViews): Promise<GuardCatalog> {
  const loaded = loadSpecSet(reference, cwd);
  const entry = loaded.specSet?.entries[0];
  if (!loaded.specSet || !entry) throw new Error(`cannot load ${reference}`);
  const model = normalizeApi(loaded.specSet, entry);
  const plan = planApi(model, moduleNameFor(model.version));
  const module = (await import(pathToFileURL(join(out, "dist", plan.moduleName, "guards.js")).href)) as GuardModule;

  const byPointer = new Map<string, Target[]>();
  for (const target of views.targets.values()) byPointer.set(target.pointer, [...(byPointer.get(target.pointer) ?? []), target]);

  const guards: Guard[] = [];
  const unmatched: string[] = [];
  for (const named of model.schemas) {
    const candidates = byPointer.get(named.origin.pointer) ?? [];
    const shape = classify(named.name, candidates);
    if (!shape) {
      unmatched.push(`${named.name} (${named.origin.pointer})`);
      continue;
    }
    const typeName = plan.typeNames.get(named.name) ?? named.name;
    const is = module[plan.isName(named.name)];
    const validate = module[plan.validateName(named.name)];
    if (typeof is !== "function" || typeof validate !== "function") throw new Error(`no guard pair exported for ${named.name}`);
    guards.push({
      name: typeName,
      target: shape.target,
      view: shape.twin ? "request" : views.shapeView(shape.target, "response"),
      twin: shape.twin,
      is: is as Guard["is"],
      validate: validate as Guard["validate"],
    });
  }

  const expectedShapes: string[] = [];
  for (const target of views.targets.values()) {
    expectedShapes.push(`${target.id} primary`);
    if (views.hasTwin(target)) expectedShapes.push(`${target.id} twin`);
  }
  const byShape = new Map(guards.map((guard) => [`${guard.target.id} ${guard.twin ? "twin" : "primary"}`, guard]));
  return {
    guards,
    expectedShapes: expectedShapes.sort(),
    generatedShapes: [...byShape.keys()].sort(),
    unmatched,
    guardOf(target, view) {
      const guard = byShape.get(`${target.id} ${view === "request" && views.hasTwin(target) ? "twin" : "primary"}`);
      if (!guard) throw new Error(`no guard for ${target.id} in ${view}`);
      return guard;
    },
  };
}

/** Which target and shape a generated name stands for: `X`, `XBase`, or a `...Request` twin of either. */
function classify(name: string, candidates: readonly Target[]): { target: Target; twin: boolean } | undefined {
  for (const target of candidates) {
    if (target.role === "body") return { target, twin: false };
    const stem = target.role === "base" ? `${target.name}Base` : target.name;
    if (name === stem) return { target, twin: false };
  }
  // A twin is `<stem>Request`, numbered when that name is taken.
  for (const target of candidates) {
    const stem = target.role === "base" ? `${target.name}Base` : target.name;
    if (target.role !== "body" && new RegExp(`^${stem}Request\\d*$`).test(name)) return { target, twin: true };
  }
  return undefined;
}
