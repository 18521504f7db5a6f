/** One page of a Relay connection, as every list of the gateway comes. */
export interface Page<T> {
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** The gateway serves at most this many items a page. */
export const MAX_PAGE_SIZE = 100;

/** Up to `limit` items, page after page. */
export async function collectPages<T>(
  limit: number,
  fetchPage: (first: number, after: string | null) => Promise<Page<T>>,
): Promise<T[]> {
  const items: T[] = [];
  let after: string | null = null;
  while (items.length < limit) {
    const page: Page<T> = await fetchPage(Math.min(MAX_PAGE_SIZE, limit - items.length), after);
    items.push(...page.nodes);
    if (!page.pageInfo.hasNextPage || page.pageInfo.endCursor === null || page.nodes.length === 0) break;
    after = page.pageInfo.endCursor;
  }
  return items.slice(0, limit);
}

/** The GraphQL selection of a page's cursor fields. */
export const PAGE_INFO = 'pageInfo { hasNextPage endCursor }';
