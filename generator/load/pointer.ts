// JSON pointers (RFC 6901) over plain JSON values.

const needsEscape = /[~/]/;

export function escapeToken(token: string): string {
  // Nearly every token is a plain name: pointers are built for every node of a big spec.
  if (!needsEscape.test(token)) return token;
  return token.replaceAll("~", "~0").replaceAll("/", "~1");
}

export function unescapeToken(token: string): string {
  return token.replaceAll("~1", "/").replaceAll("~0", "~");
}

export function appendPointer(pointer: string, ...tokens: readonly (string | number)[]): string {
  return tokens.reduce<string>((acc, token) => `${acc}/${escapeToken(String(token))}`, pointer);
}

export function pointerTokens(pointer: string): string[] {
  if (pointer === "") return [];
  if (!pointer.startsWith("/")) throw new Error(`not a JSON pointer: ${pointer}`);
  return pointer.slice(1).split("/").map(unescapeToken);
}

/** The value at `pointer`, or `undefined` when the pointer names nothing. */
export function resolvePointer(root: unknown, pointer: string): unknown {
  let node = root;
  for (const token of pointerTokens(pointer)) {
    if (Array.isArray(node)) {
      if (!/^(0|[1-9][0-9]*)$/.test(token)) return undefined;
      node = node[Number(token)];
    } else if (node !== null && typeof node === "object") {
      if (!Object.hasOwn(node, token)) return undefined;
      node = (node as Record<string, unknown>)[token];
    } else {
      return undefined;
    }
  }
  return node;
}
