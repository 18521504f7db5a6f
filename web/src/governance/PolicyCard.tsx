import { Accordion, Code, Group, Stack, Text } from '@mantine/core';
import { stringify } from 'yaml';
import { StateBadge } from '../components/Badges';
import type { GovernanceQuery } from '../graphql/generated/graphql';

type Policy = GovernanceQuery['policies']['nodes'][number];

/** A policy: its CEL, and every revision as the YAML document that was applied. */
export function PolicyItem({ policy }: { policy: Policy }) {
  return (
    <Accordion.Item value={policy.id}>
      <Accordion.Control>
        <Group gap="xs">
          <Text fw={600}>{policy.title}</Text>
          <StateBadge value={policy.severity} />
          <Text size="sm" c="dimmed">
            {policy.id} · {policy.scope} · r{policy.revision}
          </Text>
        </Group>
      </Accordion.Control>
      <Accordion.Panel>
        <Stack gap="xs">
          {policy.description && <Text size="sm">{policy.description}</Text>}
          <Text size="sm">CEL that must hold ({policy.target.toLowerCase().replace('_', ' ')}):</Text>
          <Code block>{policy.expression}</Code>
          <Text size="sm">Message when it does not: {policy.message}</Text>
          <Text size="sm" fw={600}>
            Revisions
          </Text>
          {policy.revisions.map((revision) => (
            <details key={revision.revision}>
              <summary>
                r{revision.revision} {revision.change} by {revision.changedBy ?? 'unknown'},{' '}
                {new Date(revision.changedAt).toLocaleString()}
              </summary>
              <Code block>{stringify(revision.policy)}</Code>
            </details>
          ))}
        </Stack>
      </Accordion.Panel>
    </Accordion.Item>
  );
}
