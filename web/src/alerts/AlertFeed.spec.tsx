import { fireEvent, screen } from '@testing-library/react';
import { vi } from 'vitest';
import { renderInApp } from '../test/render';
import { AlertFeed } from './AlertFeed';
import { mergeAlerts, type AlertEvent, type AlertView } from './merge-alerts';

const alert = (id: string, lastRaisedAt: string, overrides: Partial<AlertView> = {}): AlertView => ({
  id,
  domain: 'sales',
  name: 'orders',
  version: '1.4.0',
  ruleKey: 'orders.status.required',
  kind: 'QUALITY',
  severity: 'CRITICAL',
  message: 'status has nulls',
  state: 'OPEN',
  raisedCount: 1,
  firstRaisedAt: lastRaisedAt,
  lastRaisedAt,
  acknowledgedBy: null,
  acknowledgedAt: null,
  acknowledgementNote: null,
  resolvedAt: null,
  resolution: null,
  ...overrides,
});

const event = (
  type: AlertEvent['type'],
  alertId: string,
  occurredAt: string,
  extra: Partial<AlertEvent> = {},
): AlertEvent => ({
  eventId: `${type}-${alertId}-${occurredAt}`,
  type,
  occurredAt,
  alertId,
  product: { domain: 'finance', name: 'revenue', version: '3.0.0' },
  kind: 'QUALITY',
  severity: 'WARNING',
  ruleId: 'revenue.net.positive',
  message: 'negative net revenue',
  actor: null,
  note: null,
  resolution: null,
  ...extra,
});

describe('AlertFeed', () => {
  it('lists alerts with links to the product and the failing rule, and acknowledges open ones', () => {
    const onAcknowledge = vi.fn();
    renderInApp(<AlertFeed alerts={[alert('a1', '2026-01-01T10:00:00Z')]} onAcknowledge={onAcknowledge} />);
    expect(screen.getByRole('link', { name: 'sales/orders' })).toHaveAttribute(
      'href',
      '/products/sales/orders?v=1.4.0',
    );
    expect(screen.getByRole('link', { name: /rule orders.status.required/ }).getAttribute('href')).toContain(
      'tab=quality&rule=orders.status.required',
    );
    fireEvent.click(screen.getByRole('button', { name: /Acknowledge the alert on sales\/orders/ }));
    expect(onAcknowledge).toHaveBeenCalledWith('a1');
  });

  it('says what to expect when there is no alert', () => {
    renderInApp(<AlertFeed alerts={[]} />);
    expect(screen.getByText('No alerts')).toBeInTheDocument();
  });

  it('puts a newly raised alert on top and applies acknowledgements live', () => {
    const queried = [alert('a1', '2026-01-01T10:00:00Z'), alert('a2', '2026-01-01T09:00:00Z')];
    const events = [
      event('ACKNOWLEDGED', 'a2', '2026-01-01T11:01:00Z', { actor: 'ops' }),
      event('RAISED', 'a3', '2026-01-01T11:00:00Z'),
    ];
    const merged = mergeAlerts(queried, events);
    expect(merged.map((a) => a.id)).toEqual(['a3', 'a1', 'a2']);
    expect(merged[0]).toMatchObject({ domain: 'finance', name: 'revenue', state: 'OPEN', severity: 'WARNING' });
    expect(merged[2]).toMatchObject({ state: 'ACKNOWLEDGED', acknowledgedBy: 'ops' });

    renderInApp(<AlertFeed alerts={merged} onAcknowledge={() => {}} />);
    expect(screen.getAllByRole('listitem').map((item) => item.dataset.testid)).toEqual([
      'alert-a3',
      'alert-a1',
      'alert-a2',
    ]);
    expect(screen.getAllByRole('button', { name: /Acknowledge/ })).toHaveLength(2);
  });
});
