import type { Client, RequestOptions } from "./client.js";
import type { OperationDescriptor } from "./operation.js";
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
export declare function pages<Result>(client: Client, operation: OperationDescriptor, parameters: object & PagingParameters, options?: RequestOptions, defaultItemsPerPage?: number): AsyncGenerator<Result, void, undefined>;
/** Every result of every page, one at a time. */
export declare function pageItems<Item>(pageIterator: AsyncIterable<{
    readonly results?: readonly Item[];
}>): AsyncGenerator<Item, void, undefined>;
export {};
