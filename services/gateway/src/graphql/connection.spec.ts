import { connectionOf, connectionOfList, pagePosition, serviceLimit } from './connection';

const items = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => `item-${from + i}`);

describe('connections over service pages', () => {
  it('pages through a service from edge to edge, every item once', () => {
    // A service whose cursor is the offset of the next item, 3 items a page at most.
    const all = items(0, 7);
    const service = (cursor: string | undefined, limit: number) => {
      const offset = Number(cursor ?? 0);
      const end = Math.min(offset + Math.min(limit, 3), all.length);
      return { items: all.slice(offset, end), next: end < all.length ? String(end) : null };
    };
    const seen: string[] = [];
    let after: string | null = null;
    for (let round = 0; round < 10; round++) {
      const position = pagePosition({ first: 2, after }, 100);
      const page = service(position.serviceCursor, serviceLimit(position, 3));
      const connection = connectionOf(page.items, position, page.next, null);
      seen.push(...connection.nodes);
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toEqual(all);
  });

  it('starts the next service page after the last item of one', () => {
    const first = connectionOf(items(0, 3), pagePosition({ first: 3 }, 100), 'next-page', 10);
    const position = pagePosition({ first: 3, after: first.pageInfo.endCursor }, 100);
    expect(position).toEqual({ serviceCursor: 'next-page', skip: 0, first: 3 });
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(first.totalCount).toBe(10);
  });

  it('pages a whole list', () => {
    const list = items(0, 45);
    const first = connectionOfList(list, { first: 20 }, 100);
    const second = connectionOfList(list, { first: 20, after: first.pageInfo.endCursor }, 100);
    const third = connectionOfList(list, { first: 20, after: second.pageInfo.endCursor }, 100);
    expect([...first.nodes, ...second.nodes, ...third.nodes]).toEqual(list);
    expect(third.pageInfo.hasNextPage).toBe(false);
    expect(first.totalCount).toBe(45);
  });

  it('refuses a page over the maximum, naming the limit', () => {
    expect(() => pagePosition({ first: 101 }, 100)).toThrow('first must be between 0 and 100 (the maximum page size)');
    expect(() => pagePosition({ first: -1 }, 100)).toThrow(/maximum page size/);
  });

  it('refuses a cursor it did not make', () => {
    expect(() => pagePosition({ after: 'not-a-cursor' }, 100)).toThrow('after is not a cursor this API returned');
    const forged = Buffer.from(JSON.stringify({ c: 3, i: 'x' })).toString('base64url');
    expect(() => pagePosition({ after: forged }, 100)).toThrow(/not a cursor/);
  });
});
