import { encodeCursor } from '@mesh/platform';
import { randomUUID } from 'node:crypto';
import { alertCursorKey, alertsQuery } from './alerts.requests';
import { pointersOf } from '../requests/test-pointers';

const encode = (key: unknown) => Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');

describe('alertsQuery', () => {
  it('lists unresolved alerts, 50 a page, unless asked otherwise', () => {
    expect(alertsQuery.parse({})).toEqual({ state: ['open', 'acknowledged'], limit: 50 });
  });

  it('takes every filter, several values repeated or comma-separated', () => {
    expect(
      alertsQuery.parse({
        state: 'resolved,open',
        domain: 'sales',
        name: 'orders',
        severity: ['critical', 'warning'],
        kind: 'freshness',
        limit: '10',
      }),
    ).toEqual({
      state: ['resolved', 'open'],
      domain: 'sales',
      name: 'orders',
      severity: ['critical', 'warning'],
      kind: ['freshness'],
      limit: 10,
    });
  });

  it('names each malformed parameter by its pointer', () => {
    expect(pointersOf(alertsQuery, { state: 'closed', severity: 'major', kind: 'latency' })).toEqual([
      '/kind',
      '/severity',
      '/state',
    ]);
    expect(pointersOf(alertsQuery, { limit: '0' })).toEqual(['/limit']);
    expect(pointersOf(alertsQuery, { limit: '201' })).toEqual(['/limit']);
    expect(pointersOf(alertsQuery, { domain: 'Sales' })).toEqual(['/domain']);
    expect(pointersOf(alertsQuery, { product: 'sales/orders' })).toEqual(['/product']);
  });

  it('needs a domain to find a product by name', () => {
    expect(pointersOf(alertsQuery, { name: 'orders' })).toEqual(['/name']);
  });
});

describe('alert cursors', () => {
  const id = randomUUID();

  it('decode to the key they were made of, microseconds included', () => {
    const cursor = encodeCursor(alertCursorKey({ raisedAt: '2025-03-01T10:20:30.123456Z', id }));
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(alertsQuery.parse({ cursor }).cursor).toEqual({ raisedAt: '2025-03-01T10:20:30.123456Z', id });
  });

  it.each([
    ['not base64 JSON', '%%%'],
    ['an object', encode({ raisedAt: '2025-03-01T10:20:30.123456Z', id })],
    ['a key without id', encode(['2025-03-01T10:20:30.123456Z'])],
    ['an id that is no uuid', encode(['2025-03-01T10:20:30.123456Z', "1' OR '1'='1"])],
    ['milliseconds only', encode(['2025-03-01T10:20:30.123Z', id])],
    ['a day that does not exist', encode(['2025-02-30T10:20:30.123456Z', id])],
    ['an extra element', encode(['2025-03-01T10:20:30.123456Z', id, 1])],
  ])('refuses %s, naming /cursor', (_, cursor) => {
    expect(pointersOf(alertsQuery, { cursor })).toEqual(['/cursor']);
  });
});
