import { Group, MultiSelect, Select, Stack, Text, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { ErrorState, ListSkeleton } from '../components/States';
import { problemsAt } from '../graphql/errors';
import type { AlertSeverity, AlertState } from '../graphql/generated/graphql';
import { useLiveAlertEvents } from '../live/live-alerts';
import { AlertFeed } from './AlertFeed';
import { AlertsQuery } from './alerts.graphql';
import { mergeAlerts } from './merge-alerts';
import { useAcknowledge } from './use-acknowledge';
import { counted } from '../components/counted';

const STATES: AlertState[] = ['OPEN', 'ACKNOWLEDGED', 'RESOLVED'];
const SEVERITIES: AlertSeverity[] = ['CRITICAL', 'WARNING', 'INFO'];
const DEFAULT_STATES: AlertState[] = ['OPEN', 'ACKNOWLEDGED'];

/** The live alert feed: the query gives the past, the subscription everything since, filtered the same way. */
export default function AlertsPage() {
  const [params, setParams] = useSearchParams();
  const states = params.getAll('state').filter((s): s is AlertState => STATES.includes(s as AlertState));
  const status = states.length > 0 ? states : DEFAULT_STATES;
  const severity = params.getAll('severity').filter((s): s is AlertSeverity => SEVERITIES.includes(s as AlertSeverity));
  const domain = params.get('domain');
  const [{ data, error, fetching }] = useQuery({
    query: AlertsQuery,
    variables: { status, severity: severity.length > 0 ? severity : null, domain },
  });
  const events = useLiveAlertEvents();
  const { acknowledge, acknowledging } = useAcknowledge();
  const setList = (key: string, values: string[]) => {
    const next = new URLSearchParams(params);
    next.delete(key);
    for (const value of values) next.append(key, value);
    setParams(next, { replace: true });
  };
  const alerts = mergeAlerts(data?.alerts.nodes ?? [], events).filter(
    (a) =>
      status.includes(a.state) &&
      (severity.length === 0 || severity.includes(a.severity)) &&
      (domain === null || a.domain === domain),
  );
  const domains = [...new Set((data?.alerts.nodes ?? []).map((a) => a.domain).concat(domain ?? []))];
  return (
    <Stack>
      <Title order={1}>Alerts</Title>
      <Group align="flex-end">
        <MultiSelect label="State" data={STATES} value={status} onChange={(v) => setList('state', v)} w={320} />
        <MultiSelect
          label="Severity"
          data={SEVERITIES}
          value={severity}
          onChange={(v) => setList('severity', v)}
          placeholder="any"
          w={280}
        />
        <Select
          label="Domain"
          data={domains}
          value={domain}
          onChange={(v) => setList('domain', v ? [v] : [])}
          placeholder="any"
          clearable
          w={200}
        />
      </Group>
      <Text size="sm" c="dimmed" role="status">
        {counted(alerts.length, 'alert')} · updates live
      </Text>
      <ErrorState problems={problemsAt(error)} />
      {fetching && !data ? (
        <ListSkeleton rows={6} height={72} />
      ) : (
        <AlertFeed alerts={alerts} onAcknowledge={acknowledge} acknowledging={acknowledging} />
      )}
    </Stack>
  );
}
