/**
 * Search benchmark, against a registry and a search service of their own on the local stack (own topics, schema
 * and index prefix). Prints one JSON document:
 *
 * - applySearchable: apply → searchable latency over `--applies` descriptors applied one after the other (the
 *   time from sending the apply until `GET /v1/search` finds the product);
 * - indexThroughput: events per second from publishing `--events` quality events until every document shows them;
 * - query: p50/p99 of a mix of searches over `--products` products seeded straight into the index with the bulk
 *   API, through the search service and, in the same run, the same OpenSearch multi-search (hits and facets) sent
 *   straight to OpenSearch; `overhead` is the ratio of the two. Four comparisons: `asDeployed`, the service with
 *   its answer cache, under `--clients` closed-loop clients; `popularQueries`, the same with the queries drawn as
 *   search logs draw them (Zipf over 1,000 queries) instead of evenly; `withoutCache`, another instance with the
 *   cache off, under the mix; `belowSaturation`, that instance with clients arriving at `--rate` searches a second.
 *   Under load each path reports the CPU milliseconds per search of the service, of OpenSearch (when it runs
 *   locally) and of the bench's own client: on a small machine they all share the same cores.
 *
 *   node -r @swc-node/register bench/search/search-bench.ts [--applies 100] [--events 5000] [--products 100000]
 *     [--clients 50] [--seconds 15] [--rate 150]
 */
import { parseDescriptor, type DataProductDescriptor } from '@mesh/descriptor';
import type { RegistrySchema } from '@mesh/registry-client';
import { stack, type RunningService } from '@mesh/testing';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  buildProductDocument,
  NO_SIGNALS,
  type ProductDocument,
} from '../../services/search/src/indexing/product-document';
import { SEARCH_FILTER_PATH, searchRequests } from '../../services/search/src/search/search-query';
import { searchQuery } from '../../services/search/src/search/search.requests';
import {
  createDomain,
  startSearch,
  variant,
  type SearchUnderTest,
} from '../../services/search/test/support/search-under-test';
import { latencies, machine, processTreeCpuSeconds, round, runAtRate, runBenchmark, runLoad } from '../support/report';

const args = new Map(process.argv.slice(2).map((arg, i, all) => [arg, all[i + 1]]));
const APPLIES = Number(args.get('--applies') ?? 100);
const EVENTS = Number(args.get('--events') ?? 5_000);
const PRODUCTS = Number(args.get('--products') ?? 100_000);
const CLIENTS = Number(args.get('--clients') ?? 50);
const SECONDS = Number(args.get('--seconds') ?? 15);
const RATE = Number(args.get('--rate') ?? 150);
const OPENSEARCH = stack.openSearchUrl();

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function searchFinds(mesh: SearchUnderTest, name: string): Promise<boolean> {
  const reply = await mesh.search.get<{ items: { name: string }[] }>(`/v1/search?q=${name}&domain=sales`);
  return reply.status === 200 && reply.body.items.some((hit) => hit.name === name);
}

/** Applies products one at a time and times each until the search API finds it. */
async function applyToSearchable(mesh: SearchUnderTest) {
  const samples: number[] = [];
  for (let index = 0; index < APPLIES; index++) {
    const name = `bench-${index}-${randomUUID().slice(0, 6)}`;
    const started = performance.now();
    await mesh.apply(variant('sales-orders.yaml', { name }));
    while (!(await searchFinds(mesh, name))) {
      if (performance.now() - started > 30_000) throw new Error(`${name} was not searchable after 30 s`);
      await sleep(10);
    }
    samples.push(performance.now() - started);
  }
  return latencies(samples);
}

async function countWithScore(mesh: SearchUnderTest, score: number): Promise<number> {
  const response = await fetch(`${OPENSEARCH}/${mesh.indexPrefix}-products/_count`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: { term: { qualityScore: score } } }),
  });
  return ((await response.json()) as { count: number }).count;
}

/** Publishes quality events spread over the applied products and waits until every document shows its last one. */
async function indexThroughput(mesh: SearchUnderTest) {
  const reply = await mesh.admin.get<{ items: { name: string; latestVersion: string }[] }>(
    '/v1/products?domain=sales&limit=200',
  );
  const products = reply.body.items;
  const finalScore = 0.625;
  const started = performance.now();
  const publishes: Promise<void>[] = [];
  for (let index = 0; index < EVENTS; index++) {
    const product = products[index % products.length];
    const last = index >= EVENTS - products.length;
    publishes.push(
      mesh.publish('quality.check.completed', `urn:mesh:product:sales:${product.name}`, {
        runId: randomUUID(),
        product: { domain: 'sales', name: product.name, version: product.latestVersion },
        port: 'orders',
        snapshotId: null,
        results: [],
        score: last ? finalScore : (index % 100) / 100,
      }),
    );
    if (publishes.length >= 200) await Promise.all(publishes.splice(0));
  }
  await Promise.all(publishes);
  const published = performance.now();
  while ((await countWithScore(mesh, finalScore)) < products.length) {
    if (performance.now() - started > 600_000) throw new Error('quality events were not indexed within 10 minutes');
    await sleep(50);
  }
  const elapsedS = (performance.now() - started) / 1000;
  return {
    events: EVENTS,
    products: products.length,
    publishSeconds: round((published - started) / 1000, 2),
    seconds: round(elapsedS, 2),
    eventsPerSecond: round(EVENTS / elapsedS),
  };
}

const WORDS = (
  'orders customers revenue shipments invoices payments refunds returns stock inventory suppliers contracts ' +
  'campaigns leads accounts ledger budget forecast churn sessions clicks devices stores regions prices ' +
  'discounts baskets carriers parcels warehouses employees payroll tickets incidents sensors readings ' +
  'telemetry subscriptions plans usage balances transfers loans claims policies premiums quotes'
).split(' ');
const FIELDS = Array.from(
  { length: 200 },
  (_, i) => `${WORDS[i % WORDS.length]}_${['id', 'at', 'amount', 'code'][i % 4]}${i}`,
);
const DOMAINS = Array.from({ length: 20 }, (_, i) => `domain-${i}`);
const pick = <T>(list: readonly T[], i: number): T => list[i % list.length];

function template(): DataProductDescriptor {
  const parsed = parseDescriptor(readFileSync(resolve(__dirname, '../../examples/products/sales-orders.yaml'), 'utf8'));
  if (!parsed.ok) throw new Error('examples/products/sales-orders.yaml does not parse');
  return parsed.descriptor;
}

/** A synthetic product document, built by the service's own document builder. */
function syntheticDocument(base: DataProductDescriptor, i: number): ProductDocument {
  const domain = pick(DOMAINS, i);
  const name = `p-${i}`;
  const words = [pick(WORDS, i), pick(WORDS, i * 7 + 3), pick(WORDS, i * 13 + 5)];
  const descriptor: DataProductDescriptor = {
    ...base,
    metadata: {
      ...base.metadata,
      domain,
      name,
      title: `${words[0]} ${words[1]}`,
      description: `All ${words.join(' and ')} of ${domain}, refreshed daily, with history since ${2000 + (i % 25)}.`,
      tags: [words[0], pick(WORDS, i * 3 + 1)],
      classification: pick(['public', 'internal', 'confidential', 'restricted'] as const, i),
    },
    spec: {
      ...base.spec,
      outputPorts: base.spec.outputPorts.slice(0, 1 + (i % 3)),
      contract: {
        schema: [
          {
            name: 'main',
            description: 'main table',
            fields: Array.from({ length: 6 }, (_, f) => ({
              name: pick(FIELDS, i * 11 + f * 37),
              type: pick(['string', 'uuid', 'timestamptz', 'decimal(12,2)'], f),
              description: `${pick(WORDS, i + f)} of the row`,
            })),
          },
        ],
      },
      access: { ...base.spec.access, visibility: i % 10 === 0 ? 'restricted' : 'internal' },
    },
  };
  const updatedAt = new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString();
  const product: RegistrySchema<'ProductDto'> = {
    domain,
    name,
    title: descriptor.metadata.title,
    description: descriptor.metadata.description,
    owner: 'bench',
    tags: descriptor.metadata.tags ?? [],
    classification: descriptor.metadata.classification,
    latestVersion: descriptor.metadata.version,
    createdAt: updatedAt,
    updatedAt,
    versions: [
      {
        version: descriptor.metadata.version,
        state: pick(['proposed', 'published', 'published', 'deprecated'], i),
        address: `mesh://${domain}/${name}/v1`,
        contentHash: `bench-${i}`,
        proposedAt: updatedAt,
        proposedBy: null,
        stateChangedAt: updatedAt,
        decisionId: null,
        provisioning: null,
        deprecation: null,
      },
    ],
  };
  return buildProductDocument(product, descriptor, {
    ...NO_SIGNALS,
    qualityScore: (i % 100) / 100,
    slaMeasured: i % 3 !== 0,
    slaBreaches: i % 17 === 0 ? ['freshness'] : [],
    grantees: Array.from({ length: i % 5 }, (_, g) => `principal-${(i + g) % 1000}`),
  });
}

/** Seeds the products straight into the service's index with the bulk API. */
async function seed(mesh: SearchUnderTest): Promise<{ products: number; seconds: number }> {
  const alias = `${mesh.indexPrefix}-products`;
  const base = template();
  const started = performance.now();
  const send = async (lines: string[]) => {
    const response = await fetch(`${OPENSEARCH}/${alias}/_bulk`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson' },
      body: lines.join('\n') + '\n',
    });
    const result = (await response.json()) as { errors: boolean };
    if (!response.ok || result.errors) throw new Error(`seeding failed: ${JSON.stringify(result).slice(0, 500)}`);
  };
  const pending: Promise<void>[] = [];
  for (let start = 0; start < PRODUCTS; start += 1_000) {
    const lines: string[] = [];
    for (let i = start; i < Math.min(PRODUCTS, start + 1_000); i++) {
      const document = syntheticDocument(base, i);
      lines.push(JSON.stringify({ index: { _id: document.key } }), JSON.stringify(document));
    }
    pending.push(send(lines));
    if (pending.length >= 2) await Promise.all(pending.splice(0));
  }
  await Promise.all(pending);
  await fetch(`${OPENSEARCH}/${alias}/_refresh`, { method: 'POST' });
  await fetch(`${OPENSEARCH}/${alias}/_forcemerge?max_num_segments=1`, { method: 'POST' });
  return { products: PRODUCTS, seconds: round((performance.now() - started) / 1000, 1) };
}

/** The query mix: full text, full text with a filter, a schema field, facets only, a sort with filters. */
function queryMix(i: number): Record<string, string> {
  switch (i % 5) {
    case 0:
      return { q: pick(WORDS, i) };
    case 1:
      return { q: `${pick(WORDS, i)} ${pick(WORDS, i * 7 + 3)}`, domain: pick(DOMAINS, i) };
    case 2:
      return { field: pick(FIELDS, i * 31) };
    case 3:
      return { tag: pick(WORDS, i), status: 'published' };
    default:
      return { domain: pick(DOMAINS, i), qualityTier: 'bronze', sort: 'updated' };
  }
}

type Mix = (sequence: number) => Record<string, string>;

const POPULAR_QUERIES = 1_000;
/** Cumulative Zipf (s = 1) probabilities of the POPULAR_QUERIES queries, most popular first. */
const ZIPF = (() => {
  const weights = Array.from({ length: POPULAR_QUERIES }, (_, rank) => 1 / (rank + 1));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let running = 0;
  return weights.map((weight) => (running += weight / total));
})();

/**
 * The same kinds of queries drawn as search logs draw them: a few popular ones and a long tail (Zipf over
 * POPULAR_QUERIES queries of the mix), in a fixed low-discrepancy order so that every run sends the same.
 */
function popularMix(i: number): Record<string, string> {
  const draw = (i * 0.6180339887498949) % 1;
  const rank = ZIPF.findIndex((cumulative) => draw <= cumulative);
  return queryMix(rank === -1 ? POPULAR_QUERIES - 1 : rank);
}

type Search = (sequence: number) => Promise<void>;

/** A search through a search service instance, as the bench's platform admin. */
function viaService(instance: RunningService, token: string, mix: Mix = queryMix): Search {
  return async (i) => {
    const reply = await fetch(`${instance.url}/v1/search?${new URLSearchParams(mix(i)).toString()}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    await reply.arrayBuffer();
    if (reply.status !== 200) throw new Error(`search answered ${reply.status}`);
  };
}

/** The multi-search the service would send for the same query, sent straight to OpenSearch. */
function direct(mesh: SearchUnderTest, mix: Mix = queryMix): Search {
  const alias = `${mesh.indexPrefix}-products`;
  const admin = { all: true, principal: 'admin', domains: [] };
  const url = `${OPENSEARCH}/_msearch?filter_path=${SEARCH_FILTER_PATH.join(',')}`;
  return async (i) => {
    const lines = searchRequests(alias, searchQuery.parse(mix(i)), admin);
    const reply = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson' },
      body: lines.map((line) => JSON.stringify(line)).join('\n') + '\n',
    });
    await reply.arrayBuffer();
    if (reply.status !== 200) throw new Error(`OpenSearch answered ${reply.status}`);
  };
}

/** The local OpenSearch's process, whose CPU time tells what a search costs it; undefined when it is remote. */
function openSearchPid(): number | undefined {
  const file = resolve(process.env.MESH_HOME ?? resolve(__dirname, '../../.mesh'), 'pids/opensearch.pid');
  return existsSync(file) ? Number(readFileSync(file, 'utf8').trim()) : undefined;
}

/** CPU milliseconds per search of each process taking part, over a set of rounds. */
class CpuMeter {
  private readonly seconds = new Map<string, number>();
  private before = new Map<string, number>();

  constructor(private readonly processes: Record<string, number | undefined>) {}

  start(): void {
    this.before = this.read();
  }

  stop(): void {
    for (const [name, now] of this.read()) {
      this.seconds.set(name, (this.seconds.get(name) ?? 0) + now - (this.before.get(name) ?? now));
    }
  }

  perSearch(searches: number): Record<string, number> {
    return Object.fromEntries(
      [...this.seconds].map(([name, seconds]) => [name, round((seconds * 1000) / searches, 2)]),
    );
  }

  private read(): Map<string, number> {
    const readings = new Map<string, number>();
    for (const [name, pid] of Object.entries(this.processes)) {
      if (pid !== undefined) readings.set(name, processTreeCpuSeconds(pid));
    }
    const own = process.cpuUsage();
    readings.set('benchClient', (own.user + own.system) / 1e6);
    return readings;
  }
}

/**
 * The same query mix under CLIENTS closed-loop clients, through a service instance and straight to OpenSearch,
 * in alternating rounds so that neither gets a quieter machine, after a warm-up round of each (caches, JIT,
 * the introspection cache).
 */
async function compareUnderLoad(instance: RunningService, token: string, mesh: SearchUnderTest, mix: Mix = queryMix) {
  const paths = {
    service: { search: viaService(instance, token, mix), samples: [] as number[], failures: 0, perSecond: 0 },
    direct: { search: direct(mesh, mix), samples: [] as number[], failures: 0, perSecond: 0 },
  };
  const cpu = {
    service: new CpuMeter({ service: instance.process.pid, openSearch: openSearchPid() }),
    direct: new CpuMeter({ openSearch: openSearchPid() }),
  };
  for (const path of Object.values(paths)) await runLoad(CLIENTS, SECONDS, (_c, _i, i) => path.search(i));
  for (let pass = 0; pass < 2; pass++) {
    for (const name of ['direct', 'service'] as const) {
      const path = paths[name];
      cpu[name].start();
      const result = await runLoad(CLIENTS, SECONDS, (_c, _i, i) => path.search(i));
      cpu[name].stop();
      path.samples.push(...result.samples);
      path.failures += result.failures;
      path.perSecond += result.perSecond / 2;
    }
  }
  const summary = (name: 'service' | 'direct') => ({
    ...latencies(paths[name].samples),
    perSecond: round(paths[name].perSecond),
    failures: paths[name].failures,
    cpuMsPerSearch: cpu[name].perSearch(paths[name].samples.length),
  });
  const service = summary('service');
  const straight = summary('direct');
  return {
    clients: CLIENTS,
    secondsPerRound: SECONDS,
    rounds: 2,
    service,
    direct: straight,
    overheadP99: round(service.p99Ms / straight.p99Ms, 2),
    overheadP50: round(service.p50Ms / straight.p50Ms, 2),
  };
}

/** The same comparison with clients arriving at RATE searches per second, below what the machine can serve. */
async function compareAtRate(instance: RunningService, token: string, mesh: SearchUnderTest) {
  const service = latencies((await runAtRate(RATE, SECONDS, viaService(instance, token))).samples);
  const straight = latencies((await runAtRate(RATE, SECONDS, direct(mesh))).samples);
  return {
    searchesPerSecond: RATE,
    seconds: SECONDS,
    service,
    direct: straight,
    overheadP99: round(service.p99Ms / straight.p99Ms, 2),
    overheadP50: round(service.p50Ms / straight.p50Ms, 2),
  };
}

/** The deployed instance's answer-cache counters, from its metrics. */
async function cacheOutcomes(instance: RunningService): Promise<Record<string, number>> {
  const text = await (await fetch(`${instance.url}/metrics`)).text();
  const counts: Record<string, number> = {};
  for (const match of text.matchAll(/^search_cache_requests_total\{endpoint="search",outcome="(\w+)"\} (\d+)/gm)) {
    counts[match[1]] = Number(match[2]);
  }
  return counts;
}

/** A comparison, with the share of the instance's searches its answer cache had meanwhile. */
async function withHitRate<T extends object>(instance: RunningService, compare: () => Promise<T>) {
  const before = await cacheOutcomes(instance);
  const result = await compare();
  const after = await cacheOutcomes(instance);
  const hits = (after.hit ?? 0) - (before.hit ?? 0);
  const misses = (after.miss ?? 0) - (before.miss ?? 0);
  return { ...result, cacheHitRate: round(hits / Math.max(1, hits + misses), 3) };
}

async function queryLatency(mesh: SearchUnderTest) {
  const token = mesh.search.token ?? '';
  const deployed = mesh.service();
  const asDeployed = await withHitRate(deployed, () => compareUnderLoad(deployed, token, mesh));
  const popular = await withHitRate(deployed, () => compareUnderLoad(deployed, token, mesh, popularMix));
  const uncached = await mesh.startInstance({
    LOG_LEVEL: 'error',
    DRIFT_CHECK_INTERVAL_MS: '0',
    SEARCH_CACHE_TTL_MS: '0',
  });
  return {
    asDeployed,
    popularQueries: popular,
    withoutCache: await compareUnderLoad(uncached, token, mesh),
    belowSaturation: await compareAtRate(uncached, token, mesh),
  };
}

async function main(): Promise<object> {
  const mesh = await startSearch('bench', { env: { LOG_LEVEL: 'error', DRIFT_CHECK_INTERVAL_MS: '0' } });
  try {
    await createDomain(mesh.admin, 'sales');
    const applySearchable = await applyToSearchable(mesh);
    const throughput = await indexThroughput(mesh);
    const seeded = await seed(mesh);
    const query = await queryLatency(mesh);
    return {
      benchmark: 'search',
      machine: machine(),
      applySearchable: { applies: APPLIES, ...applySearchable },
      indexThroughput: throughput,
      seeded,
      query,
      targets: { applySearchableP99Ms: 1000, queryP99Ms: 50, overheadP99: 1.2 },
    };
  } finally {
    await mesh.close();
  }
}

runBenchmark('search', main);
