import { Badge, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useQuery } from 'urql';
import { ErrorState, ListSkeleton } from '../components/States';
import { problemsAt } from '../graphql/errors';
import { ContractDiff } from './ContractDiff';
import type { Contract } from './contract-diff';
import { VersionContractQuery } from './product.graphql';

interface ContractPanelProps {
  domain: string;
  name: string;
  version: string;
  contract: Contract;
  /** Every version, newest first, to compare with. */
  versions: readonly string[];
}

export function ContractPanel({ domain, name, version, contract, versions }: ContractPanelProps) {
  const others = versions.filter((v) => v !== version);
  const [compareWith, setCompareWith] = useState<string | null>(others[0] ?? null);
  return (
    <Stack>
      {contract.tables.map((table) => (
        <ContractTable table={table} key={table.name} />
      ))}
      <Title order={3} size="h4">
        Changes between versions
      </Title>
      {others.length === 0 ? (
        <Text size="sm" c="dimmed">
          This is the only version; a change to the contract shows here once a second version is applied.
        </Text>
      ) : (
        <>
          <Select
            label="Compare with"
            data={others}
            value={compareWith}
            onChange={setCompareWith}
            w={200}
            allowDeselect={false}
          />
          {compareWith && (
            <VersionDiff domain={domain} name={name} current={{ version, contract }} other={compareWith} />
          )}
        </>
      )}
    </Stack>
  );
}

function ContractTable({ table }: { table: Contract['tables'][number] }) {
  return (
    <div>
      <Title order={3} size="h4">
        {table.name}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {table.description}
      </Text>
      <Table.ScrollContainer minWidth={640}>
        <Table striped aria-label={`Fields of ${table.name}`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Field</Table.Th>
              <Table.Th>Type</Table.Th>
              <Table.Th>Required</Table.Th>
              <Table.Th>Flags</Table.Th>
              <Table.Th>Description</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {table.fields.map((field) => (
              <Table.Tr key={field.name}>
                <Table.Td>
                  <code>{field.name}</code>
                </Table.Td>
                <Table.Td>
                  <code>{field.type}</code>
                </Table.Td>
                <Table.Td>{field.required ? 'yes' : 'no'}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {field.primaryKey && (
                      <Badge size="xs" variant="outline">
                        key
                      </Badge>
                    )}
                    {field.unique && (
                      <Badge size="xs" variant="outline">
                        unique
                      </Badge>
                    )}
                    {field.pii && (
                      <Badge size="xs" color="red" variant="outline">
                        PII
                      </Badge>
                    )}
                    {field.classification && (
                      <Badge size="xs" variant="outline">
                        {field.classification.toLowerCase()}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>{field.description}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </div>
  );
}

/** The diff from the older of the two versions to the newer, whichever was picked. */
function VersionDiff(props: {
  domain: string;
  name: string;
  current: { version: string; contract: Contract };
  other: string;
}) {
  const [{ data, error, fetching }] = useQuery({
    query: VersionContractQuery,
    variables: { domain: props.domain, name: props.name, version: props.other },
  });
  if (fetching) return <ListSkeleton rows={3} />;
  const other = data?.product?.version;
  if (!other) return <ErrorState problems={problemsAt(error)} />;
  const older = isOlder(other.version, props.current.version);
  return older ? <ContractDiff from={other} to={props.current} /> : <ContractDiff from={props.current} to={other} />;
}

const isOlder = (a: string, b: string) => a.localeCompare(b, undefined, { numeric: true }) < 0;
