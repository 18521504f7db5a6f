import { z } from 'zod';

// Keyset pagination for the registry's list endpoints: `?limit=&cursor=`, answered with a page and the cursor of
// the next one. A cursor is the sort key of the last item, opaque to clients, so pages stay stable while rows
// are added, and no page costs more than the first.

export interface Page<T> {
  items: T[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

export const MAX_PAGE_SIZE = 200;
const DEFAULT_PAGE_SIZE = 50;

/** The `limit` and `cursor` query parameters; `key` validates the decoded sort key. */
export function pageQuery<K extends z.ZodTypeAny>(key: K) {
  return {
    limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
    cursor: z
      .string()
      .transform((cursor, context) => {
        try {
          return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
        } catch {
          context.addIssue({ code: 'custom', message: 'is not a cursor this API returned' });
          return z.NEVER;
        }
      })
      .pipe(key)
      .optional(),
  };
}

/**
 * The page of `rows`, which the repository was asked for with `limit + 1` so that an extra row tells whether
 * there is a next page.
 */
export function toPage<T>(rows: readonly T[], limit: number, keyOf: (row: T) => readonly string[]): Page<T> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor:
      rows.length > limit && last !== undefined
        ? Buffer.from(JSON.stringify(keyOf(last)), 'utf8').toString('base64url')
        : null,
  };
}
