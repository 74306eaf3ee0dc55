// Object and array literals (the operation descriptors, the value sets of the guards) written in the
// layout prettier gives them, so formatting has nothing left to do for them: on one line when they
// fit, otherwise one member per line with a trailing comma, members that fit kept on one line, lists
// of numbers packed into lines. Where prettier would do something this does not model, it gives up,
// and the caller writes the literal on one line for prettier to lay out.
import { printWidth } from "../render/prettier-layout.ts";
import { indentUnit } from "./code-writer.ts";

/** Code for a value: a literal or name already written as text, an object, or an array. */
export type LiteralTree = string | LiteralObject | LiteralArray;

export interface LiteralObject {
  readonly kind: "object";
  /** Keys already written as property keys, values as trees. */
  readonly members: readonly (readonly [key: string, value: LiteralTree])[];
}

export interface LiteralArray {
  readonly kind: "array";
  readonly items: readonly LiteralTree[];
}

export const objectLiteral = (members: LiteralObject["members"]): LiteralObject => ({ kind: "object", members });
export const arrayLiteral = (items: readonly LiteralTree[]): LiteralArray => ({ kind: "array", items });


/** The literal on one line. */
export function flatLiteral(tree: LiteralTree): string {
  if (typeof tree === "string") return tree;
  if (tree.kind === "array") return `[${tree.items.map(flatLiteral).join(", ")}]`;
  return tree.members.length === 0 ? "{}" : `{ ${tree.members.map(([key, value]) => `${key}: ${flatLiteral(value)}`).join(", ")} }`;
}

/**
 * `start`, the literal, then `end` (e.g. `export const a: T = ` and `;`), laid out as prettier does
 * at the top level of a file; undefined where this is not sure of prettier's layout.
 */
export function layOutStatement(start: string, tree: LiteralTree, end: string): string | undefined {
  const lines = layOut(tree, 0, start.length, end);
  if (lines === undefined) return undefined;
  return [`${start}${lines[0]}`, ...lines.slice(1)].join("\n") + end;
}

/**
 * The literal's lines when it starts at column `start` of a line indented to `indent`, with `end`
 * written right after it: the first line as it continues that line, the others with their indentation
 * relative to `indent`.
 */
function layOut(tree: LiteralTree, indent: number, start: number, end: string): string[] | undefined {
  const flat = flatLiteral(tree);
  if (start + flat.length + end.length <= printWidth && !containsForcedBreak(tree)) return [flat];
  if (typeof tree === "string") return undefined;
  if (start > printWidth - 1) return undefined;
  const inner = indent + indentUnit.length;
  if (tree.kind === "array" && tree.items.length > 0 && tree.items.every((item) => typeof item === "string" && /^-?[0-9]/.test(item))) {
    return ["[", ...filledLines(tree.items as readonly string[], inner).map((line) => `${indentUnit}${line}`), "]"];
  }
  const entries: string[] = [];
  const entryTrees: readonly (readonly [prefix: string, value: LiteralTree])[] =
    tree.kind === "array" ? tree.items.map((item) => ["", item] as const) : tree.members.map(([key, value]) => [`${key}: `, value] as const);
  for (const [prefix, value] of entryTrees) {
    const lines = isAtom(value) ? atomEntry(prefix, value, inner) : prefixed(prefix, layOut(value, inner, inner + prefix.length, ","));
    if (lines === undefined) return undefined;
    entries.push(...lines.map((line) => `${indentUnit}${line}`));
    entries[entries.length - 1] += ",";
  }
  const [open, close] = tree.kind === "array" ? ["[", "]"] : ["{", "}"];
  return [open, ...entries, close];
}

/**
 * A list of numbers as prettier fills lines with it, on lines indented `indent`: the next number goes
 * on the same line when it fits there with its comma, else on a new line.
 */
function filledLines(numbers: readonly string[], indent: number): string[] {
  const lines: string[] = [];
  let line = "";
  numbers.forEach((number, index) => {
    line += `${number},`;
    const next = numbers[index + 1];
    if (next === undefined) return;
    // The next number with its comma (the trailing one after the last counts too).
    const nextWidth = next.length + ",".length;
    // Measured from where this number starts, as prettier's fill measures a pair of items.
    const startsAt = indent + line.length - number.length - 1;
    if (startsAt + number.length + 1 + " ".length + nextWidth <= printWidth) {
      line += " ";
    } else {
      lines.push(line);
      line = "";
    }
  });
  lines.push(line);
  return lines;
}

/** Text that cannot break: a string literal, a name, a number, `true`, `false` or `null`. */
function isAtom(tree: LiteralTree): tree is string {
  return typeof tree === "string" && /^(?:["']|[A-Za-z_$][\w$]*$|-?[0-9])/.test(tree);
}

/** Prettier never moves these to the line after their key (it does move `null` and `-1`). */
function staysBesideKey(value: string): boolean {
  return /^(?:true|false|[0-9][\w.]*)$/.test(value);
}

// Prettier keeps a value beside a key shorter than this (its tab width plus 3), however long the value.
const shortKeyWidth = 5;

/**
 * Text that cannot break, as a list item or a member value: beside its key when it fits, the key is
 * short or the value is a number or boolean, else on the next line, one level in; a list item stays
 * on its line however long.
 */
function atomEntry(prefix: string, value: string, indent: number): string[] {
  const key = prefix.slice(0, -": ".length);
  if (prefix === "" || indent + prefix.length + value.length + ",".length <= printWidth || key.length < shortKeyWidth || staysBesideKey(value)) {
    return [`${prefix}${value}`];
  }
  return [`${key}:`, `${indentUnit}${value}`];
}

function prefixed(prefix: string, lines: string[] | undefined): string[] | undefined {
  return lines === undefined ? undefined : [`${prefix}${lines[0]}`, ...lines.slice(1)];
}

/**
 * Prettier always breaks a list of two or more objects (or lists) of more than one member each, and
 * with it every literal around it.
 */
function containsForcedBreak(tree: LiteralTree): boolean {
  if (typeof tree === "string") return false;
  if (tree.kind === "object") return tree.members.some(([, value]) => containsForcedBreak(value));
  const first = tree.items[0];
  const forced =
    tree.items.length > 1 &&
    typeof first !== "string" &&
    tree.items.every((item) => typeof item !== "string" && item.kind === first?.kind && (item.kind === "object" ? item.members.length : item.items.length) > 1);
  return forced || tree.items.some(containsForcedBreak);
}

/**
 * The initializer of `declaration = prefix literal suffix;` (a top-level statement), in prettier's
 * layout; on one line where this is not sure of it, for prettier to lay out.
 */
export function initializerText(declaration: string, prefix: string, tree: LiteralTree, suffix = ""): string {
  const head = `${declaration} = `;
  const laidOut = layOutStatement(`${head}${prefix}`, tree, `${suffix};`);
  return laidOut === undefined ? `${prefix}${flatLiteral(tree)}${suffix}` : laidOut.slice(head.length, -1);
}

/**
 * The initializer of `declaration = callee(args);` (a top-level statement; arguments that cannot
 * break, such as strings): on one line when it fits, else one argument per line, as prettier breaks it.
 */
export function callInitializerText(declaration: string, callee: string, args: readonly string[]): string {
  const flat = `${callee}(${args.join(", ")})`;
  if (`${declaration} = ${flat};`.length <= printWidth) return flat;
  return [`${callee}(`, ...args.map((arg) => `${indentUnit}${arg},`), ")"].join("\n");
}
