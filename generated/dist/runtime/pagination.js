import { isRecord } from "./validation.js";
export async function* pages(client, operation, parameters, options, defaultItemsPerPage = 100) {
  const itemsPerPage = parameters.itemsPerPage ?? defaultItemsPerPage;
  for (let pageNum = parameters.pageNum ?? 1; ; pageNum++) {
    const page = await client.send(operation, { parameters: { ...parameters, pageNum, itemsPerPage }, options });
    if (!isRecord(page) || !Array.isArray(page.results)) {
      throw new TypeError(`${operation.operationId}: page ${pageNum} has no results list`);
    }
    yield page;
    const seen = pageNum * itemsPerPage;
    const total = typeof page.totalCount === "number" ? page.totalCount : void 0;
    if (page.results.length < itemsPerPage || total !== void 0 && seen >= total) return;
  }
}
export async function* pageItems(pageIterator) {
  for await (const page of pageIterator) yield* page.results ?? [];
}
