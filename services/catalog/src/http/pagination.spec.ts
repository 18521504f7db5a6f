import { parseInput } from '@mesh/platform';
import { page, pageQuery, pageRequest } from './pagination';

describe('pagination', () => {
  it('gives everything without a page token', () => {
    const request = pageRequest(parseInput(pageQuery, { pageSize: '2' }));
    expect(request).toEqual({ after: null, limit: null });
    expect(page(['a', 'b', 'c'], request)).toEqual({ items: ['a', 'b', 'c'], next: null });
  });

  it('pages from an empty token, and continues from the token of the last item', () => {
    const first = pageRequest(parseInput(pageQuery, { pageToken: '', pageSize: '2' }));
    expect(first).toEqual({ after: null, limit: 2 });
    const { items, next } = page(['a', 'b', 'c'], first);
    expect(items).toEqual(['a', 'b']);
    expect(pageRequest(parseInput(pageQuery, { pageToken: next!, pageSize: '2' }))).toEqual({ after: 'b', limit: 2 });
    expect(page(['c'], { after: 'b', limit: 2 })).toEqual({ items: ['c'], next: null });
  });

  it('refuses tokens it did not issue and bad sizes', () => {
    expect(() => pageRequest({ pageToken: '%%%' })).toThrow('invalid /pageToken');
    expect(() => parseInput(pageQuery, { pageSize: '0' })).toThrow('/pageSize');
  });
});
