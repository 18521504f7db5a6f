import { GraphQLError } from 'graphql';

/** `first` and `after` of a connection field, as the client sent them. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** Where a page starts in a service's own pagination: its cursor (or offset), and how many items to skip in it. */
export interface PagePosition {
  serviceCursor: string | undefined;
  skip: number;
  /** How many items the client wants. */
  first: number;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number | null;
}

/**
 * Every list of the API is a Relay connection over some service's cursor pagination. An edge's cursor is the
 * service's cursor of the page the edge is in plus the edge's index in that page (-1: before its first item), so
 * that paging from any edge works whatever the service's cursors look like; clients treat it as opaque.
 */
export function pagePosition(args: PageArgs, maxPageSize: number, defaultPageSize = 20): PagePosition {
  const first = args.first ?? defaultPageSize;
  if (!Number.isInteger(first) || first < 0 || first > maxPageSize) {
    throw new GraphQLError(`first must be between 0 and ${maxPageSize} (the maximum page size), not ${first}`, {
      extensions: { code: 'page_too_large', limit: maxPageSize, argument: 'first' },
    });
  }
  if (args.after === undefined || args.after === null) return { serviceCursor: undefined, skip: 0, first };
  const cursor = decodeCursor(args.after);
  return { serviceCursor: cursor.c ?? undefined, skip: cursor.i + 1, first };
}

/**
 * The connection of one fetched service page. `items` is the service page read at `position.serviceCursor`, asked
 * for `position.skip + position.first` items; `next` is the service's cursor after it.
 */
export function connectionOf<T>(
  items: readonly T[],
  position: PagePosition,
  next: string | null | undefined,
  totalCount: number | null,
): Connection<T> {
  const nodes = items.slice(position.skip, position.skip + position.first);
  const edges = nodes.map((node, index) => {
    const at = position.skip + index;
    // The last item of a service page points at the start of the next one, so paging never re-reads a page.
    const cursor =
      at === items.length - 1 && next !== null && next !== undefined
        ? { c: next, i: -1 }
        : { c: position.serviceCursor ?? null, i: at };
    return { cursor: encodeCursor(cursor), node };
  });
  const moreInPage = items.length > position.skip + position.first;
  return {
    edges,
    nodes,
    pageInfo: {
      hasNextPage: moreInPage || (next !== null && next !== undefined),
      hasPreviousPage: position.serviceCursor !== undefined || position.skip > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}

/** A connection over a list the gateway holds whole (a product's versions, the policies). */
export function connectionOfList<T>(items: readonly T[], args: PageArgs, maxPageSize: number): Connection<T> {
  const position = pagePosition(args, maxPageSize);
  return connectionOf(items, position, null, items.length);
}

/** How many items to ask a service for, so that the page after the skipped ones is full. */
export function serviceLimit(position: PagePosition, serviceMax: number): number {
  return Math.min(serviceMax, Math.max(1, position.skip + position.first));
}

interface CursorContent {
  c: string | null;
  i: number;
}

function encodeCursor(content: CursorContent): string {
  return Buffer.from(JSON.stringify(content)).toString('base64url');
}

function decodeCursor(cursor: string): CursorContent {
  try {
    const content = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Partial<CursorContent>;
    const validServiceCursor = content.c === null || typeof content.c === 'string';
    if (validServiceCursor && Number.isInteger(content.i) && (content.i as number) >= -1) {
      return { c: content.c ?? null, i: content.i as number };
    }
  } catch {
    // reported below
  }
  throw new GraphQLError('after is not a cursor this API returned', {
    extensions: { code: 'invalid_cursor', argument: 'after' },
  });
}
