// Part 5, size: minified and gzipped bytes of an esbuild bundle of a tiny entry that imports one
// request function and calls it, ours against openapi-fetch (and fetch alone, the floor). The entries
// are real files in bench/size/, type-checked with the rest of bench/.
//
//   npx tsx bench/size.ts
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { formatBytes, formatRatio, markdownTable, ratio } from "./lib/format.ts";
import { benchDir, repoRoot } from "./lib/paths.ts";
import { finishPart, partOptions, targetMet, type Target } from "./lib/report.ts";

const options = partOptions();

const entries = [
  { id: "ours-one-operation-subpath", label: "ours: `createBackupRestoreJob` from `atlas-restore-client/v2`, `createClient` from `/runtime`" },
  { id: "openapi-fetch-one-operation", label: "openapi-fetch: `createClient` + `client.POST`" },
  { id: "raw-fetch-one-operation", label: "fetch alone (the floor)" },
  { id: "ours-one-operation-with-retries", label: "ours: the same, from a client made with `retry: retries()`" },
  { id: "ours-one-operation", label: "ours: `v2.createBackupRestoreJob` through the root's `v2` namespace" },
  { id: "ours-one-guard", label: "ours: one guard, `v2.isCloudBackupRestoreJob`" },
  { id: "ours-everything", label: "ours: the whole package (`export *`)" },
] as const;

interface Size {
  readonly id: string;
  readonly label: string;
  readonly minified: number;
  readonly gzipped: number;
  /** Bytes each input contributes to the minified output, largest first. */
  readonly inputs: { path: string; bytes: number }[];
}

const sizes: Size[] = [];
for (const entry of entries) {
  const result = await build({
    entryPoints: [join(benchDir, "size", `${entry.id}.ts`)],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    metafile: true,
    legalComments: "none",
    logLevel: "silent",
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error(`esbuild wrote nothing for ${entry.id}`);
  const meta = Object.values(result.metafile.outputs)[0];
  const inputs = Object.entries(meta?.inputs ?? {})
    .map(([path, info]) => ({ path: relative(repoRoot, join(repoRoot, path)), bytes: info.bytesInOutput }))
    .filter((input) => input.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes);
  sizes.push({ id: entry.id, label: entry.label, minified: output.contents.length, gzipped: gzipSync(output.contents, { level: 9 }).length, inputs });
}

// The target's entry: one request function imported by name, which is what a bundle that calls one
// operation imports (the namespace entry imports the namespace, every guard with it; see the notes).
const ours = sizes.find((size) => size.id === "ours-one-operation-subpath");
const peer = sizes.find((size) => size.id === "openapi-fetch-one-operation");
const table = markdownTable(
  ["entry", "minified", "gzipped (level 9)", "ours ÷ this, gzipped", "modules in the bundle"],
  sizes.map((size) => [
    size.label,
    `${size.minified.toLocaleString("en-US")} B`,
    `${size.gzipped.toLocaleString("en-US")} B`,
    size === ours ? "1.00x" : formatRatio(ratio(ours?.gzipped, size.gzipped)),
    String(size.inputs.length),
  ]),
);

const targets: Target[] = ours
  ? [
      {
        name: "one operation's bundle ≤ 3 kB gzipped (3,000 bytes)",
        value: ours.gzipped,
        shown: `${ours.gzipped.toLocaleString("en-US")} B`,
        met: targetMet(ours.gzipped, (v) => v <= 3000),
        ...(peer ? { note: `openapi-fetch: ${peer.gzipped.toLocaleString("en-US")} B; ours ÷ openapi-fetch ${formatRatio(ours.gzipped / peer.gzipped)}` } : {}),
      },
    ]
  : [];

const namespaced = sizes.find((size) => size.id === "ours-one-operation");
const notes = [
  `esbuild ${(await import("esbuild")).version}: bundle, minify, ESM, platform browser, target es2022, legal comments dropped; gzip is node:zlib at level 9. Entries: bench/size/*.ts.`,
  "Retries and response validation are values passed to `createClient` (`retries()`, `responseValidation(...)`), so a client that uses neither carries neither; the with-retries entry shows what opting in adds.",
  "The root's `v1` and `v2` are namespaces (`export * as v2`), and esbuild keeps a namespace object that is used as a value whole, every guard included; importing the function by name from the subpath, or `import * as v2 from \"atlas-restore-client/v2\"`, leaves the rest out.",
  ...(ours ? [`What the target's bundle is made of (minified bytes): ${ours.inputs.map((input) => `${input.path.replace(/^generated\//, "")} ${formatBytes(input.bytes)}`).join(", ")}.`] : []),
  ...(namespaced ? [`What the namespace entry adds: ${namespaced.inputs.filter((input) => !ours?.inputs.some((kept) => kept.path === input.path)).map((input) => `${input.path.replace(/^generated\//, "")} ${formatBytes(input.bytes)}`).join(", ")}.`] : []),
];

finishPart(
  {
    part: "size",
    title: "5. Size: one operation in a bundle",
    method: "Each entry imports one thing and calls it; esbuild bundles and minifies it with tree shaking, and the output is gzipped.",
    markdown: table,
    data: { sizes },
    targets,
    notes,
  },
  options,
);
