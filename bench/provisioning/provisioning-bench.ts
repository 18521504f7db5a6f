/**
 * Provisioning benchmark: time from a version's approval to its publication, for a product with two output ports
 * (an Iceberg table and a Kafka topic with its Avro schema), one version at a time, against real registry, catalog
 * and provisioning processes on the local stack. Prints one JSON document.
 *
 *   node -r @swc-node/register bench/provisioning/provisioning-bench.ts [--runs 20]
 *
 * Two figures per run: `approvedToPublished`, between the registry's `product.version.approved` and
 * `product.version.published` events (their occurredAt, both stamped by the registry: the platform's own latency,
 * Kafka hops included), and `decisionToPublishedObserved`, from publishing governance's decision to seeing the
 * published event on Kafka (what a client waiting for the version experiences).
 */
import type { MeshEvent } from '@mesh/contracts';
import { parseArgs } from 'node:util';
import { twoPortProduct, versionRef } from '../../services/provisioning/test/support/descriptors';
import {
  apply,
  approve,
  ensureDomain,
  startProvisioningStack,
} from '../../services/provisioning/test/support/provisioning-stack';
import { latencies, machine, median, round, runBenchmark } from '../support/report';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '20' } } });
const RUNS = Number(values.runs);

async function main(): Promise<object> {
  const mesh = await startProvisioningStack('bench', {
    registry: { LOG_LEVEL: 'error' },
    provisioning: { LOG_LEVEL: 'error' },
  });
  try {
    const platform: number[] = [];
    const observed: number[] = [];
    // One domain per run: a port's table is named after the port in its domain's namespace.
    for (let run = 0; run < RUNS + 1; run++) {
      const descriptor = twoPortProduct(`bench-${run}`);
      const ref = versionRef(descriptor);
      const subject = `urn:mesh:product:${ref.domain}:${ref.name}`;
      await ensureDomain(mesh.admin, ref.domain);
      await apply(mesh.admin, descriptor);
      const started = performance.now();
      await approve(mesh, ref);
      const bySubject = (event: MeshEvent) => event.subject === subject;
      const published = await mesh.awaitEvent('product.version.published', bySubject, 120_000);
      const seenAfter = performance.now() - started;
      const approved = await mesh.awaitEvent('product.version.approved', bySubject);
      // The first run warms the processes up (connections, JIT); it is not counted.
      if (run === 0) continue;
      observed.push(seenAfter);
      platform.push(published.occurredAt - approved.occurredAt);
    }
    return {
      benchmark: 'provisioning',
      runs: RUNS,
      ports: ['iceberg-table', 'kafka-topic'],
      machine: machine(),
      approvedToPublished: { medianMs: round(median(platform)), ...latencies(platform) },
      decisionToPublishedObserved: { medianMs: round(median(observed)), ...latencies(observed) },
    };
  } finally {
    await mesh.close();
  }
}

runBenchmark('provisioning', main);
