// Each pipeline stage on its own: positions from the loader, names from the planner, and the one
// module that turns spec text into code.
import { describe, expect, it } from "vitest";
import { childPath, docText, literal, propertyKey, stringLiteral } from "../../generator/emit/code.ts";
import { wrapText } from "../../generator/emit/docs.ts";
import { parseSourceDocument } from "../../generator/load/source-document.ts";
import { isBindingIdentifier, typeIdentifier, valueIdentifier } from "../../generator/plan/identifiers.ts";
import { moduleNameFor } from "../../generator/plan/plan.ts";

describe("load: source positions", () => {
  const text = ["openapi: 3.1.0", "paths:", "  /a~b/{id}:", "    get:", "      operationId: getA", "list:", "  - first", "  - second: 2", ""].join("\n");
  const parsed = parseSourceDocument("/x/api.yaml", "api.yaml", text);
  if (!parsed.ok) throw new Error("fixture must parse");

  it.each([
    ["", 1, 1],
    ["/openapi", 1, 1],
    ["/paths", 2, 1],
    ["/paths/~1a~0b~1{id}", 3, 3],
    ["/paths/~1a~0b~1{id}/get/operationId", 5, 7],
    ["/list/1", 8, 5],
    ["/list/1/second", 8, 5],
  ])("%s is at %i:%i", (pointer, line, column) => {
    expect(parsed.document.locate(pointer)).toEqual({ line, column });
  });

  it("says nothing for a pointer that names nothing", () => {
    expect(parsed.document.locate("/paths/missing")).toBeUndefined();
  });

  it("reports YAML syntax errors with their position", () => {
    const broken = parseSourceDocument("/x/bad.yaml", "bad.yaml", "a: 1\nb: [1, 2\nc: 3\n");
    expect(broken.ok).toBe(false);
    expect(broken.diagnostics[0]).toMatchObject({ code: "yaml-syntax", file: "bad.yaml", position: { line: 3 } });
  });
});

describe("plan: names", () => {
  it.each([
    ["DiskBackupSnapshotRestoreJob", "DiskBackupSnapshotRestoreJob"],
    ["cloud_backup-job", "CloudBackupJob"],
    ["class", "Class"],
    ["0limit", "_0limit"],
    ["GROUP-ID", "GroupId"],
  ])("type name for %s is %s", (name, expected) => {
    expect(typeIdentifier(name)).toBe(expected);
  });

  it.each([
    ["createBackupRestoreJob", "createBackupRestoreJob"],
    ["get-thing", "getThing"],
    ["GROUP-ID", "groupId"],
    ["delete", "delete_"],
    ["await", "await_"],
  ])("value name for %s is %s", (name, expected) => {
    expect(valueIdentifier(name)).toBe(expected);
    expect(isBindingIdentifier(valueIdentifier(name))).toBe(true);
  });

  it.each([
    ["1.0", "v1"],
    ["2.0", "v2"],
    ["v3", "v3"],
    ["beta", "v_beta"],
  ])("module for version %s is %s", (version, expected) => {
    expect(moduleNameFor(version)).toBe(expected);
  });
});

describe("emit: spec text becomes code only through code.ts", () => {
  const hostile = ['a"b', "c'd", "e\\f", "line\u2028break", "para\u2029graph", "*/ x /*", "${inject}", "`tick`", "\u0000nul"];

  it.each(hostile)("string literal of %j evaluates back to the same text", (text) => {
    expect(new Function(`return ${stringLiteral(text)};`)()).toBe(text);
    expect(stringLiteral(text)).not.toMatch(/[\u2028\u2029]/);
  });

  it.each([
    ["deliveryType", "deliveryType"],
    ["content-type", '"content-type"'],
    ["0limit", '"0limit"'],
    ["class", "class"],
    ["", '""'],
  ])("property key for %j is %s", (name, expected) => {
    expect(propertyKey(name)).toBe(expected);
  });

  it("writes literals of every JSON scalar", () => {
    expect([literal(null), literal(true), literal(-0), literal(1.5), literal("x")]).toEqual(["null", "true", "0", "1.5", '"x"']);
  });

  it("escapes JSON pointer tokens in child paths", () => {
    expect(new Function("path", `return ${childPath("path", "a/b~c")};`)("")).toBe("/a~1b~0c");
  });

  it("neutralises comment terminators, comment openers and line-leading tags in docs", () => {
    const text = docText("ends */ here\n@deprecated not a tag\nopens /* there");
    expect(text).not.toContain("*/");
    expect(text).not.toContain("/*");
    expect(text.split("\n")[1]).toBe("\\@deprecated not a tag");
  });

  it("wraps long prose on spaces and leaves lists alone", () => {
    const long = "word ".repeat(40).trim();
    expect(wrapText(long).split("\n").every((line) => line.length <= 96)).toBe(true);
    expect(wrapText(`- ${long}`)).toBe(`- ${long}`);
  });
});
