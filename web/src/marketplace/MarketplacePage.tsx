import { Autocomplete, Grid, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue, useIntersection } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { EmptyState, ErrorState, ListSkeleton } from '../components/States';
import { problemsAt } from '../graphql/errors';
import type { SearchFilters } from '../graphql/generated/graphql';
import { SuggestQuery, SearchQuery } from './search.graphql';
import { SearchFacets } from './SearchFacets';
import { SearchHitCard } from './SearchHitCard';
import { readSearch, toFilters, toggleFacet } from './search-params';
import { counted } from '../components/counted';

/** The marketplace: full text, schema fields and facets, all in the address so a search can be shared. */
export default function MarketplacePage() {
  const [params, setParams] = useSearchParams();
  const { q, field, selected } = readSearch(params);
  const filters = toFilters(selected);
  // A new search starts from the first page again.
  const searchKey = params.toString();
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  useEffect(() => setCursors([null]), [searchKey]);

  // Updates from the latest address, not the one this render saw: typing and ticking facets may interleave.
  const setParam = (name: string, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === '') next.delete(name);
        else next.set(name, value);
        return next;
      },
      { replace: true },
    );
  const variables = {
    q: q || null,
    field: field || null,
    withFields: field !== '',
    filters,
    sort: q ? 'RELEVANCE' : 'NAME',
  } as const;
  const [{ data: fresh, error, fetching }] = useQuery({ query: SearchQuery, variables: { ...variables, after: null } });
  // The facets stay on screen while a narrowed search loads, so ticking a second value needs no wait.
  const [shown, setShown] = useState(fresh);
  useEffect(() => {
    if (fresh) setShown(fresh);
  }, [fresh]);
  const data = fresh ?? shown;

  return (
    <Stack>
      <Title order={1}>Marketplace</Title>
      <Group align="flex-end" grow>
        <SearchBox value={q} onChange={(value) => setParam('q', value)} />
        <TextInput
          label="Schema field"
          placeholder="e.g. customer_id"
          defaultValue={field}
          onChange={(event) => setParam('field', event.currentTarget.value.trim())}
        />
      </Group>
      <Grid>
        <Grid.Col span={{ base: 12, sm: 3 }}>
          {data && (
            <SearchFacets
              facets={data.search.facets}
              selected={selected}
              onToggle={(facet, value) => setParams((current) => toggleFacet(current, facet, value), { replace: true })}
            />
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 9 }}>
          <ErrorState problems={problemsAt(error)} />
          {fetching && data === undefined && <ListSkeleton rows={6} height={110} />}
          {data && (
            <Stack gap="sm">
              <Text size="sm" c="dimmed" role="status">
                {counted(data.search.totalCount, 'product')}
                {data.search.totalExact ? '' : ' or more'}
              </Text>
              {data.search.totalCount === 0 && (
                <EmptyState title="No product matches">
                  Untick a filter, try fewer words or a field name, or publish one with mesh apply.
                </EmptyState>
              )}
              {cursors.map((after) => (
                <ResultsPage
                  key={`${searchKey}:${after ?? 'first'}`}
                  variables={{ ...variables, after }}
                  onMore={(cursor) => setCursors((known) => (known.includes(cursor) ? known : [...known, cursor]))}
                />
              ))}
            </Stack>
          )}
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

interface PageVariables {
  q: string | null;
  field: string | null;
  withFields: boolean;
  filters: SearchFilters | undefined;
  sort: 'RELEVANCE' | 'NAME';
  after: string | null;
}

/** One page of results; when its end scrolls into view, it asks for the next page (infinite scroll). */
function ResultsPage({ variables, onMore }: { variables: PageVariables; onMore: (cursor: string) => void }) {
  const [{ data, error }] = useQuery({ query: SearchQuery, variables });
  const { ref, entry } = useIntersection({ rootMargin: '300px' });
  const next = data?.search.pageInfo.hasNextPage ? data.search.pageInfo.endCursor : null;
  useEffect(() => {
    if (entry?.isIntersecting && next) onMore(next);
  }, [entry?.isIntersecting, next, onMore]);
  if (error) return <ErrorState problems={problemsAt(error)} />;
  if (!data) return <ListSkeleton rows={3} height={110} />;
  return (
    <>
      {data.search.nodes.map((hit) => (
        <SearchHitCard hit={hit} key={`${hit.domain}/${hit.name}`} />
      ))}
      {next && <div ref={ref} aria-hidden="true" style={{ height: 1 }} />}
    </>
  );
}

/** The words to search for, with product suggestions as they are typed; picking one opens the product. */
function SearchBox({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const navigate = useNavigate();
  const [text, setText] = useState(value);
  const [typed] = useDebouncedValue(text, 150);
  const [debounced] = useDebouncedValue(text, 300);
  useEffect(() => {
    if (debounced !== value) onChange(debounced);
    // Only the user's typing moves the address; the address moving (back button) does not retype.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);
  const [{ data }] = useQuery({ query: SuggestQuery, variables: { prefix: typed }, pause: typed.trim().length < 2 });
  const titles = new Map((data?.suggest ?? []).map((s) => [`${s.domain}/${s.name}`, s.title]));
  return (
    <Autocomplete
      label="Search products"
      placeholder="orders, revenue, customers…"
      value={text}
      onChange={setText}
      data={[...titles.keys()]}
      filter={({ options }) => options}
      renderOption={({ option }) => `${titles.get(option.value) ?? ''} (${option.value})`}
      onOptionSubmit={(product) => navigate(`/products/${product}`)}
      aria-label="Search products"
    />
  );
}
