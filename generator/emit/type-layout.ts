// Lays out the types of declarations (type aliases, interface members) as prettier lays them out, so
// the format stage can keep them as they are. Works in absolute columns: every text built here has
// its continuation lines indented as they will be in the file, and is made relative to the head's
// line at the end. Anything whose layout is not known here comes back undefined and keeps the
// printer's hanging indentation, which sends its statement through prettier (always right, only slower).
import { indentUnit } from "./code-writer.ts";
import { typeText, type ObjectType, type TypeExpression } from "./type-expressions.ts";
import { commentLine, printWidth } from "../render/prettier-layout.ts";

const step = indentUnit.length;

/**
 * The type of a declaration, `head` being what precedes it (`export type A =`, `name?:`) on a line
 * indented by `indent` columns, with its lines after the first indented relative to that line. A text
 * that starts with a line break tells the printer to break the line after the head.
 */
export function declaredTypeText(expression: TypeExpression, head: string, indent: number): string {
  const laidOut = afterHead(expression, head, indent, ";");
  if (laidOut !== undefined && linesFit(`${spaces(indent)}${head}${laidOut};`)) {
    const relative = laidOut.replace(new RegExp(`\\n {${indent}}`, "g"), "\n");
    return relative.startsWith(" ") ? relative.slice(1) : relative;
  }
  const flat = typeText(expression);
  return flat.includes("\n") ? flat.replace(/\n(?=[^\n])/g, `\n${indentUnit}`) : flat;
}

/** Whether every line but comments fits the print width (the layouts below assume they do). */
function linesFit(text: string): boolean {
  return text.split("\n").every((line) => line.length <= printWidth || commentLine.test(line));
}

function spaces(count: number): string {
  return " ".repeat(count);
}

/**
 * What follows `head` (on a line indented `indent`) up to `end`: a space and the type, or a line
 * break and the type on the lines below. Undefined where prettier's layout is not known here.
 */
function afterHead(expression: TypeExpression, head: string, indent: number, end: string): string | undefined {
  const flat = typeText(expression);
  const inner = indent + step;
  if (!flat.includes("\n")) {
    if (indent + head.length + 1 + flat.length + end.length <= printWidth) return ` ${flat}`;
    if (expression.members) {
      // A type alias moves `Name | null` to the next line like any union; a member keeps it long.
      const known = !nullHugs(expression.members) || (head.endsWith("=") && expression.members.every((member) => /^[A-Za-z_$][\w$]*$/.test(typeText(member))));
      return known ? unionLines(expression.members, flat, inner, end) : undefined;
    }
    const union = expression.element?.members;
    if (union && !nullHugs(union)) {
      const lines = unionLines(union, typeText(expression.element as TypeExpression), inner, "");
      if (lines !== undefined && indent + head.length + " (".length <= printWidth) return ` (${lines}\n${spaces(indent)})[]`;
      return undefined;
    }
    // A type alias moves a type that cannot break to the next line (a member's type stays long).
    if (head.endsWith("=") && expression.precedence === "primary" && !/[<(]/.test(flat)) return `\n${spaces(inner)}${flat}`;
    return undefined;
  }
  if (expression.object) return prefixed(" ", objectText(expression.object, indent));
  if (expression.members) return prefixed(" ", huggedUnion(expression.members, indent)) ?? prefixed("\n", brokenUnion(expression.members, inner, end));
  if (expression.parts) return prefixed(" ", intersectionText(expression.parts, indent, indent + head.length + 1, end));
  const element = expression.element;
  if (element?.object) return prefixed(" ", objectText(element.object, indent))?.concat("[]");
  if (element?.members) return prefixed(" (", huggedUnion(element.members, indent))?.concat(")[]");
  return undefined;
}

function prefixed(prefix: string, text: string | undefined): string | undefined {
  return text === undefined ? undefined : prefix + text;
}

/**
 * Whether prettier treats a union with `null` as a unit (keeping `Name | null` beside its key, taking
 * `(Name | null)[]` to the next line whole, breaking inside `Record<...> | null`): it does unless
 * every other member is a string or a keyword. Such unions are left to prettier.
 */
function nullHugs(members: readonly TypeExpression[]): boolean {
  const texts = members.map(typeText);
  return texts.includes("null") && !texts.every((text) => text === "null" || text.startsWith('"') || /^(?:string|number|boolean|unknown)$/.test(text));
}

/**
 * A union that does not fit after its head, on lines indented `inner`: on the next line when it fits
 * there (followed by `end`), else one member per line after a `|`. Undefined when a member does not fit.
 */
function unionLines(members: readonly TypeExpression[], flat: string, inner: number, end: string): string | undefined {
  if (inner + flat.length + end.length <= printWidth) return `\n${spaces(inner)}${flat}`;
  const lines = members.map((member) => `| ${typeText(member)}`);
  if (!lines.every((line) => !line.includes("\n") && inner + line.length + end.length <= printWidth)) return undefined;
  return lines.map((line) => `\n${spaces(inner)}${line}`).join("");
}

/**
 * An inline object with `null` beside it (prettier's "hug": `{ ... } | null` stays on the object's
 * lines), or undefined when the union is not one object and nulls.
 */
function huggedUnion(members: readonly TypeExpression[], indent: number): string | undefined {
  const object = members.filter((member) => member.object);
  if (object.length !== 1 || !members.every((member) => member.object || typeText(member) === "null")) return undefined;
  const text = objectText((object[0] as TypeExpression).object as ObjectType, indent);
  return text === undefined ? undefined : members.map((member) => (member.object ? text : "null")).join(" | ");
}

/**
 * A union that spans lines: one member per line after a `|` on lines indented `lineIndent`, each
 * member aligned two columns further in; intersections in parentheses.
 */
function brokenUnion(members: readonly TypeExpression[], lineIndent: number, end: string): string | undefined {
  const base = lineIndent + "| ".length;
  const lines: string[] = [];
  for (const [index, member] of members.entries()) {
    const text = unionMemberText(member, base);
    if (text === undefined) return undefined;
    const last = index === members.length - 1;
    if (!text.includes("\n") && base + text.length + (last ? end.length : 0) > printWidth) return undefined;
    lines.push(`${spaces(lineIndent)}| ${text}`);
  }
  return lines.join("\n");
}

function unionMemberText(member: TypeExpression, base: number): string | undefined {
  const flat = typeText(member);
  if (!flat.includes("\n")) return member.parts ? `(${flat})` : flat;
  if (member.object) return objectText(member.object, base);
  if (member.parts) return prefixed("(", intersectionText(member.parts, base, base + 1, ")"))?.concat(")");
  return undefined;
}

/**
 * An intersection whose group is broken (it holds an inline object), starting at `column` on a line
 * indented `indent` and followed by `end`: between two objects ` & `; between an object and anything
 * else ` & ` too, and from the third part on, the rest one level in; between two other parts a line
 * break, one level in. Unions among the parts go in parentheses, on one line if they fit there.
 */
function intersectionText(parts: readonly TypeExpression[], indent: number, column: number, end: string): string | undefined {
  const isObject = parts.map((part) => part.object !== undefined);
  let result = "";
  let wasIndented = false;
  for (const [index, part] of parts.entries()) {
    let level = indent;
    let separator = "";
    if (index > 0) {
      if (!isObject[index - 1] && !isObject[index]) {
        level = indent + step;
        separator = ` &\n${spaces(level)}`;
      } else if (isObject[index - 1] && isObject[index]) {
        if (wasIndented) level = indent + step;
        separator = " & ";
      } else {
        if (index > 1) {
          wasIndented = true;
          level = indent + step;
        }
        separator = " & ";
      }
    }
    result += separator;
    const lastLine = result.slice(result.lastIndexOf("\n") + 1);
    const startsAt = result.includes("\n") ? lastLine.length : column + result.length;
    // What must fit on the line after this part: the rest up to the next possible line break.
    const next = parts[index + 1];
    const following = next === undefined ? end : next.object ? " & {" : " &";
    const text = intersectionPartText(part, level, startsAt, following);
    if (text === undefined) return undefined;
    result += text;
  }
  return result;
}

function intersectionPartText(part: TypeExpression, level: number, startsAt: number, following: string): string | undefined {
  if (part.object) return objectText(part.object, level);
  const flat = typeText(part);
  if (!part.members) return flat.includes("\n") ? undefined : flat;
  const hugged = huggedUnion(part.members, level);
  if (hugged !== undefined) return `(${hugged})`;
  if (!flat.includes("\n") && startsAt + flat.length + 2 + following.length <= printWidth) return `(${flat})`;
  // Else the parentheses break first: the union on a line of its own if it fits there.
  if (!flat.includes("\n") && level + step + flat.length <= printWidth) return `(\n${spaces(level + step)}${flat}\n${spaces(level)})`;
  const lines = brokenUnion(part.members, level + step, "");
  return lines === undefined ? undefined : `(\n${lines}\n${spaces(level)})`;
}

/** An inline object, its members one level in from `indent`, the closing brace at `indent`. */
function objectText(object: ObjectType, indent: number): string | undefined {
  const inner = indent + step;
  const lines: string[] = ["{"];
  for (const member of object.members) {
    if (member.docLines.length > 0) {
      lines.push(`${spaces(inner)}/**`, ...member.docLines.map((line) => (line === "" ? `${spaces(inner)} *` : `${spaces(inner)} * ${line}`)), `${spaces(inner)} */`);
    }
    const head = `${member.key}${member.optional ? "?" : ""}:`;
    const type = afterHead(member.type, head, inner, ";");
    if (type === undefined) return undefined;
    lines.push(`${spaces(inner)}${head}${type};`);
  }
  if (object.indexType) {
    const head = "[key: string]:";
    const type = typeText(object.indexType);
    if (type.includes("\n") || inner + head.length + 1 + type.length + 1 > printWidth) return undefined;
    lines.push(`${spaces(inner)}${head} ${type};`);
  }
  lines.push(`${spaces(indent)}}`);
  return lines.join("\n");
}
