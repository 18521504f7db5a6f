import { Inject, Injectable } from '@nestjs/common';
import type { Client, Types } from '@opensearch-project/opensearch';
import { productOfUrn } from '@mesh/contracts';
import {
  CONFIG,
  encodeCursor,
  MetricsRegistry,
  productAccess,
  readerScope,
  type AuthenticatedPrincipal,
  type ProductAccess,
  type ReaderScope,
} from '@mesh/platform';
import { Counter } from 'prom-client';
import type { SearchConfig } from '../config';
import type { ProductDocument } from '../indexing/product-document';
import { OPENSEARCH_CLIENT, ProductIndex } from '../opensearch/product-index';
import { whileAvailable } from '../opensearch/unavailable';
import { AnswerCache, type AnswerCacheOptions } from './answer-cache';
import { FACETS, SEARCH_FILTER_PATH, searchRequests, sortOf, suggestBody, type FacetName } from './search-query';
import type { SearchQuery, SuggestQuery } from './search.requests';

type ShownDocument = Omit<ProductDocument, 'grantees' | 'suggest' | 'sourceFingerprint' | 'fieldNames'>;

/**
 * A node next to a product in the lineage graph: a product (`domain` and `name`, as the lineage service names
 * products) or a dataset no product publishes (`urn` only, `domain` and `name` null).
 */
export interface LineageNeighbour {
  urn: string;
  domain: string | null;
  name: string | null;
}

export interface SearchHit extends Omit<ShownDocument, 'description' | 'schema' | 'upstream' | 'downstream'> {
  access: ProductAccess;
  upstream: LineageNeighbour[];
  downstream: LineageNeighbour[];
  /** Absent when `access` is restricted. */
  description?: string;
  schema?: ProductDocument['schema'];
  /** The schema fields a `field` search matched, as `table.field`. */
  matchedFields?: string[];
  score: number | null;
  highlights: Record<string, string[]>;
}

export interface FacetBucket {
  value: string;
  count: number;
}

export interface SearchResult {
  total: number;
  /** False when there are more matches than `total` says (it stops counting at 10,000). */
  totalExact: boolean;
  items: SearchHit[];
  facets: Record<FacetName, FacetBucket[]>;
  nextCursor: string | null;
}

export interface Suggestion {
  text: string;
  domain: string;
  name: string;
  title: string;
}

interface RawHit {
  _score?: number | null;
  _source?: ShownDocument;
  fields?: { grantees?: string[] };
  sort?: (string | number | null)[];
  highlight?: Record<string, string[]>;
  inner_hits?: { schema?: { hits: { hits: { _source?: { table: string; name: string } }[] } } };
}

/** One answer of a multi-search; a failed one fails the search as a single request would. */
function answerOf(response: Types.Core_Msearch.ResponseItem): Types.Core_Msearch.MultiSearchItem {
  if ('error' in response) {
    throw new Error(`search failed: ${response.error.type} ${response.error.reason ?? ''}`);
  }
  return response;
}

/** What restricted products keep hidden from principals without access. */
const HIDDEN_HIGHLIGHTS = ['description'];

/** What decides which products a principal sees in full, as a cache key. */
function scopeKey(scope: ReaderScope): string {
  return scope.all ? '*' : JSON.stringify([scope.principal, [...scope.domains].sort()]);
}

@Injectable()
export class SearchService {
  // Answers are kept as the JSON text sent: a cached answer is sent as it is, and the garbage collector sees one
  // string rather than thousands of objects per answer.
  private readonly searches: AnswerCache<string>;
  private readonly suggestions: AnswerCache<string>;

  constructor(
    @Inject(OPENSEARCH_CLIENT) private readonly client: Client,
    private readonly index: ProductIndex,
    @Inject(CONFIG) config: SearchConfig,
    metrics: MetricsRegistry,
  ) {
    const requests = new Counter({
      name: 'search_cache_requests_total',
      help: 'Searches and suggestions by whether the answer cache had them',
      labelNames: ['endpoint', 'outcome'],
      registers: [metrics.registry],
    });
    const cacheFor = (endpoint: string): AnswerCacheOptions => ({
      maxEntries: config.SEARCH_CACHE_ENTRIES,
      ttlMs: config.SEARCH_CACHE_TTL_MS,
      generation: () => index.generation,
      onOutcome: (outcome) => requests.inc({ endpoint, outcome }),
    });
    this.searches = new AnswerCache(cacheFor('search'));
    this.suggestions = new AnswerCache(cacheFor('suggest'));
  }

  /** The SearchResult for the principal, as JSON text. */
  search(principal: AuthenticatedPrincipal, query: SearchQuery): Promise<string> {
    const scope = readerScope(principal);
    return this.searches.answer(JSON.stringify([scopeKey(scope), query]), async () =>
      JSON.stringify(await this.searchIndex(scope, query)),
    );
  }

  /** The suggestions, as JSON text. */
  suggest(query: SuggestQuery): Promise<string> {
    return this.suggestions.answer(JSON.stringify(query), async () =>
      JSON.stringify(await this.suggestFromIndex(query)),
    );
  }

  private async searchIndex(scope: ReaderScope, query: SearchQuery): Promise<SearchResult> {
    const { body } = await whileAvailable(async () => {
      await this.index.ensureAlias();
      return this.client.msearch({
        body: searchRequests(this.index.alias, query, scope),
        filter_path: SEARCH_FILTER_PATH,
      });
    });
    const [page, counts] = body.responses.map(answerOf);
    // Filtered answers leave out what is empty: a page without hits has no `hits` at all.
    const hits = (page.hits?.hits ?? []) as RawHit[];
    const total = counts.hits?.total;
    const totalValue = typeof total === 'number' ? total : (total?.value ?? 0);
    const last = hits.at(-1);
    const aggregations = (counts.aggregations ?? {}) as Record<
      string,
      { buckets?: { key: string; doc_count: number }[] }
    >;
    return {
      total: totalValue,
      totalExact: typeof total === 'number' || total?.relation !== 'gte',
      items: hits.map((hit) => this.toHit(hit, scope)),
      facets: Object.fromEntries(
        Object.keys(FACETS).map((facet) => [
          facet,
          (aggregations[facet]?.buckets ?? []).map((bucket) => ({ value: bucket.key, count: bucket.doc_count })),
        ]),
      ) as Record<FacetName, FacetBucket[]>,
      nextCursor:
        hits.length === query.limit && last?.sort !== undefined
          ? encodeCursor({ sort: sortOf(query), after: last.sort })
          : null,
    };
  }

  private async suggestFromIndex(query: SuggestQuery): Promise<{ items: Suggestion[] }> {
    const { body } = await whileAvailable(async () => {
      await this.index.ensureAlias();
      return this.client.search({ index: this.index.alias, body: suggestBody(query.prefix, query.limit) });
    });
    const suggestions = (body.suggest?.products ?? []) as {
      options: { text: string; _source?: { domain: string; name: string; title: string } }[];
    }[];
    return {
      items: suggestions.flatMap((entry) =>
        entry.options.flatMap((option) =>
          option._source === undefined ? [] : [{ text: option.text, ...option._source }],
        ),
      ),
    };
  }

  private toHit(hit: RawHit, scope: ReaderScope): SearchHit {
    // The parsed answer is this request's own, so the hit is made from its source in place: a search page is
    // mostly these documents, and copying each of them costs more than everything else the service does.
    const source = hit._source as ShownDocument;
    const shown = source as unknown as SearchHit;
    shown.upstream = source.upstream.map(neighbour);
    shown.downstream = source.downstream.map(neighbour);
    const access = productAccess(scope, {
      restricted: shown.visibility === 'restricted',
      domain: shown.domain,
      grantees: hit.fields?.grantees ?? [],
    });
    shown.access = access;
    shown.score = hit._score ?? null;
    const highlights = hit.highlight ?? {};
    if (access === 'restricted') {
      shown.description = undefined;
      shown.schema = undefined;
      for (const field of HIDDEN_HIGHLIGHTS) delete highlights[field];
    } else if (hit.inner_hits?.schema !== undefined) {
      shown.matchedFields = hit.inner_hits.schema.hits.hits.flatMap((inner) =>
        inner._source === undefined ? [] : [`${inner._source.table}.${inner._source.name}`],
      );
    }
    shown.highlights = highlights;
    return shown;
  }
}

function neighbour(urn: string): LineageNeighbour {
  const product = productOfUrn(urn);
  return { urn, domain: product?.domain ?? null, name: product?.name ?? null };
}
