// Command line: the only place that reads argv, prints, and sets an exit code.
// Exit codes: 0 success, 1 invalid spec or drift, 2 usage error.
// diff: 0 nothing at or above --fail-on, 1 something is, 2 usage error or bad input.
import { parseArgs } from "node:util";
import { formatDiagnostic, hasErrors, sortDiagnostics } from "./diagnostics.ts";
import { diffSpecs, exceedsThreshold, type FailOn } from "./diff/index.ts";
import { renderJson } from "./diff/report-json.ts";
import { renderMarkdown } from "./diff/report-markdown.ts";
import { renderText } from "./diff/report-text.ts";

const usage = `Usage: generate [--spec PATH] [--out DIR] [--check]

Generates a typed TypeScript client package from OpenAPI documents.

Options:
  --spec PATH   a spec file, or a folder of them (default: spec)
  --out DIR     the package folder to write (default: generated)
  --check       write nothing; exit 1 and name the files that differ if DIR is stale
  --help        show this help

Exit codes: 0 success, 1 invalid spec or stale output, 2 usage error.

Usage: diff <base> <revision> [--format text|markdown|json] [--fail-on breaking|warning|never] [--today YYYY-MM-DD]

Compares two API descriptions (each a spec file, or a folder of them) and reports what changed for a
client, breaking changes first. Different major versions are matched ignoring the version prefix.

Options:
  --format F    text (default), markdown (a changelog section) or json
  --fail-on L   exit 1 when a change at level L or above exists: breaking (default), warning, never
  --today DATE  judge x-sunset dates as of DATE (default: today)

Exit codes: 0 nothing at or above --fail-on, 1 something is, 2 usage error or bad input.`;

export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    process.stdout.write(`${usage}\n`);
    return command === undefined ? 2 : 0;
  }
  if (command === "diff") return diffCommand(rest);
  if (command !== "generate") {
    process.stderr.write(`unknown command "${command}"\n\n${usage}\n`);
    return 2;
  }
  // Loaded here so that `diff` does not pay for ts-morph and prettier.
  const { generate, hasDrift } = await import("./pipeline.ts");
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

const formats = ["text", "markdown", "json"] as const;
const failLevels: readonly FailOn[] = ["breaking", "warning", "never"];

function diffCommand(args: readonly string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: {
        format: { type: "string", default: "text" },
        "fail-on": { type: "string", default: "breaking" },
        today: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${usage}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const format = formats.find((name) => name === values.format);
  const failOn = failLevels.find((level) => level === values["fail-on"]);
  const [base, revision] = positionals;
  const problems = [
    positionals.length === 2 ? "" : `diff needs exactly two inputs, <base> and <revision> (got ${positionals.length})`,
    format ? "" : `--format must be one of ${formats.join(", ")}`,
    failOn ? "" : `--fail-on must be one of ${failLevels.join(", ")}`,
    values.today === undefined || /^\d{4}-\d{2}-\d{2}$/.test(values.today) ? "" : "--today must be a date such as 2026-01-22",
  ].filter((problem) => problem !== "");
  if (problems.length > 0 || base === undefined || revision === undefined || !format || !failOn) {
    process.stderr.write(`${problems.join("\n")}\n\n${usage}\n`);
    return 2;
  }
  const result = diffSpecs({ base, revision, ...(values.today !== undefined ? { today: values.today } : {}) });
  for (const diagnostic of sortDiagnostics(result.diagnostics)) process.stderr.write(`${formatDiagnostic(diagnostic)}\n`);
  if (!result.report) {
    const count = result.diagnostics.filter((diagnostic) => diagnostic.severity === "error").length;
    process.stderr.write(`\n${count} error${count === 1 ? "" : "s"}; nothing was compared.\n`);
    return 2;
  }
  const color = process.stdout.isTTY === true && process.env.NO_COLOR === undefined;
  const rendered = format === "json" ? renderJson(result.report) : format === "markdown" ? renderMarkdown(result.report) : renderText(result.report, { color });
  process.stdout.write(rendered);
  return exceedsThreshold(result.report, failOn) ? 1 : 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // Bad input is reported as diagnostics; anything thrown is a bug here, and the output was not written.
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`internal error (a bug in the generator, please report it); nothing was written:\n${detail}\n`);
  process.exitCode = 1;
}
