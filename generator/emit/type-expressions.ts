// A tiny vocabulary for TypeScript type expressions, written through the emitters' CodeWriter.
// Each expression knows its precedence, so unions inside arrays or intersections get parentheses.
import { render, type CodeWriter } from "./code-writer.ts";
import type { Literal } from "../ir/model.ts";
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
  /** An inline object type `{ ... }`: its members and index signature. */
  readonly object?: ObjectType;
  write(writer: CodeWriter): void;
}

// Expressions never change once made, and layout asks for the text of the same ones many times.
const texts = new WeakMap<TypeExpression, string>();

/** The expression as text; its continuation lines are indented as if it started at column 0. */
export function typeText(expression: TypeExpression): string {
  let text = texts.get(expression);
  if (text === undefined) {
    text = render((writer) => expression.write(writer));
    texts.set(expression, text);
  }
  return text;
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
  const text = literal(value);
  return { precedence: "primary", write: (writer) => void writer.write(text) };
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
        // Prettier puts an intersection inside a union in parentheses too.
        wrapped(member, "intersection", writer);
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

export interface ObjectType {
  readonly members: readonly TypeMember[];
  readonly indexType?: TypeExpression;
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
    ...(members.length > 0 || indexType ? { object: { members, ...(indexType ? { indexType } : {}) } } : {}),
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
