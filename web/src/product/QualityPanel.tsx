import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import { Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from 'urql';
import { AlertFeed } from '../alerts/AlertFeed';
import { mergeAlerts } from '../alerts/merge-alerts';
import { useAcknowledge } from '../alerts/use-acknowledge';
import { StateBadge } from '../components/Badges';
import { EmptyState, ErrorState, ListSkeleton } from '../components/States';
import { problemsAt } from '../graphql/errors';
import type { ProductQuery } from '../graphql/generated/graphql';
import { useLiveAlertEvents } from '../live/live-alerts';
import { useRefetchOn } from '../live/use-refetch-on';
import { ProductQualityQuery } from './product.graphql';

type Sla = NonNullable<NonNullable<NonNullable<ProductQuery['product']>['version']>['sla']>;

interface QualityPanelProps {
  domain: string;
  name: string;
  sla: Sla | null | undefined;
  /** A rule to bring into view (from an alert's link). */
  focusRule: string | null;
}

export function QualityPanel({ domain, name, sla, focusRule }: QualityPanelProps) {
  const [{ data, error, fetching }, refetch] = useQuery({ query: ProductQualityQuery, variables: { domain, name } });
  const events = useLiveAlertEvents().filter((e) => e.product.domain === domain && e.product.name === name);
  useRefetchOn(events.length, () => refetch({ requestPolicy: 'network-only' }));
  const { acknowledge, acknowledging } = useAcknowledge();
  if (fetching && !data) return <ListSkeleton rows={6} />;
  const quality = data?.product?.quality;
  if (!quality) {
    return (
      <Stack>
        <ErrorState problems={problemsAt(error)} />
        {!error && (
          <EmptyState title="Not measured yet">
            Quality checks run once a version is published and data is committed.
          </EmptyState>
        )}
      </Stack>
    );
  }
  const trend = scoreTrend(quality.results.nodes);
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <Card withBorder>
          <Text size="sm" c="dimmed">
            Score of {quality.version}
          </Text>
          <Group>
            <Text fz={28} fw={700}>
              {quality.score === null || quality.score === undefined ? '–' : `${Math.round(quality.score * 100)} %`}
            </Text>
            <StateBadge value={quality.tier} />
          </Group>
        </Card>
        <Card withBorder>
          <Text size="sm" c="dimmed">
            Freshness SLA
          </Text>
          <Group>
            <Text fw={600}>{sla?.freshness ?? 'none'}</Text>
            {sla?.status && <StateBadge value={sla.status} />}
          </Group>
          {sla?.freshnessPort && <Text size="xs">measured on {sla.freshnessPort}</Text>}
        </Card>
        <Card withBorder>
          <Text size="sm" c="dimmed">
            Availability SLA
          </Text>
          <Text fw={600}>{sla?.availability ?? 'none'}</Text>
        </Card>
      </SimpleGrid>
      <Card withBorder>
        <Title order={3} size="h4" mb="xs">
          Passing rules per check run
        </Title>
        {trend.length < 2 ? (
          <Text size="sm" c="dimmed">
            The trend shows after two check runs; each committed snapshot makes one.
          </Text>
        ) : (
          <LineChart
            h={160}
            data={trend}
            dataKey="run"
            series={[{ name: 'passing %', color: 'indigo.6' }]}
            yAxisProps={{ domain: [0, 100] }}
          />
        )}
      </Card>
      <Title order={3} size="h4">
        Open alerts
      </Title>
      <AlertFeed
        alerts={mergeAlerts(quality.openAlerts, events).filter((a) => a.state !== 'RESOLVED')}
        onAcknowledge={acknowledge}
        acknowledging={acknowledging}
      />
      <Title order={3} size="h4">
        Rules
      </Title>
      {quality.latest.length === 0 ? (
        <EmptyState title="No results yet">
          Commit a snapshot to the product's table; its rules run on every commit.
        </EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table aria-label="Latest result of each rule">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Rule</Table.Th>
                <Table.Th>Outcome</Table.Th>
                <Table.Th>Observed</Table.Th>
                <Table.Th>History (newest first)</Table.Th>
                <Table.Th>Snapshot</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {quality.latest.map((result) => (
                <Table.Tr
                  key={result.ruleId}
                  id={`rule-${result.ruleId}`}
                  bg={focusRule === result.ruleId ? 'var(--mantine-color-yellow-light)' : undefined}
                >
                  <Table.Td>
                    <code>{result.ruleId}</code>
                    {result.message && <Text size="xs">{result.message}</Text>}
                  </Table.Td>
                  <Table.Td>
                    <StateBadge value={result.outcome} />
                  </Table.Td>
                  <Table.Td>
                    {result.observed ?? '–'} {result.threshold ? `(${result.threshold})` : ''}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={2}>
                      {quality.results.nodes
                        .filter((r) => r.ruleId === result.ruleId)
                        .slice(0, 10)
                        .map((r) => (
                          <StateBadge key={r.id} value={r.outcome} size="xs" />
                        ))}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs">{result.snapshotId ?? '–'}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

/** The share of rules that passed in each check run, oldest first: the score's trend, from the rule history. */
function scoreTrend(results: readonly { runId: string; outcome: string; checkedAt: string }[]) {
  const runs = new Map<string, { at: string; passed: number; total: number }>();
  for (const result of results) {
    const run = runs.get(result.runId) ?? { at: result.checkedAt, passed: 0, total: 0 };
    run.total += 1;
    if (result.outcome === 'PASS') run.passed += 1;
    runs.set(result.runId, run);
  }
  return [...runs.values()]
    .sort((a, b) => a.at.localeCompare(b.at))
    .map((run) => ({
      run: new Date(run.at).toLocaleTimeString(),
      'passing %': Math.round((run.passed / run.total) * 100),
    }));
}
