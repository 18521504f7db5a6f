import { z } from 'zod';
import { CatalogError } from './catalog-error';

const DEFAULT_PAGE_SIZE = 100;
const MAX_PAGE_SIZE = 1000;

/**
 * The spec's pagination: without `pageToken` every result comes in one response; with one (an empty one starts),
 * at most `pageSize` results and the token of the next page, null on the last. Tokens are the last name of the page.
 */
export const pageQuery = z.object({
  pageToken: z.string().optional(),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).optional(),
});
export type PageQuery = z.infer<typeof pageQuery>;

export interface PageRequest {
  after: string | null;
  limit: number | null;
}

export function pageRequest(query: PageQuery): PageRequest {
  if (query.pageToken === undefined) return { after: null, limit: null };
  return {
    after: query.pageToken === '' ? null : decodeToken(query.pageToken),
    limit: query.pageSize ?? DEFAULT_PAGE_SIZE,
  };
}

/** The page of `names` (asked for with limit + 1) and the next page's token. */
export function page(names: readonly string[], request: PageRequest): { items: string[]; next: string | null } {
  if (request.limit === null || names.length <= request.limit) return { items: [...names], next: null };
  const items = names.slice(0, request.limit);
  return { items, next: Buffer.from(items[items.length - 1], 'utf8').toString('base64url') };
}

function decodeToken(token: string): string {
  const decoded = Buffer.from(token, 'base64url').toString('utf8');
  if (decoded === '' || Buffer.from(decoded, 'utf8').toString('base64url') !== token)
    throw new CatalogError('bad_request', 'invalid /pageToken: not a token this catalog issued');
  return decoded;
}
