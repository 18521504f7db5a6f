import type { ServiceHttp } from './service-http';

export interface SearchHitView {
  domain: string;
  name: string;
  title: string;
  description: string;
  owner: string | null;
  tags: string[];
  classification: string;
  status: string;
  latestVersion: string;
  address: string;
  qualityScore: number | null;
  qualityTier: string | null;
  slaStatus: string | null;
  openAlerts: number;
  matchedFields?: string[];
  highlights?: Record<string, string[]>;
}

export interface FacetBucketView {
  value: string;
  count: number;
}

export interface SearchResultView {
  total: number;
  totalExact: boolean;
  items: SearchHitView[];
  facets: Record<string, FacetBucketView[]> | null;
  nextCursor: string | null;
}

export interface SuggestionView {
  text: string;
  domain: string;
  name: string;
  title: string;
}

export type SearchQuery = Record<string, string | number | readonly string[] | undefined>;

/** The search service: full text with facets and highlights, and suggestions. */
export class SearchClient {
  constructor(private readonly http: ServiceHttp) {}

  search(query: SearchQuery): Promise<SearchResultView> {
    return this.http.get<SearchResultView>('/v1/search', query);
  }

  async suggest(prefix: string, limit: number): Promise<SuggestionView[]> {
    return (await this.http.get<{ items: SuggestionView[] }>('/v1/suggest', { prefix, limit })).items;
  }
}
