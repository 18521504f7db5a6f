import { Inject, Injectable } from '@nestjs/common';
import type { Client, Types } from '@opensearch-project/opensearch';
import type { AuthenticatedPrincipal } from '@mesh/platform';
import type { ProductDocument } from '../indexing/product-document';
import { OPENSEARCH_CLIENT, ProductIndex } from '../opensearch/product-index';
import { whileAvailable } from '../opensearch/unavailable';
import { accessTo, principalScope, type ProductAccess } from './principal-scope';
import { FACETS, searchRequests, sortOf, suggestBody, type FacetName } from './search-query';
import { encodeCursor, type SearchQuery, type SuggestQuery } from './search.requests';

type ShownDocument = Omit<ProductDocument, 'grantees' | 'suggest' | 'sourceFingerprint' | 'fieldNames'>;

export interface SearchHit extends Omit<ShownDocument, 'description' | 'schema'> {
  access: ProductAccess;
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

@Injectable()
export class SearchService {
  constructor(
    @Inject(OPENSEARCH_CLIENT) private readonly client: Client,
    private readonly index: ProductIndex,
  ) {}

  async search(principal: AuthenticatedPrincipal, query: SearchQuery): Promise<SearchResult> {
    const scope = principalScope(principal);
    const { body } = await whileAvailable(async () => {
      await this.index.ensureAlias();
      return this.client.msearch({ body: searchRequests(this.index.alias, query, scope) });
    });
    const [page, counts] = body.responses.map(answerOf);
    const hits = page.hits.hits as RawHit[];
    const total = counts.hits.total;
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
        hits.length === query.size && last?.sort !== undefined
          ? encodeCursor({ sort: sortOf(query), after: last.sort })
          : null,
    };
  }

  async suggest(query: SuggestQuery): Promise<Suggestion[]> {
    const { body } = await whileAvailable(async () => {
      await this.index.ensureAlias();
      return this.client.search({ index: this.index.alias, body: suggestBody(query.prefix, query.size) });
    });
    const suggestions = (body.suggest?.products ?? []) as {
      options: { text: string; _source?: { domain: string; name: string; title: string } }[];
    }[];
    return suggestions.flatMap((entry) =>
      entry.options.flatMap((option) =>
        option._source === undefined ? [] : [{ text: option.text, ...option._source }],
      ),
    );
  }

  private toHit(hit: RawHit, scope: ReturnType<typeof principalScope>): SearchHit {
    const source = hit._source as ShownDocument;
    const access = accessTo(scope, {
      visibility: source.visibility,
      domain: source.domain,
      grantees: hit.fields?.grantees ?? [],
    });
    const { description, schema, ...shown } = source;
    const highlights = Object.fromEntries(
      Object.entries(hit.highlight ?? {}).filter(
        ([field]) => access !== 'restricted' || !HIDDEN_HIGHLIGHTS.includes(field),
      ),
    );
    const matched = hit.inner_hits?.schema?.hits.hits.flatMap((inner) =>
      inner._source === undefined ? [] : [`${inner._source.table}.${inner._source.name}`],
    );
    return {
      ...shown,
      access,
      ...(access === 'restricted' ? {} : { description, schema }),
      ...(matched === undefined || access === 'restricted' ? {} : { matchedFields: matched }),
      score: hit._score ?? null,
      highlights,
    };
  }
}
