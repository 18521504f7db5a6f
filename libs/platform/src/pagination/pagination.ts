import { z } from 'zod';

// The one pagination convention of the platform's own APIs (the Iceberg REST and Marquez-compatible routes keep
// their specifications'): `?limit=&cursor=`, answered with `{ items, nextCursor }`. A cursor is the sort key of
// the last item, opaque to clients (base64url JSON), so pages stay stable while rows are added and no page costs
// more than the first; `nextCursor` is null on the last page.

export interface Page<T> {
  items: T[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

export const MAX_PAGE_SIZE = 200;
const DEFAULT_PAGE_SIZE = 50;

/** A page size between 1 and `max`, `fallback` when absent. */
export function limitParameter(max = MAX_PAGE_SIZE, fallback = Math.min(DEFAULT_PAGE_SIZE, max)) {
  return z.coerce.number().int().min(1).max(max).default(fallback);
}

/**
 * The `cursor` query parameter, decoded and checked against `key`, the shape of the sort key it carries. Anything
 * this API did not make is reported at `/cursor` itself: a cursor is opaque, so a pointer into it would mean nothing
 * to the client (and nothing malformed ever reaches a database query).
 */
export function cursorParameter<K extends z.ZodTypeAny>(key: K) {
  return z
    .string()
    .transform((cursor, context): z.output<K> => {
      let decoded: unknown;
      try {
        decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
      } catch {
        decoded = undefined;
      }
      const parsed = key.safeParse(decoded);
      if (!parsed.success) {
        context.addIssue({ code: 'custom', message: 'is not a cursor this API returned' });
        return z.NEVER;
      }
      return parsed.data as z.output<K>;
    })
    .optional();
}

/** The `limit` and `cursor` query parameters; `key` validates the decoded sort key. */
export function pageQuery<K extends z.ZodTypeAny>(key: K, max = MAX_PAGE_SIZE) {
  return { limit: limitParameter(max), cursor: cursorParameter(key) };
}

/** The opaque cursor of a sort key. */
export function encodeCursor(key: unknown): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/**
 * The page of `rows`, which the repository was asked for with `limit + 1` so that an extra row tells whether
 * there is a next page.
 */
export function toPage<T>(rows: readonly T[], limit: number, keyOf: (row: T) => unknown): Page<T> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null };
}
