import { actAsKafkaAdmin } from '@mesh/testing';
/**
 * GraphQL gateway benchmark. It starts a gateway process of its own from source (LOG_LEVEL=warn, REGISTRY_TOKEN
 * from .mesh/admin-token) in front of the services already running on the local stack (`./platform start`), and
 * prints one JSON document:
 *
 * - fanOut: `--subscribers` graphql-ws subscribers of `qualityAlerts` (real sockets, a connection each, opened
 *   `--batch` at a time), then `--events` alerts raised on Kafka `--interval` ms apart, as the quality service
 *   raises them (a `quality.alert.raised` event on mesh.quality.v1, keyed by the product). Latency runs from just
 *   before each produce call to each subscriber's receipt (p50/p95/p99/max over every event and subscriber), against
 *   a floor measured in the same run: the same events' arrival at one plain kafkajs consumer in this process
 *   (`ratioP99`). Also: the share of subscribers that had every event, the gateway's CPU per delivery, and its memory
 *   per connection (RSS and V8 heap after a full GC, before and after connecting, over N). With `--big N`, a second
 *   round with N subscribers. Targets: p99 ≤ 250 ms at 1,000, ≤ 1 s at 10,000; ≤ 50 KiB a connection. The alerts
 *   are synthetic (alertId random) and resolved at the end, so search's open-alert counts are left as they were.
 * - productPage: the query of a product page (product, versions, latest version's ports, quality, lineage) under
 *   `--clients` closed-loop clients for `--seconds` a path, through the gateway and as the same REST calls made
 *   directly and in parallel, in alternating rounds; p50/p99, their ratio (target ≤ 1.3), throughput, and the CPU
 *   milliseconds per page of the gateway and of this bench, which shares the machine's cores with it.
 *
 *   node -r @swc-node/register bench/gateway/gateway-bench.ts [--subscribers 1000] [--big 10000] [--events 20]
 *     [--interval 200] [--batch 250] [--clients 8] [--seconds 15] [--product sales/orders]
 *
 * Each subscriber is a file descriptor here and in the gateway: `--big 10000` needs `ulimit -n` above ~10,200 in
 * the shell that runs it (e.g. `ulimit -n 65536`, or as high as the hard limit `ulimit -Hn` allows).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { machine, runBenchmark } from '../support/report';
import { AlertStream, fanOut, type Product } from './fan-out';
import { startGateway, type GatewayUnderTest } from './gateway-process';
import { productPage } from './product-page';

const args = new Map(process.argv.slice(2).map((arg, i, all) => [arg, all[i + 1]]));
const SUBSCRIBERS = Number(args.get('--subscribers') ?? 1_000);
const BIG = Number(args.get('--big') ?? 0);
const EVENTS = Number(args.get('--events') ?? 20);
const INTERVAL_MS = Number(args.get('--interval') ?? 200);
const BATCH = Number(args.get('--batch') ?? 250);
const CLIENTS = Number(args.get('--clients') ?? 8);
const SECONDS = Number(args.get('--seconds') ?? 15);
const PRODUCT = args.get('--product') ?? 'sales/orders';
const TOKEN =
  process.env.MESH_ADMIN_TOKEN ??
  readFileSync(resolve(process.env.MESH_HOME ?? resolve(__dirname, '../../.mesh'), 'admin-token'), 'utf8').trim();

/** Fails early, rather than with EMFILE halfway through connecting. */
function checkOpenFiles(subscribers: number): void {
  const limit = Number(/^Max open files\s+(\d+)/m.exec(readFileSync('/proc/self/limits', 'utf8'))?.[1] ?? Infinity);
  if (subscribers + 200 > limit) {
    throw new Error(`${subscribers} subscribers need more than ${limit} open files: run under \`ulimit -n 65536\``);
  }
}

/** The product's latest version, which the alerts name. */
async function productVersion(): Promise<Product> {
  const [domain, name] = PRODUCT.split('/');
  const registry = process.env.REGISTRY_URL ?? 'http://127.0.0.1:3001';
  const response = await fetch(`${registry}/v1/products/${domain}/${name}`, {
    headers: { authorization: `Bearer ${TOKEN}` },
  });
  if (response.status !== 200) throw new Error(`the registry answered ${response.status} for ${PRODUCT}`);
  return { domain, name, version: ((await response.json()) as { latestVersion: string }).latestVersion };
}

/** The fan-out rounds, one per subscriber count, sharing the Kafka side; every alert raised is resolved after. */
async function fanOutRounds(gateway: GatewayUnderTest, product: Product) {
  const stream = await AlertStream.open(TOKEN);
  const rounds = [];
  try {
    for (const subscribers of BIG > 0 ? [SUBSCRIBERS, BIG] : [SUBSCRIBERS]) {
      const options = { token: TOKEN, product, subscribers, events: EVENTS, intervalMs: INTERVAL_MS, batch: BATCH };
      rounds.push(await fanOut(gateway, stream, options));
    }
    return rounds;
  } finally {
    await stream.close();
  }
}

async function measure(gateway: GatewayUnderTest, product: Product) {
  // The product page first: the fan-out's thousands of sockets, open or closing, would weigh on its figures.
  const page = await productPage(gateway, { token: TOKEN, product: PRODUCT, clients: CLIENTS, seconds: SECONDS });
  const rounds = await fanOutRounds(gateway, product);
  const targetP99 = (subscribers: number) => (subscribers >= 10_000 ? 1_000 : 250);
  return {
    benchmark: 'gateway',
    machine: machine(),
    fanOut: rounds,
    productPage: page,
    targets: { fanOutP99Ms: { 1000: 250, 10000: 1000 }, memoryKiBPerConnection: 50, productPageRatio: 1.3 },
    withinTargets: {
      fanOutP99: rounds.map((round) => round.subscriberLatency.p99Ms <= targetP99(round.subscribers)),
      memoryPerConnection: rounds.map((round) => (round.memory.rssKiBPerConnection ?? Infinity) <= 50),
      productPageRatio: page.ratioP50 <= 1.3 && page.ratioP99 <= 1.3,
    },
    // At LOG_LEVEL=warn: whatever went wrong in the gateway during the run.
    gatewayLogged: gateway.loggedMessages(),
  };
}

async function main(): Promise<object> {
  actAsKafkaAdmin();
  checkOpenFiles(Math.max(SUBSCRIBERS, BIG));
  const product = await productVersion();
  const gateway = await startGateway(TOKEN);
  try {
    return await measure(gateway, product);
  } finally {
    await gateway.stop();
  }
}

runBenchmark('gateway', main);
