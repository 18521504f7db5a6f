import type { AlertFieldsFragment, QualityAlertsSubscription } from '../graphql/generated/graphql';

export type AlertView = AlertFieldsFragment;
export type AlertEvent = QualityAlertsSubscription['qualityAlerts'];

/**
 * The alerts a page queried, brought up to date by the events received since: a raised alert that the query did
 * not return yet is added from its event, and acknowledgements and resolutions change the state at once, without
 * waiting for a refetch. Newest first. `events` are newest first, as the live feed keeps them.
 */
export function mergeAlerts(queried: readonly AlertView[], events: readonly AlertEvent[]): AlertView[] {
  const byId = new Map(queried.map((alert) => [alert.id, alert]));
  for (const event of [...events].reverse()) {
    const known = byId.get(event.alertId);
    byId.set(event.alertId, applyEvent(known, event));
  }
  return [...byId.values()].sort((a, b) => b.lastRaisedAt.localeCompare(a.lastRaisedAt));
}

function applyEvent(alert: AlertView | undefined, event: AlertEvent): AlertView {
  const base = alert ?? fromRaisedEvent(event);
  switch (event.type) {
    case 'RAISED':
      return event.occurredAt > base.lastRaisedAt
        ? { ...base, state: 'OPEN', lastRaisedAt: event.occurredAt, message: event.message ?? base.message }
        : base;
    case 'ACKNOWLEDGED':
      return {
        ...base,
        state: 'ACKNOWLEDGED',
        acknowledgedBy: event.actor ?? base.acknowledgedBy,
        acknowledgedAt: event.occurredAt,
        acknowledgementNote: event.note ?? base.acknowledgementNote,
      };
    case 'RESOLVED':
      return { ...base, state: 'RESOLVED', resolvedAt: event.occurredAt, resolution: event.resolution ?? null };
  }
}

function fromRaisedEvent(event: AlertEvent): AlertView {
  return {
    __typename: 'Alert',
    id: event.alertId,
    domain: event.product.domain,
    name: event.product.name,
    version: event.product.version,
    ruleKey: event.ruleId ?? '',
    kind: event.kind ?? 'QUALITY',
    severity: event.severity ?? 'WARNING',
    message: event.message ?? '',
    state: 'OPEN',
    raisedCount: 1,
    firstRaisedAt: event.occurredAt,
    lastRaisedAt: event.occurredAt,
    acknowledgedBy: null,
    acknowledgedAt: null,
    acknowledgementNote: null,
    resolvedAt: null,
    resolution: null,
  };
}
