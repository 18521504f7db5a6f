import type { MeshUnderTest } from '@mesh/testing';
import { delayLink, killService, pauseService, stopComponent, together, type Fault } from './faults';
import type { LatencyProxy } from './latency-proxy';
import type { LoadRates } from './load';

export interface Profile {
  name: string;
  rates: LoadRates;
  /** Load before the first fault: the baseline latencies. */
  baselineMs: number;
  /** Quiet time after each fault has recovered, before the next. */
  gapMs: number;
  /** The faults, in order; the soak profile repeats the list until its duration is up. */
  faults(mesh: MeshUnderTest, registryLink: LatencyProxy): Fault[];
  /** How long the run goes on injecting faults; 0 for one pass over the list. */
  durationMs: number;
}

const KILLED = ['registry', 'governance', 'catalog', 'provisioning', 'quality', 'search', 'lineage'] as const;

function everyFault(
  mesh: MeshUnderTest,
  registryLink: LatencyProxy,
  holds: { kill: number; pause: number; delay: number; component: number },
  /** The component whose outage a consumer's death overlaps. */
  overlapped: 'kafka' | 'postgres',
): Fault[] {
  const service = (name: string) => () => mesh.processes()[name];
  return [
    ...KILLED.map((name) => killService(name, service(name), holds.kill)),
    pauseService('provisioning', service('provisioning'), holds.pause),
    delayLink('search', registryLink, 200, holds.delay),
    stopComponent('postgres', holds.component),
    stopComponent('redis', holds.component),
    stopComponent('kafka', holds.component),
    stopComponent('opensearch', holds.component),
    // Overlapping: a consumer dies while the broker (or the database) is away, and the registry hangs while Redis is
    // down.
    together([stopComponent(overlapped, holds.component), killService('quality', service('quality'), holds.kill)]),
    together([stopComponent('redis', holds.component), pauseService('registry', service('registry'), holds.pause)]),
  ];
}

export const PROFILES: Record<string, Profile> = {
  /**
   * Every fault once under light load. SIGSTOP lasts 10 s here, 30 s in the soak. The consumer killed in an outage
   * dies while Postgres is away: the mesh takes about a minute to recover from Kafka's restart, which Kafka's own
   * fault already measures, and a second one would take the run over its five minutes.
   */
  short: {
    name: 'short',
    rates: {
      products: 3,
      commitEveryMs: 4_000,
      runEveryMs: 2_000,
      accessEveryMs: 8_000,
      policyEveryMs: 20_000,
      readEveryMs: 1_000,
    },
    baselineMs: 15_000,
    gapMs: 1_000,
    durationMs: 0,
    faults: (mesh, link) =>
      everyFault(mesh, link, { kill: 1_000, pause: 10_000, delay: 5_000, component: 3_000 }, 'postgres'),
  },
  /** Thirty minutes of heavier load, the faults over and over with longer outages. */
  soak: {
    name: 'soak',
    rates: {
      products: 6,
      commitEveryMs: 2_000,
      runEveryMs: 500,
      accessEveryMs: 4_000,
      policyEveryMs: 10_000,
      readEveryMs: 250,
    },
    baselineMs: 60_000,
    gapMs: 20_000,
    durationMs: 30 * 60_000,
    faults: (mesh, link) =>
      everyFault(mesh, link, { kill: 5_000, pause: 30_000, delay: 30_000, component: 15_000 }, 'kafka'),
  },
};
