// The validate stage: everything the normalizer relies on, checked up front, every problem collected.
import type { Diagnostic } from "../diagnostics.ts";
import type { SpecSet } from "../load/spec-set.ts";
import { createValidationContext } from "./context.ts";
import { checkApiDocument } from "./operations.ts";
import { createSchemaVisitor } from "./schemas.ts";

export function validateSpecSet(specSet: SpecSet): readonly Diagnostic[] {
  const context = createValidationContext(specSet);
  const schemas = createSchemaVisitor(context);
  for (const document of specSet.entries) checkApiDocument(context, document, schemas);
  schemas.reportCompositionCycles();
  return context.diagnostics;
}
