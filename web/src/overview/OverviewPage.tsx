import { Anchor, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { AlertFeed } from '../alerts/AlertFeed';
import { mergeAlerts } from '../alerts/merge-alerts';
import { useAcknowledge } from '../alerts/use-acknowledge';
import { StateBadge } from '../components/Badges';
import { ProgressBar } from '../components/ProgressBar';
import { ComplianceTrendChart } from '../components/ComplianceTrendChart';
import { EmptyState, ErrorState, ListSkeleton } from '../components/States';
import { problemsAt } from '../graphql/errors';
import type { OverviewQuery as OverviewData } from '../graphql/generated/graphql';
import { useLiveAlertEvents } from '../live/live-alerts';
import { useEventCount } from '../live/use-event-count';
import { useRefetchOn } from '../live/use-refetch-on';
import {
  OverviewComplianceSubscription,
  OverviewLifecycleSubscription,
  OverviewQuery,
  OverviewSlaSubscription,
} from './overview.graphql';

const SEVERITIES = ['CRITICAL', 'WARNING', 'INFO'] as const;
const SHOWN_ALERTS = 8;

/** The ops dashboard: every figure refetches when a lifecycle, SLA, compliance or alert event arrives. */
export default function OverviewPage() {
  const [{ data, error, fetching }, refetch] = useQuery({ query: OverviewQuery });
  const alertEvents = useLiveAlertEvents();
  const lifecycle = useEventCount(OverviewLifecycleSubscription);
  const sla = useEventCount(OverviewSlaSubscription);
  const compliance = useEventCount(OverviewComplianceSubscription);
  useRefetchOn(`${lifecycle}:${sla}:${compliance}:${alertEvents.length}`, () =>
    refetch({ requestPolicy: 'network-only' }),
  );
  const { acknowledge, acknowledging } = useAcknowledge();

  if (data === undefined) {
    return fetching ? (
      <ListSkeleton rows={10} height={48} />
    ) : (
      <ErrorState problems={problemsAt(error)} onRetry={refetch} />
    );
  }
  const openAlerts = mergeAlerts(data.alerts?.nodes ?? [], alertEvents).filter((alert) => alert.state === 'OPEN');
  return (
    <Stack>
      <Title order={1}>Overview</Title>
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <Figure label="Products" value={data.mesh?.totalCount ?? data.products.nodes.length} />
        <Figure label="Open alerts" value={openAlerts.length} testId="open-alerts-count">
          <Group gap={6}>
            {SEVERITIES.map((severity) => (
              <Text size="xs" key={severity}>
                {severity.toLowerCase()} {openAlerts.filter((a) => a.severity === severity).length}
              </Text>
            ))}
          </Group>
        </Figure>
        <Figure label="SLA breaches" value={data.breaches?.totalCount ?? '–'} />
        <Figure label="Compliance" value={data.compliance ? `${Math.round(data.compliance.passRate * 100)} %` : '–'}>
          {data.compliance && (
            <Text size="xs">
              {data.compliance.passing} of {data.compliance.products} pass · {data.compliance.openViolations.total} open
              violations
            </Text>
          )}
        </Figure>
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">
            Latest open alerts
          </Title>
          <ErrorState problems={problemsAt(error, 'alerts')} />
          <AlertFeed
            alerts={openAlerts.slice(0, SHOWN_ALERTS)}
            onAcknowledge={acknowledge}
            acknowledging={acknowledging}
          />
          {openAlerts.length > SHOWN_ALERTS && (
            <Anchor component={Link} to="/alerts" size="sm" mt="xs">
              All {openAlerts.length} open alerts
            </Anchor>
          )}
        </Card>
        <Stack>
          <Card withBorder>
            <Title order={2} size="h4" mb="sm">
              Compliance trend
            </Title>
            <ErrorState problems={problemsAt(error, 'compliance')} />
            {data.compliance && <ComplianceTrendChart trend={data.compliance.trend} />}
          </Card>
          <MeshMix data={data} />
        </Stack>
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <DomainsCard data={data} />
        <Stack>
          <FlowsCard data={data} errorProblems={problemsAt(error, 'flows')} />
          <BreachesCard data={data} errorProblems={problemsAt(error, 'breaches')} />
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}

function Figure(props: { label: string; value: number | string; testId?: string; children?: React.ReactNode }) {
  return (
    <Card withBorder>
      <Text size="sm" c="dimmed">
        {props.label}
      </Text>
      <Text fz={28} fw={700} data-testid={props.testId}>
        {props.value}
      </Text>
      {props.children}
    </Card>
  );
}

function MeshMix({ data }: { data: OverviewData }) {
  const facets = data.mesh?.facets;
  if (!facets)
    return <ErrorState problems={[{ message: 'Status and quality figures come from search.', service: 'search' }]} />;
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        Status and quality tiers
      </Title>
      <Group gap="xs" mb="xs">
        {facets.status.map((bucket) => (
          <Group gap={4} key={bucket.value}>
            <StateBadge value={bucket.value} /> <Text size="sm">{bucket.count}</Text>
          </Group>
        ))}
      </Group>
      <Group gap="xs">
        {facets.qualityTier.map((bucket) => (
          <Group gap={4} key={bucket.value}>
            <StateBadge value={bucket.value} /> <Text size="sm">{bucket.count}</Text>
          </Group>
        ))}
      </Group>
    </Card>
  );
}

function DomainsCard({ data }: { data: OverviewData }) {
  const productsOf = (domain: string) => data.products.nodes.filter((product) => product.domain === domain);
  if (data.domains.nodes.length === 0) {
    return (
      <EmptyState title="No domains yet">
        Create one (mesh apply, or POST /v1/domains on the registry), then apply a product descriptor from
        examples/products.
      </EmptyState>
    );
  }
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        Domains
      </Title>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Domain</Table.Th>
            <Table.Th>Products</Table.Th>
            <Table.Th>Status mix</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.domains.nodes.map((domain) => {
            const products = productsOf(domain.name);
            const published = products.filter((p) => p.status === 'PUBLISHED').length;
            return (
              <Table.Tr key={domain.name}>
                <Table.Td>
                  <Anchor component={Link} to={`/products?domain=${domain.name}`}>
                    {domain.title}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {domain.owningTeam}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Stack gap={2}>
                    {products.map((p) => (
                      <Anchor component={Link} to={`/products/${p.domain}/${p.name}`} size="sm" key={p.name}>
                        {p.name}
                      </Anchor>
                    ))}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <ProgressBar
                    value={products.length === 0 ? 0 : (published / products.length) * 100}
                    label={`${published} of ${products.length} published`}
                  />
                  <Text size="xs">
                    {published} of {products.length} published
                  </Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Card>
  );
}

function FlowsCard({ data, errorProblems }: { data: OverviewData; errorProblems: ReturnType<typeof problemsAt> }) {
  const flows = data.flows?.nodes ?? [];
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        Provisioning in progress
      </Title>
      <ErrorState problems={errorProblems} />
      {flows.length === 0 && errorProblems.length === 0 && (
        <Text size="sm" c="dimmed">
          No flow runs now; approved versions start one.
        </Text>
      )}
      {flows.map((flow) => {
        const done = flow.ports.filter((port) => port.state === 'DONE').length;
        return (
          <Stack gap={2} key={`${flow.domain}/${flow.name}/${flow.version}`} mb="xs">
            <Text size="sm">
              {flow.domain}/{flow.name} {flow.version}: {done} of {flow.ports.length} ports
            </Text>
            <ProgressBar value={(done / Math.max(flow.ports.length, 1)) * 100} label="ports provisioned" />
          </Stack>
        );
      })}
    </Card>
  );
}

function BreachesCard({ data, errorProblems }: { data: OverviewData; errorProblems: ReturnType<typeof problemsAt> }) {
  const breaches = data.breaches?.nodes ?? [];
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        SLA breaches
      </Title>
      <ErrorState problems={errorProblems} />
      {breaches.length === 0 && errorProblems.length === 0 && (
        <Text size="sm" c="dimmed">
          Every freshness objective holds.
        </Text>
      )}
      {breaches.map((hit) => (
        <Anchor
          component={Link}
          to={`/products/${hit.domain}/${hit.name}?tab=quality`}
          size="sm"
          display="block"
          key={`${hit.domain}/${hit.name}`}
        >
          {hit.title} ({hit.domain}/{hit.name})
        </Anchor>
      ))}
    </Card>
  );
}
