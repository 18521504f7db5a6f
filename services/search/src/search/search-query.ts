import type { ReaderScope } from '@mesh/platform';
import type { SearchQuery, SearchSort } from './search.requests';

/** Full-text fields and their boosts: a match in the name counts most, then the title, tags, the prose. */
export const FULL_TEXT_FIELDS = [
  'name^4',
  'name.words^3',
  'title^3',
  'title.words^2',
  'tags^2',
  'description',
  'fieldNames',
  'fieldNames.words',
];
/** What anyone may match on a restricted product they have no access to. */
export const PUBLIC_TEXT_FIELDS = ['name^4', 'name.words^3', 'title^3', 'title.words^2', 'tags^2'];

/** Facet name → indexed field; the same names are the filter parameters. */
export const FACETS = {
  domain: 'domain',
  tag: 'tags.keyword',
  classification: 'classification',
  status: 'status',
  portType: 'portTypes',
  qualityTier: 'qualityTier',
  slaStatus: 'slaStatus',
} as const;
export type FacetName = keyof typeof FACETS;
const FACET_SIZE = 20;

const SORT_CLAUSES: Record<SearchSort, object[]> = {
  relevance: [{ _score: 'desc' }, { key: 'asc' }],
  name: [{ 'name.keyword': 'asc' }, { key: 'asc' }],
  updated: [{ updatedAt: 'desc' }, { key: 'asc' }],
  quality: [{ qualityScore: { order: 'desc', missing: '_last' } }, { key: 'asc' }],
  consumers: [{ consumerCount: 'desc' }, { key: 'asc' }],
};

/** Never sent to clients: who holds grants is not theirs to know. */
export const HIDDEN_SOURCE = ['grantees', 'suggest', 'sourceFingerprint', 'fieldNames'];

export function sortOf(query: SearchQuery): SearchSort {
  return query.sort ?? (query.q === undefined ? 'name' : 'relevance');
}

/** Matches the products whose details the scope may see; undefined when it sees everything. */
function visibleTo(scope: ReaderScope): object | undefined {
  if (scope.all) return undefined;
  return {
    bool: {
      should: [
        { bool: { must_not: { term: { visibility: 'restricted' } } } },
        ...(scope.domains.length > 0 ? [{ terms: { domain: scope.domains } }] : []),
        { term: { grantees: scope.principal } },
      ],
      minimum_should_match: 1,
    },
  };
}

function textQuery(q: string, fields: string[]): object {
  return { multi_match: { query: q, fields, type: 'best_fields', operator: 'and' } };
}

/**
 * Products with a schema field of that name, case-insensitively; `customer_id` also finds `Customer_ID`. The
 * matching fields come back as inner hits.
 */
function fieldQuery(field: string): object {
  return {
    nested: {
      path: 'schema',
      query: { match: { 'schema.name': { query: field, operator: 'and' } } },
      inner_hits: { size: 10, _source: ['schema.table', 'schema.name', 'schema.type'] },
    },
  };
}

/** The scoring part: full text where the scope may see everything of a product, public fields elsewhere. */
function relevance(query: SearchQuery, visible: object | undefined): object[] {
  const must: object[] = [];
  if (query.q !== undefined) {
    must.push(
      visible === undefined
        ? textQuery(query.q, FULL_TEXT_FIELDS)
        : {
            bool: {
              should: [
                { bool: { filter: [visible], must: [textQuery(query.q, FULL_TEXT_FIELDS)] } },
                { bool: { must_not: [visible], must: [textQuery(query.q, PUBLIC_TEXT_FIELDS)] } },
              ],
              minimum_should_match: 1,
            },
          },
    );
  }
  // A schema is not shown to whom may not see it, so it cannot be searched by them either.
  if (query.field !== undefined) must.push(fieldQuery(query.field));
  if (query.field !== undefined && visible !== undefined) must.push(visible);
  return must;
}

/**
 * A product whose every version was rejected is its domain's business: without a status filter, others do not see
 * it (with `status=rejected` they do, as they asked for it).
 */
function neverPublishedHidden(query: SearchQuery, scope: ReaderScope): object[] {
  if (query.status !== undefined || scope.all) return [];
  const shown: object[] = [
    { bool: { must_not: [{ term: { status: 'rejected' } }] } },
    { exists: { field: 'readableVersion' } },
  ];
  if (scope.domains.length > 0) shown.push({ terms: { domain: scope.domains } });
  return [{ bool: { should: shown, minimum_should_match: 1 } }];
}

function filters(query: SearchQuery, scope: ReaderScope): object[] {
  const given: Record<FacetName, readonly string[] | undefined> = {
    domain: query.domain,
    tag: query.tag,
    classification: query.classification,
    status: query.status,
    portType: query.portType,
    qualityTier: query.qualityTier,
    slaStatus: query.slaStatus,
  };
  const chosen = Object.entries(given).flatMap(([facet, values]) =>
    values === undefined ? [] : [{ terms: { [FACETS[facet as FacetName]]: values } }],
  );
  return [...chosen, ...neverPublishedHidden(query, scope)];
}

/** The page of hits: matching products in sort order, after the cursor, with highlights. */
export function hitsBody(query: SearchQuery, scope: ReaderScope): Record<string, unknown> {
  const must = relevance(query, visibleTo(scope));
  return {
    size: query.limit,
    track_total_hits: false,
    query: { bool: { must: must.length === 0 ? [{ match_all: {} }] : must, filter: filters(query, scope) } },
    sort: SORT_CLAUSES[sortOf(query)],
    ...(query.cursor === undefined ? {} : { search_after: query.cursor.after }),
    _source: { excludes: HIDDEN_SOURCE },
    // Whether a restricted product's details may be shown is decided per hit, from its grantees.
    docvalue_fields: ['grantees'],
    ...(query.q === undefined
      ? {}
      : {
          highlight: {
            pre_tags: ['<em>'],
            post_tags: ['</em>'],
            fields: { name: {}, title: {}, tags: {}, description: { fragment_size: 150, number_of_fragments: 2 } },
          },
        }),
  };
}

/**
 * The total and the facet counts. A request of its own without hits, so that OpenSearch's request cache keeps its
 * answer until the index next changes: every page of one search, and every client asking the same, reuse it.
 */
export function facetsBody(query: SearchQuery, scope: ReaderScope): Record<string, unknown> {
  const must = relevance(query, visibleTo(scope));
  return {
    size: 0,
    track_total_hits: 10_000,
    query: { bool: { must: must.length === 0 ? [{ match_all: {} }] : must, filter: filters(query, scope) } },
    aggs: Object.fromEntries(
      Object.entries(FACETS).map(([facet, field]) => [facet, { terms: { field, size: FACET_SIZE } }]),
    ),
  };
}

/**
 * What of a multi-search's answer a search reads: the answer of a search page is mostly its documents, and what
 * OpenSearch adds around them (index names, ids, shard counts) would only be parsed to be thrown away. `status`
 * keeps each answer in the list even when it has neither hits nor a total.
 */
export const SEARCH_FILTER_PATH = [
  'responses.status',
  'responses.error',
  'responses.hits.total',
  'responses.hits.hits._score',
  'responses.hits.hits._source',
  'responses.hits.hits.fields',
  'responses.hits.hits.highlight',
  'responses.hits.hits.sort',
  'responses.hits.hits.inner_hits.schema.hits.hits._source',
  'responses.aggregations.*.buckets.key',
  'responses.aggregations.*.buckets.doc_count',
];

/**
 * The multi-search a search is: its hits and its facets, in one round trip. The benchmark sends the same lines
 * straight to OpenSearch to measure what the service adds.
 */
export function searchRequests(index: string, query: SearchQuery, scope: ReaderScope): object[] {
  return [{ index }, hitsBody(query, scope), { index, request_cache: true }, facetsBody(query, scope)];
}

export function suggestBody(prefix: string, limit: number): Record<string, unknown> {
  return {
    _source: ['domain', 'name', 'title'],
    suggest: { products: { prefix, completion: { field: 'suggest', size: limit, skip_duplicates: true } } },
  };
}
