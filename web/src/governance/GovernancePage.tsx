import { Accordion, Button, Card, Code, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useQuery } from 'urql';
import { StateBadge } from '../components/Badges';
import { ComplianceTrendChart } from '../components/ComplianceTrendChart';
import { EmptyState, ErrorState, ListSkeleton } from '../components/States';
import { problemsAt } from '../graphql/errors';
import { useEventCount } from '../live/use-event-count';
import { useRefetchOn } from '../live/use-refetch-on';
import { DomainViolationsQuery, GovernanceChangesSubscription, GovernanceQuery } from './governance.graphql';
import { PolicyItem } from './PolicyCard';

export default function GovernancePage() {
  const [{ data, error, fetching }, refetch] = useQuery({ query: GovernanceQuery });
  useRefetchOn(useEventCount(GovernanceChangesSubscription), () => refetch({ requestPolicy: 'network-only' }));
  const [openDomain, setOpenDomain] = useState<string | null>(null);
  if (fetching && !data) return <ListSkeleton rows={8} height={44} />;
  if (!data) return <ErrorState problems={problemsAt(error)} onRetry={refetch} />;
  const compliance = data.compliance;
  return (
    <Stack>
      <Title order={1}>Governance</Title>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">
            Compliance
          </Title>
          <ErrorState problems={problemsAt(error, 'compliance')} />
          {compliance && (
            <>
              <Text size="sm" mb="xs">
                {Math.round(compliance.passRate * 100)} % of {compliance.products} products pass ·{' '}
                {compliance.openViolations.blocking} blocking and {compliance.openViolations.warning} warning violations
              </Text>
              <ComplianceTrendChart trend={compliance.trend} />
            </>
          )}
        </Card>
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">
            By domain
          </Title>
          {compliance && (
            <Table aria-label="Compliance by domain">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Domain</Table.Th>
                  <Table.Th>Pass rate</Table.Th>
                  <Table.Th>Open violations</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {compliance.domains.map((d) => (
                  <Table.Tr key={d.domain}>
                    <Table.Td>{d.domain}</Table.Td>
                    <Table.Td>
                      {Math.round(d.passRate * 100)} % ({d.passing}/{d.products})
                    </Table.Td>
                    <Table.Td>{d.openViolations.total}</Table.Td>
                    <Table.Td>
                      {d.openViolations.total > 0 && (
                        <Button size="compact-xs" variant="subtle" onClick={() => setOpenDomain(d.domain)}>
                          Show violations
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {openDomain && <DomainViolations domain={openDomain} />}
        </Card>
      </SimpleGrid>
      <Title order={2} size="h3">
        Policies
      </Title>
      {data.policies.nodes.length === 0 ? (
        <EmptyState title="No policies">
          Apply one as YAML (mesh apply -f policy.yaml); every version is then checked against it.
        </EmptyState>
      ) : (
        <Accordion variant="separated">
          {data.policies.nodes.map((policy) => (
            <PolicyItem policy={policy} key={policy.id} />
          ))}
        </Accordion>
      )}
      <Title order={2} size="h3">
        Waivers
      </Title>
      <ErrorState problems={problemsAt(error, 'waivers')} />
      {data.waivers.nodes.length === 0 ? (
        <Text size="sm" c="dimmed">
          No waiver: every policy applies to every product.
        </Text>
      ) : (
        <Table aria-label="Waivers">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Product</Table.Th>
              <Table.Th>Policy</Table.Th>
              <Table.Th>Reason</Table.Th>
              <Table.Th>Expires</Table.Th>
              <Table.Th>State</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.waivers.nodes.map((w) => (
              <Table.Tr key={w.id}>
                <Table.Td>{w.product}</Table.Td>
                <Table.Td>
                  <code>{w.policyId}</code>
                </Table.Td>
                <Table.Td>
                  {w.reason} (approved by {w.approver})
                </Table.Td>
                <Table.Td>{new Date(w.expiresAt).toLocaleDateString()}</Table.Td>
                <Table.Td>
                  <StateBadge value={w.active ? 'GRANTED' : 'REVOKED'} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

function DomainViolations({ domain }: { domain: string }) {
  const [{ data, error, fetching }] = useQuery({ query: DomainViolationsQuery, variables: { domain } });
  if (fetching) return <ListSkeleton rows={2} />;
  if (!data?.compliance) return <ErrorState problems={problemsAt(error)} />;
  return (
    <Stack gap={4} mt="sm">
      <Text size="sm" fw={600}>
        Open violations in {domain}
      </Text>
      {data.compliance.violations.map((violation, index) => (
        <Code block key={index}>
          {JSON.stringify(violation, null, 2)}
        </Code>
      ))}
    </Stack>
  );
}
