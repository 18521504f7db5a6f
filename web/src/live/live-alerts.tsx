import { notifications } from '@mantine/notifications';
import { createContext, useCallback, useContext, type ReactNode } from 'react';
import { useSubscription } from 'urql';
import { QualityAlertsSubscription } from '../alerts/alerts.graphql';
import type { AlertEvent } from '../alerts/merge-alerts';

/** How many alert events the app keeps; pages refetch long before this matters. */
const KEPT_EVENTS = 500;

const LiveAlertsContext = createContext<readonly AlertEvent[]>([]);

/**
 * One subscription to the mesh's quality alerts for the whole app: every page reads the same events (the overview,
 * the alerts feed, a product's quality), and a newly raised alert shows as a toast wherever the user is.
 */
export function LiveAlertsProvider({ children }: { children: ReactNode }) {
  const keep = useCallback((events: AlertEvent[] = [], next: { qualityAlerts: AlertEvent }) => {
    const event = next.qualityAlerts;
    if (event.type === 'RAISED') toast(event);
    return [event, ...events].slice(0, KEPT_EVENTS);
  }, []);
  const [{ data }] = useSubscription({ query: QualityAlertsSubscription }, keep);
  return <LiveAlertsContext.Provider value={data ?? []}>{children}</LiveAlertsContext.Provider>;
}

/** The alert events received since the app opened, newest first. */
export function useLiveAlertEvents(): readonly AlertEvent[] {
  return useContext(LiveAlertsContext);
}

function toast(event: AlertEvent) {
  const { domain, name, version } = event.product;
  notifications.show({
    id: event.eventId,
    title: `${event.severity?.toLowerCase() ?? 'new'} alert on ${domain}/${name} ${version}`,
    message: event.message ?? event.ruleId ?? 'A quality rule failed.',
    color: event.severity === 'CRITICAL' ? 'red' : 'orange',
    autoClose: 8000,
  });
}
