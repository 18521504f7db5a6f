import { Badge, Group, Table, Text } from '@mantine/core';
import { readableOnLight } from '../components/Badges';
import { diffContracts, type ChangeLevel, type Contract } from './contract-diff';

const LEVEL_COLORS: Record<ChangeLevel, string> = { BREAKING: 'red', MINOR: 'blue', PATCH: 'gray' };

interface ContractDiffProps {
  from: { version: string; contract: Contract };
  to: { version: string; contract: Contract };
}

/** The changes from one version's contract to another's, breaking ones first. */
export function ContractDiff({ from, to }: ContractDiffProps) {
  const changes = diffContracts(from.contract, to.contract);
  const breakingCount = changes.filter((change) => change.level === 'BREAKING').length;
  if (changes.length === 0) {
    return (
      <Text size="sm" role="status">
        The contracts of {from.version} and {to.version} are the same.
      </Text>
    );
  }
  return (
    <>
      <Group gap="xs" mb="xs" role="status">
        <Text size="sm">
          {from.version} → {to.version}: {changes.length} changes, {breakingCount} breaking
        </Text>
      </Group>
      <Table aria-label={`Contract changes from ${from.version} to ${to.version}`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Level</Table.Th>
            <Table.Th>Where</Table.Th>
            <Table.Th>Change</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {changes.map((change) => (
            <Table.Tr key={`${change.at}:${change.reason}`} data-level={change.level}>
              <Table.Td>
                <Badge
                  size="sm"
                  variant="light"
                  color={LEVEL_COLORS[change.level]}
                  style={readableOnLight(LEVEL_COLORS[change.level])}
                >
                  {change.level.toLowerCase()}
                </Badge>
              </Table.Td>
              <Table.Td>
                <code>{change.at}</code>
              </Table.Td>
              <Table.Td>{change.reason}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}
