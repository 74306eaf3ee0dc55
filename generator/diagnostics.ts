// Diagnostics are data: every stage returns them instead of throwing, and only the CLI turns them
// into an exit code. Each one says what went wrong and where (file:line:column and a JSON pointer).

export type Severity = "error" | "warning";

export interface SourcePosition {
  /** 1-based line. */
  readonly line: number;
  /** 1-based column. */
  readonly column: number;
}

export interface Diagnostic {
  /** Stable kebab-case identifier of the problem, e.g. `unresolved-ref`. */
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  /** The file the problem is in, as given to the generator (relative to the working directory). */
  readonly file: string;
  /** JSON pointer into that file, `""` for the whole document. */
  readonly pointer: string;
  readonly position?: SourcePosition;
}

/** `spec/atlas-v2.yaml:12:7: error [unresolved-ref] message (at #/paths/...)` */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const where = diagnostic.position
    ? `${diagnostic.file}:${diagnostic.position.line}:${diagnostic.position.column}`
    : diagnostic.file;
  const pointer = diagnostic.pointer === "" ? "" : ` (at #${diagnostic.pointer})`;
  return `${where}: ${diagnostic.severity} [${diagnostic.code}] ${diagnostic.message}${pointer}`;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((diagnostic) => diagnostic.severity === "error");
}

/** Orders diagnostics by file, then position, then code, so output is stable. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => {
    if (a.file !== b.file) return a.file < b.file ? -1 : 1;
    const lineA = a.position?.line ?? 0;
    const lineB = b.position?.line ?? 0;
    if (lineA !== lineB) return lineA - lineB;
    const columnA = a.position?.column ?? 0;
    const columnB = b.position?.column ?? 0;
    if (columnA !== columnB) return columnA - columnB;
    return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
  });
}

/** Thrown only at stage boundaries to stop the pipeline; carries every diagnostic collected so far. */
export class GenerationFailed extends Error {
  constructor(readonly diagnostics: readonly Diagnostic[]) {
    super(sortDiagnostics(diagnostics).map(formatDiagnostic).join("\n"));
    this.name = "GenerationFailed";
  }
}
