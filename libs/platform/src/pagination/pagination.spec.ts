import { parseInput } from '../errors/api-error';
import { z } from 'zod';
import { MAX_PAGE_SIZE, pageQuery, toPage } from './pagination';

const query = z.object(pageQuery(z.tuple([z.string(), z.string().regex(/^\d+$/)]))).strict();
const rows = [
  { name: 'a', id: '1' },
  { name: 'b', id: '2' },
  { name: 'c', id: '3' },
];
const keyOf = (row: { name: string; id: string }) => [row.name, row.id];

describe('pagination', () => {
  it('gives a cursor when the repository found more rows than the page holds, and none on the last page', () => {
    const first = toPage(rows, 2, keyOf);
    expect(first.items).toEqual(rows.slice(0, 2));
    expect(first.nextCursor).not.toBeNull();
    expect(toPage(rows, 3, keyOf)).toEqual({ items: rows, nextCursor: null });
    expect(toPage([], 3, keyOf)).toEqual({ items: [], nextCursor: null });
  });

  it('turns a cursor back into the key of the last item of its page', () => {
    const { nextCursor } = toPage(rows, 2, keyOf);
    expect(parseInput(query, { cursor: nextCursor })).toEqual({ limit: 50, cursor: ['b', '2'] });
  });

  it('reads the limit from the query string and bounds it', () => {
    expect(parseInput(query, { limit: '10' }).limit).toBe(10);
    for (const limit of ['0', String(MAX_PAGE_SIZE + 1), 'ten', '1.5']) {
      expect(() => parseInput(query, { limit })).toThrow(/\/limit/);
    }
  });

  it('refuses cursors it did not make, naming the parameter', () => {
    const made = (key: unknown) => Buffer.from(JSON.stringify(key)).toString('base64url');
    for (const cursor of ['%%%', made({ name: 'b' }), made(['b', 'x']), made(['b'])]) {
      expect(() => parseInput(query, { cursor })).toThrow(/\/cursor/);
    }
  });
});
