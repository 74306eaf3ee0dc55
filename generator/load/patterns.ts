// How a schema's `pattern` becomes a JavaScript regular expression. With the `u` flag where the
// pattern allows it (Unicode property escapes such as \p{L} need it); without it for patterns written
// for older engines (escapes such as \: are errors under `u`). Ajv is configured the same way in tests.

/** The flags to compile `pattern` with, or undefined when it compiles with neither. */
export function regExpFlags(pattern: string): "u" | "" | undefined {
  for (const flags of ["u", ""] as const) {
    try {
      new RegExp(pattern, flags);
      return flags;
    } catch {
      // try the next
    }
  }
  return undefined;
}
