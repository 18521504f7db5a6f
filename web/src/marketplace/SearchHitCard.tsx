import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { StateBadge } from '../components/Badges';
import type { SearchQuery } from '../graphql/generated/graphql';
import { Highlighted } from './Highlighted';
import { counted } from '../components/counted';

type Hit = SearchQuery['search']['nodes'][number];

export function SearchHitCard({ hit }: { hit: Hit }) {
  const description = hit.highlights.find((h) => h.field === 'description')?.fragments[0];
  const title = hit.highlights.find((h) => h.field === 'title')?.fragments[0];
  return (
    <Paper withBorder p="md" component="article" data-testid={`hit-${hit.domain}-${hit.name}`}>
      <Stack gap={6}>
        <Group justify="space-between">
          <Anchor component={Link} to={`/products/${hit.domain}/${hit.name}`} fw={600} size="lg">
            {title ? <Highlighted fragment={title} /> : hit.title}
          </Anchor>
          <Group gap={6}>
            <StateBadge value={hit.status} />
            {hit.qualityTier && <StateBadge value={hit.qualityTier} />}
            {hit.openAlerts > 0 && (
              <Badge color="red" variant="outline">
                {counted(hit.openAlerts, 'open alert')}
              </Badge>
            )}
          </Group>
        </Group>
        <Text size="sm" c="dimmed">
          {hit.domain}/{hit.name} · v{hit.latestVersion} · {hit.owner ?? 'no owner'} ·{' '}
          {hit.classification.toLowerCase()}
        </Text>
        <Text size="sm" lineClamp={3}>
          {description ? <Highlighted fragment={description} /> : hit.description}
        </Text>
        {hit.matchedFields && hit.matchedFields.length > 0 && (
          <Text size="sm">
            Fields: <code>{hit.matchedFields.join(', ')}</code>
          </Text>
        )}
        <Group gap={4}>
          {hit.tags.map((tag) => (
            <Badge key={tag} variant="default" size="sm">
              {tag}
            </Badge>
          ))}
        </Group>
      </Stack>
    </Paper>
  );
}
