import { Anchor, Card, Group, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { EmptyState, ErrorState, ListSkeleton } from '../components/States';
import { problemsAt } from '../graphql/errors';
import type { ProductLineageQuery as LineageData } from '../graphql/generated/graphql';
import { LineageGraph } from './LineageGraph';
import { buildLineage, type Neighbour } from './lineage-layout';
import { ProductLineageQuery } from './product.graphql';

interface LineagePanelProps {
  domain: string;
  name: string;
  state: string;
  depth: number;
  onDepthChange: (depth: number) => void;
}

export default function LineagePanel({ domain, name, state, depth, onDepthChange }: LineagePanelProps) {
  const navigate = useNavigate();
  const [{ data, error, fetching }] = useQuery({ query: ProductLineageQuery, variables: { domain, name, depth } });
  const product = data?.product;
  const graph = product
    ? buildLineage({ domain, name, state }, neighbours(product.upstream), neighbours(product.downstream))
    : null;
  const lineageProblems = problemsAt(error, 'product', 'upstream').concat(problemsAt(error, 'product', 'downstream'));
  return (
    <Stack>
      <Group>
        <Text size="sm" id="depth-label">
          Depth
        </Text>
        <SegmentedControl
          aria-labelledby="depth-label"
          value={String(depth)}
          onChange={(value) => onDepthChange(Number(value))}
          data={['1', '2', '3', '4', '5']}
        />
      </Group>
      <ErrorState problems={lineageProblems} />
      {fetching && !data && <ListSkeleton rows={1} height={420} />}
      {/* With lineage down, a graph of the product alone says nothing about its neighbours. */}
      {graph && graph.nodes.length === 1 && lineageProblems.length === 0 && (
        <EmptyState title="No lineage yet">
          No product reads this one and it reads none. Input ports (spec.inputPorts) and OpenLineage runs make the
          graph.
        </EmptyState>
      )}
      {graph && graph.nodes.length > 1 && (
        <Card withBorder p={0}>
          <LineageGraph
            nodes={graph.nodes}
            links={graph.links}
            onOpen={(id) => navigate(`/products/${id}?tab=lineage`)}
          />
        </Card>
      )}
      <Title order={3} size="h4">
        Impact
      </Title>
      <ErrorState problems={problemsAt(error, 'product', 'impact')} />
      {product?.impact && (
        <>
          {product.impact.affected.length === 0 ? (
            <Text size="sm" c="dimmed">
              Nothing downstream: a breaking change or deprecation affects no other product.
            </Text>
          ) : (
            <Table aria-label="Products affected by a change">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Product</Table.Th>
                  <Table.Th>Distance</Table.Th>
                  <Table.Th>Owner</Table.Th>
                  <Table.Th>State</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {product.impact.affected.map((a) => (
                  <Table.Tr key={`${a.domain}/${a.name}`}>
                    <Table.Td>
                      <Anchor component={Link} to={`/products/${a.domain}/${a.name}`}>
                        {a.domain}/{a.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{a.depth}</Table.Td>
                    <Table.Td>{a.ownerTeam ?? '–'}</Table.Td>
                    <Table.Td>{a.state?.toLowerCase() ?? '–'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {product.impact.detected.length > 0 && (
            <Text size="sm">
              {product.impact.detected.length} impacts detected from breaking changes and deprecations.
            </Text>
          )}
        </>
      )}
    </Stack>
  );
}

type Neighbours = NonNullable<LineageData['product']>['downstream'];

function neighbours(connection: Neighbours): Neighbour[] {
  return (connection?.nodes ?? []).map((n) => ({
    domain: n.domain,
    name: n.name,
    state: n.state,
    depth: n.depth,
    next: n.product?.lineage?.nodes ?? [],
  }));
}
