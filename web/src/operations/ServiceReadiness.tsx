import { Card, Group, SimpleGrid, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { StateBadge } from '../components/Badges';
import { ErrorState, ListSkeleton } from '../components/States';

/** The gateway's /ready answer: each component it uses, up or down (the Terminus health-check shape). */
interface Readiness {
  status: string;
  info?: Record<string, { status: string; message?: string }>;
  error?: Record<string, { status: string; message?: string }>;
}

const POLL_MS = 5000;

/** Every service's readiness as the gateway sees it, polled: /ready is plain HTTP, not GraphQL. */
export function ServiceReadiness() {
  const [readiness, setReadiness] = useState<Readiness | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    let stopped = false;
    const poll = async () => {
      try {
        // 503 still carries the JSON that says which component is down.
        const body = (await (await fetch('/ready')).json()) as Readiness;
        if (!stopped) {
          setReadiness(body);
          setFailure(null);
        }
      } catch (error) {
        if (!stopped) setFailure(error instanceof Error ? error.message : String(error));
      }
    };
    void poll();
    const timer = setInterval(poll, POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, []);
  if (failure)
    return (
      <ErrorState problems={[{ message: `The gateway's /ready did not answer: ${failure}`, service: 'gateway' }]} />
    );
  if (!readiness) return <ListSkeleton rows={2} height={60} />;
  const components = { ...readiness.info, ...readiness.error };
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        Services
      </Title>
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        {Object.entries(components).map(([name, state]) => (
          <Group key={name} gap="xs" data-testid={`service-${name}`}>
            <Text fw={600}>{name}</Text>
            <StateBadge value={state.status === 'up' ? 'PASS' : 'FAIL'} />
            {state.message && <Text size="xs">{state.message}</Text>}
          </Group>
        ))}
      </SimpleGrid>
    </Card>
  );
}
