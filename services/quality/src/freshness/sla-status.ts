import { durationMs } from '@mesh/descriptor';
import type { MonitoredVersion } from '../products/monitored-versions.repository';
import { judgeFreshness } from './freshness';
import type { PortFreshnessRow } from './port-freshness.repository';

export const SLA_STATUSES = ['met', 'breached', 'unknown'] as const;
export type SlaStatus = (typeof SLA_STATUSES)[number];

export interface PortSla {
  port: string;
  /** The last publication of data; null before the first. */
  lastDataAt: string | null;
  /** Time since the last data (or since the version was published, before any data), in ms. */
  ageMs: number;
  /** When the objective was first missed, while it is; null otherwise. */
  breachedSince: string | null;
  status: SlaStatus;
}

export interface ProductSla {
  domain: string;
  name: string;
  version: string;
  /** Breached when any port is, met when every port has fresh data, unknown without an objective or data yet. */
  status: SlaStatus;
  /** The contract's freshness objective (e.g. `1h`), or null without one. */
  freshness: string | null;
  /** The contract's availability objective, declared only: nothing measures it yet. */
  availability: string | null;
  ports: PortSla[];
}

/**
 * Where a version stands against its SLA now, judged as the freshness monitor judges (so a port late since the
 * last sweep is already breached here): a port with data within its objective is met; one past it is breached;
 * one that has had no data yet but is within the objective since publication is unknown.
 */
export function productSla(
  version: MonitoredVersion,
  rows: ReadonlyMap<string, PortFreshnessRow>,
  now: Date,
): ProductSla {
  const sla = version.descriptor.spec.contract.sla;
  const maxDelayMs = sla?.freshness === undefined ? undefined : durationMs(sla.freshness.maxDelay);
  const covered =
    maxDelayMs === undefined
      ? []
      : sla?.freshness?.port === undefined
        ? version.descriptor.spec.outputPorts.map((port) => port.name)
        : [sla.freshness.port];
  const ports = covered.map((port): PortSla => {
    const row = rows.get(port) ?? { lastCommittedAt: null, breachedSince: null };
    const lastDataAt = row.lastCommittedAt ?? version.publishedAt;
    const verdict = judgeFreshness({ maxDelayMs: maxDelayMs!, lastDataAt, breachedSince: row.breachedSince, now });
    const breachedSince =
      verdict.kind === 'breached' ? verdict.breachedSince : verdict.kind === 'restored' ? null : row.breachedSince;
    return {
      port,
      lastDataAt: row.lastCommittedAt?.toISOString() ?? null,
      ageMs: verdict.ageMs,
      breachedSince: breachedSince?.toISOString() ?? null,
      status: breachedSince !== null ? 'breached' : row.lastCommittedAt === null ? 'unknown' : 'met',
    };
  });
  return {
    ...version.ref,
    status: overall(ports),
    freshness: sla?.freshness?.maxDelay ?? null,
    availability: sla?.availability ?? null,
    ports,
  };
}

function overall(ports: readonly PortSla[]): SlaStatus {
  if (ports.some((port) => port.status === 'breached')) return 'breached';
  return ports.length > 0 && ports.every((port) => port.status === 'met') ? 'met' : 'unknown';
}
