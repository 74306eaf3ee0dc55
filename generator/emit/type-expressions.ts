// A tiny vocabulary for TypeScript type expressions, written through the emitters' CodeWriter.
// Each expression knows its precedence, so unions inside arrays or intersections get parentheses.
import { indentUnit, render, type CodeWriter } from "./code-writer.ts";
import type { Literal } from "../ir/model.ts";
import { printWidth } from "../render/prettier-layout.ts";
import { literal } from "./code.ts";

export type Precedence = "union" | "intersection" | "primary";

export interface TypeExpression {
  readonly precedence: Precedence;
  /** A union's members, so a union inside a union joins it instead of nesting in parentheses. */
  readonly members?: readonly TypeExpression[];
  /** An array's element type. */
  readonly element?: TypeExpression;
  /** An intersection's parts. */
  readonly parts?: readonly TypeExpression[];
  /** Whether this is an inline object type `{ ... }`. */
  readonly inlineObject?: true;
  write(writer: CodeWriter): void;
}

/** The expression as text; its continuation lines are indented as if it started at column 0. */
export function typeText(expression: TypeExpression): string {
  return render((writer) => expression.write(writer));
}

/**
 * The type of a declaration, `head` being what precedes it (`export type A =`, `name?:`) on a line
 * indented by `indent` columns, with its lines after the first indented relative to that line. Laid
 * out as prettier lays out what does not fit, where that is known here: a union on the next line or
 * one member per line after a `|` (an array of one in parentheses), an inline object of one-line
 * members. A text that starts with a line break tells the printer to break the line after the head.
 * Anything else keeps ts-morph's hanging indentation, which sends its statement through prettier.
 */
export function declaredTypeText(expression: TypeExpression, head: string, indent: number): string {
  const flat = typeText(expression);
  const inner = indent + indentUnit.length;
  if (!flat.includes("\n")) {
    if (indent + head.length + 1 + flat.length + 1 <= printWidth) return flat;
    if (expression.members) return unionLines(expression.members, flat, inner, ";") ?? flat;
    const union = expression.element?.members;
    // Prettier treats an array of `X | null` differently again (breaking after the head); left to it.
    if (union && !union.some((member) => typeText(member) === "null")) {
      const element = typeText(expression.element as TypeExpression);
      const lines = unionLines(union, element, inner, "");
      if (lines !== undefined && indent + head.length + " (".length <= printWidth) return `(${lines}\n)[]`;
    }
    return flat;
  }
  if (expression.inlineObject && objectInLayout(flat)) return flat;
  const intersection = expression.parts && intersectionLayout(expression.parts);
  if (intersection !== undefined) return intersection;
  return flat.replace(/\n(?=[^\n])/g, `\n${indentUnit}`);
}

/** An inline object whose members (and their doc comments) take one line each: prettier's layout. */
function objectInLayout(text: string): boolean {
  return text.split("\n").every((line) => /^ {2}(?:\S| \*)/.test(line) || line === "{" || line === "}");
}

/**
 * An intersection with inline objects, as prettier lays it out once an object spans lines: between
 * two objects ` & `; between an object and anything else ` & ` too, and from the third part on, the
 * rest one level in; between two other parts a line break, one level in. Undefined for parts it
 * does not know to be in layout.
 */
function intersectionLayout(parts: readonly TypeExpression[]): string | undefined {
  const texts = parts.map((part) => (part.precedence === "union" ? `(${typeText(part)})` : typeText(part)));
  const objects = parts.map((part, index) => part.inlineObject === true && objectInLayout(texts[index] as string));
  if (!objects.some(Boolean) || texts.some((text, index) => !objects[index] && text.includes("\n"))) return undefined;
  const indented = (text: string): string => text.replace(/\n(?=[^\n])/g, `\n${indentUnit}`);
  let result = texts[0] as string;
  let wasIndented = false;
  for (let index = 1; index < texts.length; index++) {
    const text = texts[index] as string;
    if (!objects[index - 1] && !objects[index]) {
      result += ` &\n${indentUnit}${text}`;
    } else if (objects[index - 1] && objects[index]) {
      result += ` & ${wasIndented ? indented(text) : text}`;
    } else {
      if (index > 1) wasIndented = true;
      result += ` & ${index > 1 ? indented(text) : text}`;
    }
  }
  return result;
}

/**
 * A union that does not fit after its head, one level in: on the next line when it fits there
 * (followed by `end`), else one member per line after a `|`. Undefined when a member does not fit.
 */
function unionLines(members: readonly TypeExpression[], flat: string, inner: number, end: string): string | undefined {
  if (inner + flat.length + end.length <= printWidth) return `\n${indentUnit}${flat}`;
  const lines = members.map((member) => `| ${typeText(member)}`);
  if (!lines.every((line) => !line.includes("\n") && inner + line.length + end.length <= printWidth)) return undefined;
  return lines.map((line) => `\n${indentUnit}${line}`).join("");
}


const rank: Record<Precedence, number> = { union: 0, intersection: 1, primary: 2 };

function wrapped(expression: TypeExpression, below: Precedence, writer: CodeWriter): void {
  if (rank[expression.precedence] <= rank[below]) {
    writer.write("(");
    expression.write(writer);
    writer.write(")");
  } else {
    expression.write(writer);
  }
}

/** A keyword or a planned type name (never spec text). */
export function tsName(name: string): TypeExpression {
  return { precedence: "primary", write: (writer) => void writer.write(name) };
}

export function tsLiteral(value: Literal): TypeExpression {
  return { precedence: "primary", write: (writer) => void writer.write(literal(value)) };
}

/** A flat union without repeated members; a union of one is that one member. */
export function tsUnion(given: readonly TypeExpression[]): TypeExpression {
  const seen = new Set<string>();
  const members = given.flatMap((member) => member.members ?? [member]).filter((member) => {
    const text = typeText(member);
    if (seen.has(text)) return false;
    seen.add(text);
    return true;
  });
  if (members.length === 1) return members[0] as TypeExpression;
  if (members.length === 0) return tsName("never");
  return {
    precedence: "union",
    members,
    write(writer) {
      members.forEach((member, index) => {
        if (index > 0) writer.write(" | ");
        wrapped(member, "union", writer);
      });
    },
  };
}

export function tsIntersection(members: readonly TypeExpression[]): TypeExpression {
  if (members.length === 1) return members[0] as TypeExpression;
  if (members.length === 0) return tsName("unknown");
  return {
    precedence: "intersection",
    parts: members,
    write(writer) {
      members.forEach((member, index) => {
        if (index > 0) writer.write(" & ");
        wrapped(member, "intersection", writer);
      });
    },
  };
}

export function tsArray(items: TypeExpression): TypeExpression {
  return {
    precedence: "primary",
    element: items,
    write(writer) {
      wrapped(items, "intersection", writer);
      writer.write("[]");
    },
  };
}

export interface TypeMember {
  /** Already passed through `propertyKey`. */
  readonly key: string;
  readonly type: TypeExpression;
  readonly optional: boolean;
  /** Already passed through `docText`; one entry per line of the comment. */
  readonly docLines: readonly string[];
}

/** An inline object type `{ key: T; other?: U; [key: string]: V }`. */
export function tsObject(members: readonly TypeMember[], indexType?: TypeExpression): TypeExpression {
  return {
    precedence: "primary",
    ...(members.length > 0 || indexType ? { inlineObject: true as const } : {}),
    write(writer) {
      if (members.length === 0 && !indexType) {
        writer.write("Record<string, unknown>");
        return;
      }
      writer.write("{").newLine();
      writer.indent(() => {
        for (const member of members) {
          writeDocLines(writer, member.docLines);
          writer.write(`${member.key}${member.optional ? "?" : ""}: `);
          member.type.write(writer);
          writer.write(";").newLine();
        }
        if (indexType) {
          writer.write("[key: string]: ");
          indexType.write(writer);
          writer.write(";").newLine();
        }
      });
      writer.write("}");
    },
  };
}

function writeDocLines(writer: CodeWriter, lines: readonly string[]): void {
  if (lines.length === 0) return;
  writer.write("/**").newLine();
  for (const line of lines) writer.write(line === "" ? " *" : ` * ${line}`).newLine();
  writer.write(" */").newLine();
}
