import { Badge, Code, Group, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { StateBadge } from '../components/Badges';
import type { ProductQuery } from '../graphql/generated/graphql';
import { CopyText } from './CopyText';

type OutputPort = NonNullable<NonNullable<ProductQuery['product']>['version']>['ports'][number];

/** Each output port with its physical address and the snippets that read it (the gateway's, for this mesh). */
export function PortsPanel({ ports }: { ports: readonly OutputPort[] }) {
  return (
    <Stack>
      {ports.map((port) => {
        const { snippets } = port;
        return (
          <Paper withBorder p="md" key={port.name}>
            <Group justify="space-between" mb="xs">
              <Title order={3} size="h4">
                {port.name}
              </Title>
              <Group gap={6}>
                <Badge variant="outline">{port.type === 'ICEBERG_TABLE' ? 'Iceberg table' : 'Kafka topic'}</Badge>
                <StateBadge value={port.provisioned ? 'provisioned' : 'pending'} />
              </Group>
            </Group>
            {port.description && <Text size="sm">{port.description}</Text>}
            {port.physicalName && (
              <Text size="sm" my="xs">
                Physical name: <Code>{port.physicalName}</Code>
              </Text>
            )}
            {snippets.length > 0 && (
              <Tabs defaultValue={tabId(snippets[0].label)} keepMounted={false}>
                <Tabs.List>
                  {snippets.map((snippet) => (
                    <Tabs.Tab value={tabId(snippet.label)} key={snippet.label}>
                      {snippet.label}
                    </Tabs.Tab>
                  ))}
                </Tabs.List>
                {snippets.map((snippet) => (
                  <Tabs.Panel value={tabId(snippet.label)} key={snippet.label} pt="xs">
                    <Group justify="flex-end">
                      <CopyText value={snippet.code} label={`Copy the ${snippet.label} snippet`} />
                    </Group>
                    <Code block>{snippet.code}</Code>
                  </Tabs.Panel>
                ))}
              </Tabs>
            )}
          </Paper>
        );
      })}
    </Stack>
  );
}

/** Tab values become element ids: no spaces. */
const tabId = (label: string) => label.toLowerCase().replace(/\W+/g, '-');
