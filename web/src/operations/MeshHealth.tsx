import { Card, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useQuery } from 'urql';
import { ErrorState, ListSkeleton } from '../components/States';
import { problemsAt } from '../graphql/errors';
import { MeshStatusQuery } from './operations.graphql';

const POLL_MS = 10_000;

/**
 * Outboxes, dead letters and consumer lags: where events pile up before anyone notices. Polled, as Kafka offsets
 * change without an event to say so; platform admins only, so others see why it is empty.
 */
export function MeshHealth() {
  const [{ data, error, fetching }, refetch] = useQuery({ query: MeshStatusQuery });
  useEffect(() => {
    const timer = setInterval(() => refetch({ requestPolicy: 'network-only' }), POLL_MS);
    return () => clearInterval(timer);
  }, [refetch]);
  if (error?.graphQLErrors.some((problem) => problem.extensions?.code === 'forbidden')) {
    return (
      <Text c="dimmed" size="sm">
        Outboxes, dead letters and consumer lags are shown to platform admins.
      </Text>
    );
  }
  if (error && !data)
    return <ErrorState problems={problemsAt(error)} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (fetching && !data) return <ListSkeleton rows={3} />;
  const status = data?.meshStatus;
  if (!status) return null;
  const lagging = (status.consumers ?? []).filter((consumer) => consumer.lag > 0);
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          Outboxes and dead letters
        </Title>
        <Table data-testid="outboxes">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Service</Table.Th>
              <Table.Th>Unsent rows</Table.Th>
              <Table.Th>Oldest</Table.Th>
              <Table.Th>Dead letters</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {status.services.map((service) => (
              <Table.Tr key={service.name}>
                <Table.Td>{service.name}</Table.Td>
                <Table.Td>{service.outboxUnsentRows ?? '–'}</Table.Td>
                <Table.Td>
                  {service.outboxLagSeconds === null || service.outboxLagSeconds === undefined
                    ? '–'
                    : `${service.outboxLagSeconds} s`}
                </Table.Td>
                <Table.Td>{service.deadLetters ?? '–'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Card>
      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          Consumer lag
        </Title>
        {status.consumers === null || status.consumers === undefined ? (
          <ErrorState problems={problemsAt(error, 'meshStatus', 'consumers')} />
        ) : lagging.length === 0 ? (
          <Text size="sm" data-testid="consumers-caught-up">
            Every consumer group has caught up ({status.consumers.length} group and topic pairs).
          </Text>
        ) : (
          <Table data-testid="consumer-lags">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Group</Table.Th>
                <Table.Th>Topic</Table.Th>
                <Table.Th>Lag</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {lagging.map((consumer) => (
                <Table.Tr key={`${consumer.group} ${consumer.topic}`}>
                  <Table.Td>{consumer.group}</Table.Td>
                  <Table.Td>{consumer.topic}</Table.Td>
                  <Table.Td>{consumer.lag}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>
    </SimpleGrid>
  );
}
