// The diff's input stage: each side (a spec file, or a folder) is loaded, validated and normalized
// exactly as `generate` does it, so bad input gets the same diagnostics. Then documents are paired:
// one document per side is compared whatever its version (two files of one folder included); when a
// side holds several, documents are paired by major version, and a version only one side has is
// compared with an empty API (all its operations added or removed).
import { hasErrors, type Diagnostic } from "../diagnostics.ts";
import type { ApiModel } from "../ir/model.ts";
import { normalizeApi } from "../ir/normalize.ts";
import { loadSpecSet } from "../load/spec-set.ts";
import { moduleNameFor } from "../plan/plan.ts";
import { validateSpecSet } from "../validate/index.ts";
import { codeUnitCompare } from "./change.ts";

export interface ApiPair {
  readonly base: ApiModel;
  readonly revision: ApiModel;
}

export interface LoadedPairs {
  readonly diagnostics: readonly Diagnostic[];
  readonly pairs?: readonly ApiPair[];
}

function loadSide(input: string, cwd: string): { diagnostics: readonly Diagnostic[]; models?: ApiModel[] } {
  const loaded = loadSpecSet(input, cwd);
  if (!loaded.specSet || hasErrors(loaded.diagnostics)) return { diagnostics: loaded.diagnostics };
  const validation = validateSpecSet(loaded.specSet);
  const diagnostics = [...loaded.diagnostics, ...validation];
  if (hasErrors(validation)) return { diagnostics };
  const specSet = loaded.specSet;
  return { diagnostics, models: specSet.entries.map((entry) => normalizeApi(specSet, entry)) };
}

export function loadPairs(base: string, revision: string, cwd: string = process.cwd()): LoadedPairs {
  const before = loadSide(base, cwd);
  const after = loadSide(revision, cwd);
  const diagnostics = [...before.diagnostics, ...after.diagnostics];
  if (!before.models || !after.models || hasErrors(diagnostics)) return { diagnostics };
  if (before.models.length === 1 && after.models.length === 1) {
    return { diagnostics, pairs: [{ base: before.models[0] as ApiModel, revision: after.models[0] as ApiModel }] };
  }
  const byMajor = (models: ApiModel[], problems: Diagnostic[]): Map<string, ApiModel> => {
    const found = new Map<string, ApiModel>();
    for (const model of models) {
      const major = moduleNameFor(model.version);
      const first = found.get(major);
      if (first) problems.push(duplicateVersion(model, first));
      else found.set(major, model);
    }
    return found;
  };
  const problems: Diagnostic[] = [];
  const baseByMajor = byMajor(before.models, problems);
  const revisionByMajor = byMajor(after.models, problems);
  if (problems.length > 0) return { diagnostics: [...diagnostics, ...problems] };
  const majors = [...new Set([...baseByMajor.keys(), ...revisionByMajor.keys()])].sort(codeUnitCompare);
  const pairs = majors.map((major) => {
    const old = baseByMajor.get(major);
    const now = revisionByMajor.get(major);
    return { base: old ?? emptyLike(now as ApiModel, base), revision: now ?? emptyLike(old as ApiModel, revision) };
  });
  return { diagnostics, pairs };
}

function duplicateVersion(model: ApiModel, first: ApiModel): Diagnostic {
  return {
    code: "duplicate-api-version",
    severity: "error",
    message: `${model.origin.file} and ${first.origin.file} both describe API version ${moduleNameFor(model.version)}; give the diff one document per major version on each side`,
    file: model.origin.file,
    pointer: "/info/version",
  };
}

/** An API with the same version and no operations, standing for a side that lacks that version. */
function emptyLike(model: ApiModel, input: string): ApiModel {
  const file = `${input} (no ${moduleNameFor(model.version)} document)`;
  return { ...model, securitySchemes: [], schemas: [], operations: [], origin: { file, pointer: "" } };
}
