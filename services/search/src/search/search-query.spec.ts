import { searchQuery } from './search.requests';
import { facetsBody, hitsBody, PUBLIC_TEXT_FIELDS, searchRequests } from './search-query';

const admin = { all: true, principal: 'admin', domains: [] };
const consumer = { all: false, principal: 'p-1', domains: ['finance'] };

describe('the search request', () => {
  it('matches all words over the boosted fields, sorted by relevance, with highlights', () => {
    const body = hitsBody(searchQuery.parse({ q: 'customer orders' }), admin);
    expect(body.query).toEqual({
      bool: {
        must: [{ multi_match: expect.objectContaining({ query: 'customer orders', operator: 'and' }) }],
        filter: [],
      },
    });
    expect(JSON.stringify(body.query)).toContain('name^4');
    expect(body.sort).toEqual([{ _score: 'desc' }, { key: 'asc' }]);
    expect(body.highlight).toBeDefined();
  });

  it('lets principals without access match restricted products on their public fields only', () => {
    const body = hitsBody(searchQuery.parse({ q: 'consent' }), consumer);
    const should = (body.query as { bool: { must: { bool: { should: object[] } }[] } }).bool.must[0].bool.should;
    expect(should).toHaveLength(2);
    expect(JSON.stringify(should[1])).toContain(JSON.stringify(PUBLIC_TEXT_FIELDS));
    expect(JSON.stringify(should[1])).toContain('must_not');
    expect(JSON.stringify(should[0])).toContain('{"terms":{"domain":["finance"]}}');
  });

  it('searches schema fields as nested documents, only where the principal may see the schema', () => {
    const body = hitsBody(searchQuery.parse({ field: 'customer_id' }), consumer);
    const must = (body.query as { bool: { must: object[] } }).bool.must;
    expect(must[0]).toMatchObject({
      nested: { path: 'schema', query: { match: { 'schema.name': expect.anything() } } },
    });
    expect(JSON.stringify(must[1])).toContain('"grantees":"p-1"');
  });

  it('filters on each facet, pages after the cursor and counts every facet', () => {
    const body = hitsBody(
      searchQuery.parse({ tag: ['a', 'b'], qualityTier: 'gold', sort: 'updated', limit: '5' }),
      admin,
    );
    expect((body.query as { bool: { filter: object[] } }).bool.filter).toEqual([
      { terms: { 'tags.keyword': ['a', 'b'] } },
      { terms: { qualityTier: ['gold'] } },
    ]);
    expect(body.size).toBe(5);
    expect(body.sort).toEqual([{ updatedAt: 'desc' }, { key: 'asc' }]);
    const facets = facetsBody(searchQuery.parse({ tag: ['a', 'b'] }), admin);
    expect(facets).toMatchObject({ size: 0, query: { bool: { filter: [{ terms: { 'tags.keyword': ['a', 'b'] } }] } } });
    expect(Object.keys(facets.aggs as object)).toEqual([
      'domain',
      'tag',
      'classification',
      'status',
      'portType',
      'qualityTier',
      'slaStatus',
    ]);
  });

  it('asks for hits and cached facet counts in one multi-search', () => {
    const lines = searchRequests('mesh-products', searchQuery.parse({ q: 'orders' }), admin);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toEqual({ index: 'mesh-products' });
    expect(lines[2]).toEqual({ index: 'mesh-products', request_cache: true });
  });
});
