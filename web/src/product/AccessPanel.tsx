import { Button, Card, Group, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useMutation, useQuery, useSubscription } from 'urql';
import { StateBadge } from '../components/Badges';
import { ErrorState, ListSkeleton } from '../components/States';
import { problemsAt } from '../graphql/errors';
import type { AccessRequestFieldsFragment, MyAccess } from '../graphql/generated/graphql';
import { countEvents } from '../live/use-event-count';
import { useRefetchOn } from '../live/use-refetch-on';
import {
  AccessEventsSubscription,
  ApproveAccessMutation,
  DenyAccessMutation,
  ProductAccessQuery,
  RequestAccessMutation,
} from './product.graphql';

/** How long a request asks access for, by default; the owner decides. */
const DEFAULT_DAYS = 90;

export function AccessPanel({ domain, name }: { domain: string; name: string }) {
  const [{ data, error, fetching }, refetch] = useQuery({ query: ProductAccessQuery, variables: { domain, name } });
  // Requests and decisions arrive live, for the owner and for the requester.
  const [{ data: events }] = useSubscription({ query: AccessEventsSubscription, variables: { domain } }, countEvents);
  useRefetchOn(events, () => refetch({ requestPolicy: 'network-only' }), 200);
  if (fetching && !data) return <ListSkeleton rows={4} />;
  const product = data?.product;
  if (!product || !data) return <ErrorState problems={problemsAt(error)} onRetry={refetch} />;
  const owns = data.me.isAdmin || data.me.domains.includes(domain);
  const mine = product.access?.request ?? null;
  return (
    <Stack>
      <Card withBorder>
        <Title order={3} size="h4" mb="xs">
          My access
        </Title>
        {product.access ? (
          <Stack gap="xs">
            <Group gap="xs">
              <Text size="sm">Status:</Text>
              <span data-testid="my-access-status">
                {/* OPEN is also an alert state (red); for access it is good news. */}
                <StateBadge value={product.access.status === 'OPEN' ? 'open_to_you' : product.access.status} />
              </span>
              <Text size="sm" c="dimmed">
                visibility {product.access.visibility}, approval {product.access.approval}
              </Text>
            </Group>
            {mine && (
              <Text size="sm">
                My request of {new Date(mine.createdAt).toLocaleDateString()} ("{mine.purpose}") is{' '}
                <strong data-testid="my-request-state">{mine.state.toLowerCase()}</strong>
                {mine.decidedBy ? ` by ${mine.decidedBy}` : ''}
                {mine.reason ? `: ${mine.reason}` : ''}.
              </Text>
            )}
            {mayRequest(product.access.status, owns) && (
              <RequestForm domain={domain} name={name} onDone={() => refetch({ requestPolicy: 'network-only' })} />
            )}
          </Stack>
        ) : (
          <ErrorState problems={problemsAt(error, 'product', 'access')} />
        )}
      </Card>
      {owns && (
        <OwnerRequests
          requests={product.accessRequests?.nodes ?? []}
          onDecided={() => refetch({ requestPolicy: 'network-only' })}
        />
      )}
    </Stack>
  );
}

/**
 * Whether to offer a request: the gateway says OPEN for any internal product, but the catalog still wants a grant
 * to read its tables, so only the product's own domain and admins have nothing to ask for.
 */
const mayRequest = (status: MyAccess, owns: boolean) => status === 'NONE' || (status === 'OPEN' && !owns);

function RequestForm({ domain, name, onDone }: { domain: string; name: string; onDone: () => void }) {
  const [purpose, setPurpose] = useState('');
  const [{ fetching }, request] = useMutation(RequestAccessMutation);
  const submit = async () => {
    const until = new Date(Date.now() + DEFAULT_DAYS * 86_400_000).toISOString();
    const result = await request({ domain, name, input: { purpose, until } });
    if (result.error) notifications.show({ color: 'red', title: 'Request refused', message: result.error.message });
    else onDone();
  };
  return (
    <Stack gap="xs">
      <Textarea
        label="Purpose"
        description={`What you will use the data for; access is asked for ${DEFAULT_DAYS} days.`}
        value={purpose}
        onChange={(event) => setPurpose(event.currentTarget.value)}
        minRows={2}
      />
      <Button w="fit-content" onClick={submit} loading={fetching} disabled={purpose.trim().length < 3}>
        Request access
      </Button>
    </Stack>
  );
}

function OwnerRequests({
  requests,
  onDecided,
}: {
  requests: readonly AccessRequestFieldsFragment[];
  onDecided: () => void;
}) {
  const [, approve] = useMutation(ApproveAccessMutation);
  const [, deny] = useMutation(DenyAccessMutation);
  const decide = async (action: () => Promise<{ error?: { message: string } }>) => {
    const result = await action();
    if (result.error) notifications.show({ color: 'red', title: 'Not decided', message: result.error.message });
    onDecided();
  };
  const pending = requests.filter((r) => r.state === 'PENDING');
  const consumers = requests.filter((r) => r.state === 'GRANTED');
  return (
    <Card withBorder>
      <Title order={3} size="h4" mb="xs">
        Requests to decide ({pending.length})
      </Title>
      {pending.length === 0 && (
        <Text size="sm" c="dimmed">
          No request waits for a decision.
        </Text>
      )}
      <Stack gap="xs">
        {pending.map((r) => (
          <Group key={r.id} justify="space-between" data-testid={`pending-${r.id}`}>
            <Text size="sm">
              <strong>{r.principal}</strong> until {new Date(r.until).toLocaleDateString()}: "{r.purpose}"
            </Text>
            <Group gap="xs">
              <Button size="xs" color="green" onClick={() => decide(() => approve({ id: r.id }))}>
                Approve
              </Button>
              <Button
                size="xs"
                color="red"
                variant="light"
                onClick={() => decide(() => deny({ id: r.id, reason: 'Denied by the owner' }))}
              >
                Deny
              </Button>
            </Group>
          </Group>
        ))}
      </Stack>
      <Title order={3} size="h4" my="xs">
        Consumers ({consumers.length})
      </Title>
      {consumers.length > 0 && (
        <Table aria-label="Consumers with granted access">
          <Table.Tbody>
            {consumers.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>{r.principal}</Table.Td>
                <Table.Td>{r.purpose}</Table.Td>
                <Table.Td>until {new Date(r.until).toLocaleDateString()}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
