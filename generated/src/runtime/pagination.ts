// Walking every page of a list operation (`pageNum`, `itemsPerPage`). Pages are fetched one at a time
// as the caller iterates, so memory stays constant however many pages there are.
import type { Client, RequestOptions } from "./client.js";
import type { OperationDescriptor } from "./operation.js";
import { isRecord } from "./validation.js";

/** The shape every Atlas list answer shares. */
export interface Page<Item> {
  readonly results: readonly Item[];
  readonly totalCount?: number;
}

interface PagingParameters {
  readonly pageNum?: number;
  readonly itemsPerPage?: number;
}

/**
 * Yields page after page, starting at `parameters.pageNum` (default 1), until a page comes back
 * empty or short, or `totalCount` says there is nothing more.
 */
export async function* pages<Result>(
  client: Client,
  operation: OperationDescriptor,
  parameters: object & PagingParameters,
  options?: RequestOptions,
  defaultItemsPerPage = 100,
): AsyncGenerator<Result, void, undefined> {
  const itemsPerPage = parameters.itemsPerPage ?? defaultItemsPerPage;
  for (let pageNum = parameters.pageNum ?? 1; ; pageNum++) {
    const page = await client.send(operation, { parameters: { ...parameters, pageNum, itemsPerPage }, options });
    if (!isRecord(page) || !Array.isArray(page.results)) {
      throw new TypeError(`${operation.operationId}: page ${pageNum} has no results list`);
    }
    yield page as unknown as Result;
    const seen = pageNum * itemsPerPage;
    const total = typeof page.totalCount === "number" ? page.totalCount : undefined;
    if (page.results.length < itemsPerPage || (total !== undefined && seen >= total)) return;
  }
}

/** Every result of every page, one at a time. */
export async function* pageItems<Item>(pageIterator: AsyncIterable<{ readonly results?: readonly Item[] }>): AsyncGenerator<Item, void, undefined> {
  for await (const page of pageIterator) yield* page.results ?? [];
}
