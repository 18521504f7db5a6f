/**
 * Alert latency benchmark: from an Iceberg commit through the real catalog to the quality alert it causes (the
 * promise: within 5 s), and to the resolution a corrected commit causes. Registry, catalog and quality run as
 * processes of their own on the local stack; PyIceberg commits through the catalog's REST API. Latency is measured
 * from the snapshot's commit time to the alert event's time, and to its arrival at a Kafka consumer. Prints one
 * JSON document.
 *
 *   node -r @swc-node/register bench/quality/alert-latency-bench.ts [--commits 10]
 */
import { cleanOrder, commitOrders, firstOrdersCommit, ordersProduct, startQualityMesh } from '@mesh/testing';
import { latencies, machine, runBenchmark } from '../support/report';

const args = new Map(process.argv.slice(2).map((arg, i, all) => [arg, all[i + 1]]));
const COMMITS = Number(args.get('--commits') ?? 10);

async function main() {
  const mesh = await startQualityMesh('latency-bench');
  try {
    await mesh.publishProduct(ordersProduct('orders'));
    await firstOrdersCommit(mesh, 'orders', [cleanOrder('o0')]);
    const raised: number[] = [];
    const raisedSeen: number[] = [];
    const resolved: number[] = [];
    const resolvedSeen: number[] = [];
    for (let commit = 0; commit < COMMITS; commit++) {
      const bad = await commitOrders(mesh, 'orders', [
        { append: [{ order_id: `b${commit}`, status: null, total: 1 }] },
      ]);
      const alert = await mesh.awaitEvent('quality.alert.raised', (event) => event.causationId === bad.eventId);
      raised.push(alert.occurredAt - bad.payload.committedAt);
      raisedSeen.push(mesh.receivedAt(alert.eventId)! - bad.payload.committedAt);
      const good = await commitOrders(mesh, 'orders', [{ overwrite: [cleanOrder(`g${commit}`)] }]);
      const resolution = await mesh.awaitEvent('quality.alert.resolved', (event) => event.causationId === good.eventId);
      resolved.push(resolution.occurredAt - good.payload.committedAt);
      resolvedSeen.push(mesh.receivedAt(resolution.eventId)! - good.payload.committedAt);
    }
    return {
      benchmark: 'quality-alert-latency',
      commits: COMMITS,
      promiseMs: 5_000,
      commitToAlertRaised: latencies(raised),
      commitToAlertOnKafka: latencies(raisedSeen),
      commitToAlertResolved: latencies(resolved),
      commitToResolutionOnKafka: latencies(resolvedSeen),
      machine: machine(),
    };
  } finally {
    await mesh.close();
  }
}

runBenchmark('quality alert latency', main);
