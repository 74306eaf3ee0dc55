// Command line: the only place that reads argv, prints, and sets an exit code.
// Exit codes: 0 success, 1 invalid spec or drift, 2 usage error.
import { parseArgs } from "node:util";
import { formatDiagnostic, hasErrors, sortDiagnostics } from "./diagnostics.ts";
import { generate, hasDrift } from "./pipeline.ts";

const usage = `Usage: generate [--spec PATH] [--out DIR] [--check]

Generates a typed TypeScript client package from OpenAPI documents.

Options:
  --spec PATH   a spec file, or a folder of them (default: spec)
  --out DIR     the package folder to write (default: generated)
  --check       write nothing; exit 1 and name the files that differ if DIR is stale
  --help        show this help

Exit codes: 0 success, 1 invalid spec or stale output, 2 usage error.`;

export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    process.stdout.write(`${usage}\n`);
    return command === undefined ? 2 : 0;
  }
  if (command !== "generate") {
    process.stderr.write(`unknown command "${command}"\n\n${usage}\n`);
    return 2;
  }
  let options;
  try {
    options = parseArgs({
      args: [...rest],
      options: {
        spec: { type: "string", default: "spec" },
        out: { type: "string", default: "generated" },
        check: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
      allowPositionals: false,
      strict: true,
    }).values;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${usage}\n`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }

  const result = await generate({ spec: options.spec, out: options.out, check: options.check });
  for (const diagnostic of sortDiagnostics(result.diagnostics)) process.stderr.write(`${formatDiagnostic(diagnostic)}\n`);
  if (hasErrors(result.diagnostics)) {
    const count = result.diagnostics.filter((diagnostic) => diagnostic.severity === "error").length;
    process.stderr.write(`\n${count} error${count === 1 ? "" : "s"}; ${options.out} was not changed.\n`);
    return 1;
  }
  const apis = result.apis ?? [];
  const operations = apis.reduce((sum, api) => sum + api.model.operations.length, 0);
  const schemas = apis.reduce((sum, api) => sum + api.model.schemas.length, 0);
  const summary = `${apis.map((api) => api.moduleName).join(", ")}: ${operations} operations, ${schemas} schemas, ${result.fileCount ?? 0} files`;
  if (result.drift) {
    if (!hasDrift(result.drift)) {
      process.stdout.write(`${options.out} is up to date (${summary}).\n`);
      return 0;
    }
    const lines = [
      ...result.drift.changed.map((path) => `  changed  ${options.out}/${path}`),
      ...result.drift.missing.map((path) => `  missing  ${options.out}/${path}`),
      ...result.drift.extra.map((path) => `  extra    ${options.out}/${path}`),
    ];
    process.stderr.write(`${options.out} is stale; run \`npm run generate\`:\n${lines.join("\n")}\n`);
    return 1;
  }
  process.stdout.write(`Generated ${options.out} (${summary}).\n`);
  return 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // Bad input is reported as diagnostics; anything thrown is a bug here, and the output was not written.
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`internal error (a bug in the generator, please report it); nothing was written:\n${detail}\n`);
  process.exitCode = 1;
}
