import { encodeCursor, parseInput } from '@mesh/platform';
import { searchQuery, suggestQuery } from './search.requests';

function pointers(input: Record<string, unknown>): string[] {
  try {
    parseInput(searchQuery, input, 'query');
    return [];
  } catch (error) {
    return ((error as { details: { pointer: string }[] }).details ?? []).map((detail) => detail.pointer).sort();
  }
}

describe('searchQuery', () => {
  it('takes single and repeated filters alike, and defaults the page size', () => {
    expect(searchQuery.parse({ tag: 'a', domain: ['sales', 'finance'] })).toEqual({
      tag: ['a'],
      domain: ['sales', 'finance'],
      limit: 20,
    });
  });

  it('names each malformed parameter by its pointer', () => {
    expect(pointers({ limit: '0', status: 'shipped' })).toEqual(['/limit', '/status']);
    expect(pointers({ limit: 'ten' })).toEqual(['/limit']);
    expect(pointers({ colour: 'red' })).toEqual(['/colour']);
    expect(pointers({ q: ' ' })).toEqual(['/q']);
    expect(pointers({ portType: 'parquet-file' })).toEqual(['/portType']);
    expect(pointers({ cursor: '%%%' })).toEqual(['/cursor']);
    expect(pointers({ sort: 'relevance' })).toEqual(['/sort']);
  });

  it('accepts its own cursors, for the sort they belong to only', () => {
    const cursor = encodeCursor({ sort: 'updated', after: [1700000000000, 'sales/orders'] });
    expect(searchQuery.parse({ sort: 'updated', cursor }).cursor).toEqual({
      sort: 'updated',
      after: [1700000000000, 'sales/orders'],
    });
    expect(pointers({ sort: 'name', cursor })).toEqual(['/cursor']);
    expect(pointers({ cursor: encodeCursor({ sort: 'name', after: [] } as never) })).toEqual(['/cursor']);
  });
});

describe('suggestQuery', () => {
  it('needs a prefix', () => {
    expect(() => parseInput(suggestQuery, {}, 'query')).toThrow(/\/prefix/);
    expect(suggestQuery.parse({ prefix: 'ord' })).toEqual({ prefix: 'ord', limit: 8 });
  });
});
