import type { SearchFilters } from '../graphql/generated/graphql';

export const FACETS = ['domain', 'tag', 'classification', 'status', 'portType', 'qualityTier', 'slaStatus'] as const;
export type FacetName = (typeof FACETS)[number];
export type SelectedFacets = Partial<Record<FacetName, string[]>>;

export const FACET_LABELS: Record<FacetName, string> = {
  domain: 'Domain',
  tag: 'Tag',
  classification: 'Classification',
  status: 'Status',
  portType: 'Port type',
  qualityTier: 'Quality tier',
  slaStatus: 'SLA',
};

/** The facets whose values are enums in the API: search reports them as `iceberg-table`, filters take `ICEBERG_TABLE`. */
const ENUM_FACETS: ReadonlySet<FacetName> = new Set([
  'classification',
  'status',
  'portType',
  'qualityTier',
  'slaStatus',
]);

/** The search the address describes (`?q=orders&domain=sales&domain=finance&field=customer_id`): shareable. */
export function readSearch(params: URLSearchParams): { q: string; field: string; selected: SelectedFacets } {
  const selected: SelectedFacets = {};
  for (const facet of FACETS) {
    const values = params.getAll(facet);
    if (values.length > 0) selected[facet] = values;
  }
  return { q: params.get('q') ?? '', field: params.get('field') ?? '', selected };
}

/** The address after a facet value is ticked or unticked. */
export function toggleFacet(params: URLSearchParams, facet: FacetName, value: string): URLSearchParams {
  const next = new URLSearchParams(params);
  const values = next.getAll(facet);
  next.delete(facet);
  const kept = values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
  for (const v of kept) next.append(facet, v);
  return next;
}

/** The API's filters for the ticked facet values. */
export function toFilters(selected: SelectedFacets): SearchFilters | undefined {
  const entries = Object.entries(selected).filter(([, values]) => values.length > 0) as [FacetName, string[]][];
  if (entries.length === 0) return undefined;
  return Object.fromEntries(
    entries.map(([facet, values]) => [
      facet,
      ENUM_FACETS.has(facet) ? values.map((v) => v.toUpperCase().replace(/-/g, '_')) : values,
    ]),
  ) as SearchFilters;
}
