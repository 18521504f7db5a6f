import { newEvent } from '@mesh/contracts';
import type { AuthenticatedPrincipal } from '@mesh/platform';
import { MetricsRegistry } from '@mesh/platform';
import type { WebSocket } from 'ws';
import type { GatewayConfig } from '../config';
import { GatewayMetrics } from '../graphql/gateway-metrics';
import type { AudienceResolver, Audience } from './audience';
import { EventHub } from './event-hub';
import type { SubscriberConnection, SubscriberConnections } from './subscriber-connections';

const product = { domain: 'sales', name: 'customers', version: '2.1.0' };
const raised = () =>
  newEvent('quality.alert.raised', {
    subject: 'urn:mesh:product:sales:customers',
    producer: 'quality',
    payload: { alertId: 'a1', product, kind: 'quality', severity: 'critical', ruleId: 'r1', message: 'nulls' },
  });

const principal = (id: string, roles: AuthenticatedPrincipal['roles'] = []): AuthenticatedPrincipal => ({
  id,
  name: id,
  kind: 'user',
  roles,
});

/** A socket that only reports how much it has not sent yet: all the hub looks at. */
function connection(who: AuthenticatedPrincipal, bufferedAmount = 0): SubscriberConnection {
  return { token: `t-${who.id}`, principal: who, socket: { bufferedAmount } as WebSocket };
}

function setup(audience: Audience) {
  const dropped: { connection: SubscriberConnection; code: number }[] = [];
  const audiences = {
    audienceOf: async () => audience,
    forget: () => undefined,
    allows: jest.requireActual<typeof import('./audience')>('./audience').AudienceResolver.prototype.allows,
  } as unknown as AudienceResolver;
  const connections = {
    drop: (dropping: SubscriberConnection, code: number) => dropped.push({ connection: dropping, code }),
  } as unknown as SubscriberConnections;
  const config = { SUBSCRIBER_BUFFER_LIMIT_BYTES: 1_024 } as GatewayConfig;
  const hub = new EventHub(config, audiences, connections, new GatewayMetrics(new MetricsRegistry()));
  return { hub, dropped };
}

async function received(
  iterator: AsyncIterableIterator<Record<string, unknown>>,
): Promise<Record<string, unknown> | 'nothing'> {
  return Promise.race([
    iterator.next().then((result) => result.value),
    new Promise<'nothing'>((done) => setTimeout(() => done('nothing'), 50)),
  ]);
}

describe('EventHub', () => {
  it('gives a restricted product’s alerts to its domain, its grant holders and admins only', async () => {
    const { hub } = setup({ restricted: true, grantees: ['grantee'] });
    const owner = hub.subscribe(
      'qualityAlerts',
      connection(principal('o', [{ role: 'domain-owner', domain: 'sales' }])),
      () => true,
    );
    const grantee = hub.subscribe(
      'qualityAlerts',
      connection(principal('grantee', [{ role: 'consumer' }])),
      () => true,
    );
    const admin = hub.subscribe('qualityAlerts', connection(principal('a', [{ role: 'platform-admin' }])), () => true);
    const stranger = hub.subscribe('qualityAlerts', connection(principal('s', [{ role: 'consumer' }])), () => true);
    const otherDomain = hub.subscribe(
      'qualityAlerts',
      connection(principal('f', [{ role: 'domain-owner', domain: 'finance' }])),
      () => true,
    );
    await hub.publish(raised());
    for (const allowed of [owner, grantee, admin]) expect(await received(allowed)).toMatchObject({ alertId: 'a1' });
    for (const refused of [stranger, otherDomain]) expect(await received(refused)).toBe('nothing');
  });

  it('applies each subscription’s filter', async () => {
    const { hub } = setup({ restricted: false, grantees: [] });
    const reader = principal('r', [{ role: 'consumer' }]);
    const warnings = hub.subscribe('qualityAlerts', connection(reader), (event) => event.severity === 'warning');
    const all = hub.subscribe('qualityAlerts', connection(reader), () => true);
    await hub.publish(raised());
    expect(await received(warnings)).toBe('nothing');
    expect(await received(all)).toMatchObject({ type: 'raised' });
  });

  it('drops a subscriber whose socket holds more unsent bytes than the limit, and keeps the others', async () => {
    const { hub, dropped } = setup({ restricted: false, grantees: [] });
    const slowConnection = connection(principal('slow'), 4_096);
    hub.subscribe('qualityAlerts', slowConnection, () => true);
    const fast = hub.subscribe('qualityAlerts', connection(principal('fast')), () => true);
    await hub.publish(raised());
    expect(dropped).toEqual([{ connection: slowConnection, code: 4413 }]);
    expect(await received(fast)).toMatchObject({ alertId: 'a1' });
  });

  it('drops a subscriber whose queue overflows instead of growing it', async () => {
    const { hub, dropped } = setup({ restricted: false, grantees: [] });
    const stuck = connection(principal('stuck'));
    hub.subscribe('qualityAlerts', stuck, () => true);
    for (let i = 0; i <= 1_000; i++) await hub.publish(raised());
    expect(dropped.map((drop) => drop.connection)).toContain(stuck);
  });

  it('forgets a subscription once its iterator returns', async () => {
    const { hub } = setup({ restricted: false, grantees: [] });
    const subscription = hub.subscribe('qualityAlerts', connection(principal('gone')), () => true);
    await subscription.return?.();
    await hub.publish(raised());
    await expect(subscription.next()).resolves.toEqual({ value: undefined, done: true });
  });
});
