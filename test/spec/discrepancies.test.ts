// Keeps the x-doc-discrepancy notes in the spec and the register in spec/README.md in step, and
// checks that every note says where it comes from, what the page says, what we chose, and why.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SpecSchemas, sharedDir, specDir, type Json } from "../support/spec.ts";

interface Note {
  file: string;
  pointer: string;
  entry: Record<string, Json>;
}

function collectNotes(file: string, node: Json, pointer: string, notes: Note[]): void {
  if (Array.isArray(node)) {
    node.forEach((child, index) => collectNotes(file, child, `${pointer}/${index}`, notes));
    return;
  }
  if (node === null || typeof node !== "object") return;
  for (const [key, child] of Object.entries(node)) {
    if (key === "x-doc-discrepancy") {
      expect(Array.isArray(child), `${file}#${pointer} x-doc-discrepancy is a list`).toBe(true);
      for (const entry of child as Record<string, Json>[]) notes.push({ file, pointer, entry });
      continue;
    }
    collectNotes(file, child, `${pointer}/${key}`, notes);
  }
}

const spec = new SpecSchemas();
const notes: Note[] = [];
for (const [file, document] of spec.documents) collectNotes(file, document, "", notes);
const register = readFileSync(join(specDir, "README.md"), "utf8");
const registeredIds = [...register.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((match) => match[1]);

const docPages = [
  "v1.0-get-one-cloud-backup-restore-job.txt",
  "v1.0-get-all-cloud-backup-restore-jobs.txt",
  "v1.0-create-one-legacy-backup-restore-job.txt",
  "v2-get-one-tenant-restore-job-deprecated.txt",
  "v2-create-cloud-backup-restore-job.txt",
];
const referenceDocument = "../reference/atlas-admin-api-v2-2026-08-21.yaml";

describe("x-doc-discrepancy notes", () => {
  it("exist, with unique ids", () => {
    expect(notes.length).toBeGreaterThanOrEqual(30);
    const ids = notes.map((note) => note.entry.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(notes.map((note) => [String(note.entry.id), note] as const))("%s is complete", (_, note) => {
    expect(note.entry.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    for (const field of ["source", "docs", "choice", "reason"]) {
      expect(typeof note.entry[field], `${note.file}#${note.pointer} ${field}`).toBe("string");
      expect(String(note.entry[field]).length).toBeGreaterThan(8);
    }
    expect([...docPages, referenceDocument]).toContain(note.entry.source);
  });

  it("name sources that exist beside the project", () => {
    // ../shared sits beside the clone in CI and on developer machines; say so plainly if it is absent.
    expect(existsSync(sharedDir), `${sharedDir} (the documentation pages) is missing`).toBe(true);
    for (const source of new Set(notes.map((note) => String(note.entry.source)))) {
      expect(existsSync(join(sharedDir, "docs", source)), source).toBe(true);
    }
  });

  it("are all listed in spec/README.md, and the register lists nothing else", () => {
    expect([...registeredIds].sort()).toEqual(notes.map((note) => String(note.entry.id)).sort());
  });
});
