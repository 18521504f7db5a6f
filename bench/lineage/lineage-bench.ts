/**
 * Lineage benchmark: OpenLineage ingest rate (Marquez's load-test event shape: 8 inputs and 8 outputs of 16 schema
 * fields per event) and lineage query latency (GET /api/v1/lineage, p50/p95) at depth 5 and 20 on a graph of
 * 100,000 datasets, against a lineage service of its own (with a registry for tokens) on the local stack. When
 * MARQUEZ_URL points at a running Marquez (marquez.MarquezApp `server marquez.yml` on the same Postgres), the same
 * event sets and queries run against it in the same run, side by side. Prints one JSON document.
 *
 *   node -r @swc-node/register bench/lineage/lineage-bench.ts [--runs 1000] [--clients 8] [--lanes 1000] [--queries 200]
 *   MARQUEZ_URL=http://127.0.0.1:5050 node -r @swc-node/register bench/lineage/lineage-bench.ts
 */
import { ADMIN_TOKEN, uniqueName } from '@mesh/testing';
import { startLineage } from '../../services/lineage/test/support/lineage-under-test';
import { latencies, machine, round, runBenchmark } from '../support/report';
import { graphDataset, graphEvents, ingestEvents, LAYERS, WIDTH } from './lineage-events';

const args = new Map(process.argv.slice(2).map((arg, i, all) => [arg, all[i + 1]]));
const RUNS = Number(args.get('--runs') ?? 1000);
const CLIENTS = Number(args.get('--clients') ?? 8);
const LANES = Number(args.get('--lanes') ?? 1000);
const QUERIES = Number(args.get('--queries') ?? 200);
const BATCH = 500;

/** A system under measurement: where to send events and ask for lineage, and whether it takes batches. */
interface Target {
  name: string;
  url: string;
  headers: Record<string, string>;
  batch: boolean;
}

async function post(target: Target, path: string, body: unknown): Promise<void> {
  const response = await fetch(`${target.url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...target.headers },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (response.status >= 300) throw new Error(`${target.name} POST ${path} → ${response.status} ${text.slice(0, 300)}`);
}

/** Sends events one per request from `clients` concurrent clients, as OpenLineage integrations do. */
async function ingestOneByOne(target: Target, events: readonly object[], clients: number) {
  let next = 0;
  const samples: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let i = next++; i < events.length; i = next++) {
        const t0 = performance.now();
        await post(target, '/api/v1/lineage', events[i]);
        samples.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { events: events.length, eventsPerSecond: round(events.length / seconds), ...latencies(samples) };
}

async function ingestBatched(target: Target, events: readonly object[], clients: number) {
  const batches: object[][] = [];
  for (let start = 0; start < events.length; start += BATCH) batches.push(events.slice(start, start + BATCH));
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let i = next++; i < batches.length; i = next++) await post(target, '/api/v1/lineage/batch', batches[i]);
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { events: events.length, batchSize: BATCH, eventsPerSecond: round(events.length / seconds) };
}

/** Loads the query graph: in batches where the target takes them, else one event per request. */
async function loadGraph(target: Target, namespace: string) {
  const events = [...graphEvents(namespace, LANES)];
  const started = performance.now();
  if (target.batch) await ingestBatched(target, events, 2);
  else await ingestOneByOne(target, events, CLIENTS);
  return {
    datasets: LANES * LAYERS * WIDTH,
    jobs: events.length,
    loadSeconds: round((performance.now() - started) / 1000),
  };
}

async function queryLatency(target: Target, namespace: string, depth: number) {
  const samples: number[] = [];
  let nodes = 0;
  for (let q = 0; q < QUERIES; q++) {
    const lane = (q * 7919) % LANES;
    const nodeId = `dataset:${namespace}:${graphDataset(lane, Math.floor(LAYERS / 2), q % WIDTH)}`;
    const t0 = performance.now();
    const response = await fetch(`${target.url}/api/v1/lineage?nodeId=${encodeURIComponent(nodeId)}&depth=${depth}`, {
      headers: target.headers,
    });
    const body = (await response.json()) as { graph?: unknown[] };
    samples.push(performance.now() - t0);
    if (response.status !== 200) throw new Error(`${target.name} lineage query → ${response.status}`);
    nodes += body.graph?.length ?? 0;
  }
  return { depth, meanNodes: round(nodes / QUERIES), ...latencies(samples) };
}

async function measure(target: Target) {
  const ingestNamespace = uniqueName(`bench-ingest-${target.name}`);
  const ingestSet = ingestEvents(ingestNamespace, RUNS);
  // A short warm-up (connections, JIT, caches), on names of its own.
  await ingestOneByOne(target, ingestEvents(uniqueName('bench-warmup'), 50), CLIENTS);
  const ingest = await ingestOneByOne(target, ingestSet, CLIENTS);
  const batched = target.batch
    ? await ingestBatched(target, ingestEvents(uniqueName(`bench-batch-${target.name}`), RUNS), 2)
    : null;
  const graphNamespace = uniqueName(`bench-graph-${target.name}`);
  const graph = await loadGraph(target, graphNamespace);
  await queryLatency(target, graphNamespace, 5);
  return {
    ingest,
    ingestBatched: batched,
    graph,
    queryDepth5: await queryLatency(target, graphNamespace, 5),
    queryDepth20: await queryLatency(target, graphNamespace, 20),
  };
}

async function main(): Promise<object> {
  const lineage = await startLineage('bench');
  try {
    const ours = await measure({
      name: 'mesh-lineage',
      url: lineage.url,
      headers: { Authorization: `Bearer ${ADMIN_TOKEN}` },
      batch: true,
    });
    const marquezUrl = process.env.MARQUEZ_URL;
    const marquez =
      marquezUrl === undefined
        ? { measured: false, reason: 'MARQUEZ_URL not set: no marquez-api artifact is served by Maven Central' }
        : await measure({ name: 'marquez', url: marquezUrl.replace(/\/+$/, ''), headers: {}, batch: false });
    const ratios =
      'ingest' in marquez
        ? {
            ingestRateVsMarquez: round(ours.ingest.eventsPerSecond / marquez.ingest.eventsPerSecond, 2),
            p95Depth5VsMarquez: round(ours.queryDepth5.p95Ms / marquez.queryDepth5.p95Ms, 3),
            p95Depth20VsMarquez: round(ours.queryDepth20.p95Ms / marquez.queryDepth20.p95Ms, 3),
          }
        : null;
    return {
      benchmark: 'lineage',
      shape: { ioPerEvent: 8, fieldsPerDataset: 16, runs: RUNS, clients: CLIENTS, lanes: LANES, queries: QUERIES },
      machine: machine(),
      lineage: ours,
      marquez,
      ratios,
    };
  } finally {
    await lineage.close();
  }
}

runBenchmark('lineage', main);
