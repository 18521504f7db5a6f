import { Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useSubscription } from 'urql';
import { StateBadge } from '../components/Badges';
import { ProgressBar } from '../components/ProgressBar';
import { EmptyState, ErrorState, ListSkeleton } from '../components/States';
import { problemsAt } from '../graphql/errors';
import type { FlowsQuery as FlowsData } from '../graphql/generated/graphql';
import { countEvents, useEventCount } from '../live/use-event-count';
import { useRefetchOn } from '../live/use-refetch-on';
import {
  FlowLifecycleSubscription,
  FlowsQuery,
  ProvisioningProgressSubscription,
  RetryFlowMutation,
} from './operations.graphql';
import { MeshHealth } from './MeshHealth';
import { ServiceReadiness } from './ServiceReadiness';

type Flow = FlowsData['flows']['nodes'][number];

export default function OperationsPage() {
  const [{ data, error, fetching }, refetch] = useQuery({ query: FlowsQuery });
  const refresh = () => refetch({ requestPolicy: 'network-only' });
  // New flows start when versions are approved; lifecycle events say when.
  useRefetchOn(useEventCount(FlowLifecycleSubscription), refresh);
  return (
    <Stack>
      <Title order={1}>Operations</Title>
      <ServiceReadiness />
      <MeshHealth />
      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          Provisioning flows
        </Title>
        <ErrorState problems={problemsAt(error)} onRetry={refresh} />
        {fetching && !data && <ListSkeleton rows={5} />}
        {data && data.flows.nodes.length === 0 && (
          <EmptyState title="No flows yet">
            A flow starts when governance approves a version; apply a product to see one.
          </EmptyState>
        )}
        {data && data.flows.nodes.length > 0 && (
          <Table.ScrollContainer minWidth={700}>
            <Table aria-label="Provisioning flows">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Version</Table.Th>
                  <Table.Th>Kind</Table.Th>
                  <Table.Th>State</Table.Th>
                  <Table.Th>Ports</Table.Th>
                  <Table.Th>Updated</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.flows.nodes.map((flow) => (
                  <FlowRow flow={flow} key={`${flow.kind}:${flow.jobId}`} onChange={refresh} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
    </Stack>
  );
}

/** One flow; while it runs, its own provisioning events refresh it, so its progress moves live. */
function FlowRow({ flow, onChange }: { flow: Flow; onChange: () => void }) {
  const running = flow.state === 'RUNNING';
  const [{ data: progress }] = useSubscription(
    {
      query: ProvisioningProgressSubscription,
      variables: { domain: flow.domain, name: flow.name, version: flow.version },
      pause: !running,
    },
    countEvents,
  );
  useRefetchOn(progress, onChange, 300);
  const [{ fetching: retrying }, retry] = useMutation(RetryFlowMutation);
  const done = flow.ports.filter((p) => p.state === 'DONE').length;
  const failedPort = flow.ports.find((p) => p.state === 'FAILED');
  const onRetry = async () => {
    const result = await retry({ domain: flow.domain, name: flow.name, version: flow.version });
    if (result.error) notifications.show({ color: 'red', title: 'Not retried', message: result.error.message });
    onChange();
  };
  return (
    <Table.Tr>
      <Table.Td>
        {flow.domain}/{flow.name} {flow.version}
      </Table.Td>
      <Table.Td>{flow.kind.toLowerCase()}</Table.Td>
      <Table.Td>
        <StateBadge value={flow.state} />
      </Table.Td>
      <Table.Td miw={180}>
        <ProgressBar
          value={(done / Math.max(flow.ports.length, 1)) * 100}
          color={failedPort ? 'red' : undefined}
          label={`${done} of ${flow.ports.length} ports done`}
        />
        <Text size="xs">
          {done}/{flow.ports.length} ports
          {failedPort
            ? ` · ${failedPort.name}: ${failedPort.lastError ?? 'failed'} (${failedPort.attempts} attempts)`
            : ''}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="xs">{new Date(flow.updatedAt).toLocaleString()}</Text>
      </Table.Td>
      <Table.Td>
        {flow.state === 'FAILED' && (
          <Group>
            <Button size="xs" variant="light" onClick={onRetry} loading={retrying}>
              Retry
            </Button>
          </Group>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
