import { Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from 'urql';
import { StateBadge } from '../components/Badges';
import { EmptyState, ErrorState, ListSkeleton } from '../components/States';
import { problemsAt } from '../graphql/errors';
import { ProductGovernanceQuery } from './product.graphql';

/** Governance's decisions about one version: each policy's outcome and message. */
export function GovernancePanel({ domain, name, version }: { domain: string; name: string; version: string }) {
  const [{ data, error, fetching }] = useQuery({ query: ProductGovernanceQuery, variables: { domain, name, version } });
  if (fetching && !data) return <ListSkeleton rows={4} />;
  const decisions = data?.product?.version?.decisions;
  if (!decisions) return <ErrorState problems={problemsAt(error)} />;
  if (decisions.length === 0) {
    return <EmptyState title="No decision yet">Governance evaluates a version as soon as it is proposed.</EmptyState>;
  }
  return (
    <Stack>
      {decisions.map((decision) => (
        <Card withBorder key={decision.decisionId}>
          <Group justify="space-between" mb="xs">
            <Title order={3} size="h5">
              {decision.trigger} · {new Date(decision.evaluatedAt).toLocaleString()}
            </Title>
            <StateBadge value={decision.outcome} />
          </Group>
          {decision.waived.length > 0 && <Text size="sm">Waived: {decision.waived.join(', ')}</Text>}
          <Table aria-label="Policy outcomes">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Policy</Table.Th>
                <Table.Th>Severity</Table.Th>
                <Table.Th>Outcome</Table.Th>
                <Table.Th>Message</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {decision.evaluations.map((e) => (
                <Table.Tr key={e.policyId}>
                  <Table.Td>
                    <code>{e.policyId}</code> r{e.policyVersion}
                  </Table.Td>
                  <Table.Td>
                    <StateBadge value={e.severity} />
                  </Table.Td>
                  <Table.Td>
                    <StateBadge value={e.outcome} />
                  </Table.Td>
                  <Table.Td>{e.message ?? ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      ))}
    </Stack>
  );
}
