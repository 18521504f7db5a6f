import type { MonitoredVersion } from '../products/monitored-versions.repository';
import type { PortFreshnessRow } from './port-freshness.repository';
import { productSla } from './sla-status';

const publishedAt = new Date('2026-01-01T00:00:00Z');
const at = (minutes: number) => new Date(publishedAt.getTime() + minutes * 60_000);

function version(sla: unknown): MonitoredVersion {
  return {
    ref: { domain: 'sales', name: 'orders', version: '1.0.0' },
    descriptor: {
      spec: { outputPorts: [{ name: 'orders' }, { name: 'lines' }], contract: { sla } },
    } as unknown as MonitoredVersion['descriptor'],
    outputPorts: [],
    publishedAt,
  };
}

const rows = (entries: Record<string, PortFreshnessRow>) => new Map(Object.entries(entries));

describe('productSla', () => {
  it('is unknown without a freshness objective, and says what the contract declares', () => {
    expect(productSla(version({ availability: '99.9%' }), rows({}), at(1))).toMatchObject({
      status: 'unknown',
      freshness: null,
      availability: '99.9%',
      ports: [],
    });
  });

  it('judges every port the objective covers: unknown before data, met with fresh data, breached past it', () => {
    const sla = version({ freshness: { maxDelay: '1h' } });
    const fresh = { lastCommittedAt: at(50), breachedSince: null };
    expect(productSla(sla, rows({}), at(10)).ports.map((port) => port.status)).toEqual(['unknown', 'unknown']);
    expect(productSla(sla, rows({ orders: fresh }), at(55))).toMatchObject({
      status: 'unknown',
      ports: [
        { port: 'orders', status: 'met', lastDataAt: at(50).toISOString(), ageMs: 5 * 60_000 },
        { port: 'lines', status: 'unknown', lastDataAt: null },
      ],
    });
    expect(productSla(sla, rows({ orders: fresh, lines: fresh }), at(55)).status).toBe('met');
    // Late since the last sweep: breached now, from when the objective was first missed.
    const late = productSla(sla, rows({ orders: fresh, lines: fresh }), at(120));
    expect(late).toMatchObject({ status: 'breached', ports: [{ breachedSince: at(110).toISOString() }, {}] });
  });

  it('covers only the port the objective names', () => {
    const sla = version({ freshness: { maxDelay: '1h', port: 'lines' } });
    expect(productSla(sla, rows({}), at(1)).ports.map((port) => port.port)).toEqual(['lines']);
  });
});
