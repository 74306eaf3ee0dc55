// Resolves `$ref` strings (local `#/...` or into another file `common.yaml#/...`) across a spec set.
import { dirname, resolve } from "node:path";
import type { SpecSet } from "./spec-set.ts";
import { resolvePointer } from "./pointer.ts";
import type { SourceDocument } from "./source-document.ts";

export interface Location {
  readonly document: SourceDocument;
  readonly pointer: string;
}

export interface ResolvedRef extends Location {
  readonly node: unknown;
}

export function resolveRef(specSet: SpecSet, from: SourceDocument, ref: string): ResolvedRef | undefined {
  const hash = ref.indexOf("#");
  const filePart = hash === -1 ? ref : ref.slice(0, hash);
  const fragment = hash === -1 ? "" : decodeURIComponent(ref.slice(hash + 1));
  const document = filePart === "" ? from : specSet.documents.get(resolve(dirname(from.path), filePart));
  if (!document) return undefined;
  if (fragment !== "" && !fragment.startsWith("/")) return undefined;
  const node = resolvePointer(document.root, fragment);
  return node === undefined ? undefined : { document, pointer: fragment, node };
}

export function isRefObject(node: unknown): node is { $ref: string } {
  return node !== null && typeof node === "object" && typeof (node as { $ref?: unknown }).$ref === "string";
}

/** Follows a chain of `$ref`s to the first node that is not one. Stops (undefined) on a dangling or cyclic chain. */
export function derefChain(specSet: SpecSet, start: Location, node: unknown): ResolvedRef | undefined {
  let current: ResolvedRef = { ...start, node };
  const seen = new Set<string>();
  while (isRefObject(current.node)) {
    const key = `${current.document.path}#${current.pointer}`;
    if (seen.has(key)) return undefined;
    seen.add(key);
    const next = resolveRef(specSet, current.document, current.node.$ref);
    if (!next) return undefined;
    current = next;
  }
  return current;
}

export function locationKey(location: Location): string {
  return `${location.document.path}#${location.pointer}`;
}
