import { Checkbox, Stack, Text, Title } from '@mantine/core';
import { FACET_LABELS, FACETS, type FacetName, type SelectedFacets } from './search-params';

export interface FacetBucket {
  value: string;
  count: number;
}

interface SearchFacetsProps {
  facets: Partial<Record<FacetName, readonly FacetBucket[]>>;
  selected: SelectedFacets;
  onToggle: (facet: FacetName, value: string) => void;
}

/**
 * Every facet with its values and counts; ticking a value narrows the search. A ticked value stays listed even when
 * the narrowed results no longer count it, so it can be unticked.
 */
export function SearchFacets({ facets, selected, onToggle }: SearchFacetsProps) {
  return (
    <Stack gap="md" component="section" aria-label="Filters">
      {FACETS.map((facet) => {
        const buckets = withSelected(facets[facet] ?? [], selected[facet] ?? []);
        if (buckets.length === 0) return null;
        return (
          <fieldset key={facet} style={{ border: 0, padding: 0, margin: 0 }}>
            <Title order={3} size="h6" component="legend" mb={6}>
              {FACET_LABELS[facet]}
            </Title>
            <Stack gap={4}>
              {buckets.map((bucket) => (
                <Checkbox
                  key={bucket.value}
                  size="xs"
                  checked={(selected[facet] ?? []).includes(bucket.value)}
                  onChange={() => onToggle(facet, bucket.value)}
                  label={
                    <Text size="sm" span>
                      {bucket.value}{' '}
                      <Text span c="dimmed" size="xs">
                        ({bucket.count})
                      </Text>
                    </Text>
                  }
                />
              ))}
            </Stack>
          </fieldset>
        );
      })}
    </Stack>
  );
}

function withSelected(buckets: readonly FacetBucket[], selected: readonly string[]): FacetBucket[] {
  const missing = selected.filter((value) => !buckets.some((b) => b.value === value));
  return [...buckets, ...missing.map((value) => ({ value, count: 0 }))];
}
