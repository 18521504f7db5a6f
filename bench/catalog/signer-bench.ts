/**
 * S3 signer benchmark: the latency remote signing adds to every request a client makes to an S3 warehouse, against
 * a catalog process of its own on a prefix of the stack's S3 store. Prints one JSON document.
 *
 *   node -r @swc-node/register bench/catalog/signer-bench.ts [--clients 16] [--seconds 15] [--tables 32]
 *
 * A grant holder asks for signatures of GETs of objects in one of `tables` tables (the grant, the table found by the
 * object's location and the SigV4 signature each time, as a client reading a table's files does), first from one
 * client, then from `clients` at once; a domain owner's writes (PUT) are signed without a table lookup.
 *
 * The floor, measured in the same run: the catalog's `/health` at the same concurrency (the same process, HTTP
 * server, Nest pipeline and client, nothing else), and a bare SigV4 signing loop in this process (the signature
 * alone). On shared cores a latency means little without the floor next to it, so the ratios are the figures to
 * compare between runs. CPU per request is the catalog process's (and Postgres's, which other work on the machine
 * also uses) over each phase.
 */
import { actAsKafkaAdmin, ADMIN_TOKEN, s3Store, startCatalog, startRegistry, uniqueName } from '@mesh/testing';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SigV4Signer } from '../../services/catalog/src/signer/sigv4';
import { latencies, machine, processTreeCpuSeconds, round, runBenchmark, runLoad } from '../support/report';

const args = new Map(process.argv.slice(2).map((arg, i, all) => [arg, all[i + 1]]));
const CLIENTS = Number(args.get('--clients') ?? 16);
const SECONDS = Number(args.get('--seconds') ?? 15);
const TABLES = Number(args.get('--tables') ?? 32);

const SCHEMA = { type: 'struct', fields: [{ id: 1, name: 'id', type: 'long', required: false }] };

/** A JSON call with a token; PUT for the grants API, POST for everything else this bench calls. */
async function send<T>(url: string, token: string, body: unknown): Promise<T> {
  const response = await fetch(url, {
    method: url.includes('/v1/mesh/grants/') ? 'PUT' : 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (response.status >= 300) throw new Error(`${url} → ${response.status} ${text}`);
  return (text === '' ? undefined : JSON.parse(text)) as T;
}

async function main(): Promise<object> {
  // The run's topics and ACLs are made and removed as Kafka's admin, as the integration tests do.
  actAsKafkaAdmin();
  const store = s3Store();
  const registry = await startRegistry('signer-bench', { env: { LOG_LEVEL: 'error' } });
  try {
    const catalog = await startCatalog('signer-bench', registry, {
      LOG_LEVEL: 'error',
      ...store.warehouseEnv('signer-bench'),
    });
    try {
      return await measure(store, registry.serviceUrl, catalog);
    } finally {
      await catalog.remove();
    }
  } finally {
    await registry.remove();
  }
}

async function measure(
  store: ReturnType<typeof s3Store>,
  registryUrl: string,
  catalog: Awaited<ReturnType<typeof startCatalog>>,
): Promise<object> {
  const registry = { serviceUrl: registryUrl };

  const principal = async (roles: { role: string; domain?: string }[]) => {
    const url = `${registry.serviceUrl}/v1/principals`;
    const { id } = await send<{ id: string }>(url, ADMIN_TOKEN, { name: uniqueName('bench'), kind: 'user', roles });
    const { token } = await send<{ token: string }>(`${url}/${id}/tokens`, ADMIN_TOKEN, { name: 'bench' });
    return { id, token };
  };
  const domain = uniqueName('bench');
  await send(`${registry.serviceUrl}/v1/domains`, ADMIN_TOKEN, { name: domain, title: 'bench', owningTeam: 'bench' });
  const owner = await principal([{ role: 'domain-owner', domain }]);
  const reader = await principal([{ role: 'consumer' }]);
  await send(`${catalog.url}/v1/namespaces`, owner.token, { namespace: [domain] });
  const locations: string[] = [];
  for (let index = 0; index < TABLES; index++) {
    const created = await send<{ metadata: { location: string } }>(
      `${catalog.url}/v1/namespaces/${domain}/tables`,
      owner.token,
      { name: `t${index}`, schema: SCHEMA },
    );
    locations.push(created.metadata.location);
    // Every table is a port of one product, on which the reader holds a grant.
    await catalog.sql(
      `INSERT INTO table_bindings (namespace, table_name, domain, product, version, port) VALUES ($1, $2, $1, 'p', '1.0.0', $2)`,
      [domain, `t${index}`],
    );
  }
  await send(`${catalog.url}/v1/mesh/grants/bench`, ADMIN_TOKEN, { principal: reader.id, domain, product: 'p' });

  const objectUri = (n: number) =>
    `${locations[n % TABLES].replace(/^s3:\/\//, `${store.endpoint}/`)}/data/00000-${n % 100}.parquet`;
  const sign = (token: string, method: string, n: number) =>
    send<void>(`${catalog.url}/v1/aws/s3/sign`, token, {
      region: store.region,
      uri: objectUri(n),
      method,
      headers: { 'User-Agent': ['bench'], Range: ['bytes=0-1023'] },
    });
  const health = async () => {
    const response = await fetch(`${catalog.url}/health`);
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`/health → ${response.status}`);
  };
  const phase = measuredBy(catalog.service.process.pid!);
  const signRead = (_: number, __: number, n: number) => sign(reader.token, 'GET', n);
  const signWrite = (_: number, __: number, n: number) => sign(owner.token, 'PUT', n);

  // Warm-up, unreported: the JIT, connection pools, the token cache and whatever the signer keeps.
  await runLoad(CLIENTS, 2, signRead);
  await runLoad(CLIENTS, 1, health);
  const loadBefore = machine().loadAverage;
  // Each floor right before the phase it is the floor of, so that a drift in the machine's load hits both alike.
  const one = { health: await phase(1, health), signRead: await phase(1, signRead) };
  const many = {
    health: await phase(CLIENTS, health),
    signRead: await phase(CLIENTS, signRead),
    signWrite: await phase(CLIENTS, signWrite),
  };
  return {
    benchmark: 'catalog-s3-signer',
    clients: CLIENTS,
    secondsPerPhase: SECONDS,
    tables: TABLES,
    loadAverageBefore: loadBefore,
    machine: machine(),
    sigv4Loop: sigv4Loop(store.region, objectUri(0)),
    oneClient: one,
    [`${CLIENTS}Clients`]: many,
    // A signed read against the floor (/health, same process and concurrency): what remote signing itself costs.
    signReadToHealth: {
      oneClient: { p50: ratio(one.signRead.p50Ms, one.health.p50Ms), p99: ratio(one.signRead.p99Ms, one.health.p99Ms) },
      [`${CLIENTS}Clients`]: {
        p50: ratio(many.signRead.p50Ms, many.health.p50Ms),
        p99: ratio(many.signRead.p99Ms, many.health.p99Ms),
        throughput: ratio(many.signRead.perSecond, many.health.perSecond),
        catalogCpu: ratio(many.signRead.cpuMsPerRequest.catalog, many.health.cpuMsPerRequest.catalog),
      },
    },
  };
}

const ratio = (value: number, floor: number) => round(value / floor, 2);

/** The stack's Postgres, whose CPU the signer's queries add to (with whatever else uses it meanwhile). */
function postgresPid(): number {
  const home = process.env.MESH_HOME ?? resolve(__dirname, '../../.mesh');
  return Number(readFileSync(resolve(home, 'pids/postgres.pid'), 'utf8').trim());
}

/** A closed-loop phase of SECONDS with its latencies and the CPU milliseconds each request cost the catalog and Postgres. */
function measuredBy(catalogPid: number) {
  const postgres = postgresPid();
  return async (clients: number, operation: (client: number, i: number, sequence: number) => Promise<void>) => {
    const before = { catalog: processTreeCpuSeconds(catalogPid), postgres: processTreeCpuSeconds(postgres) };
    const { samples, failures, perSecond } = await runLoad(clients, SECONDS, operation);
    const perRequest = (seconds: number) => round((seconds * 1000) / Math.max(1, samples.length), 3);
    return {
      perSecond,
      failures,
      ...latencies(samples),
      cpuMsPerRequest: {
        catalog: perRequest(processTreeCpuSeconds(catalogPid) - before.catalog),
        postgres: perRequest(processTreeCpuSeconds(postgres) - before.postgres),
      },
    };
  };
}

/** The signature alone: the catalog's SigV4 signer in a loop for a second, in this process. */
function sigv4Loop(region: string, uri: string) {
  const signer = new SigV4Signer({ accessKeyId: 'bench', secretAccessKey: 'bench-secret' });
  const request = { method: 'GET', url: new URL(uri), region, headers: { Range: ['bytes=0-1023'] } };
  let count = 0;
  const started = performance.now();
  while (performance.now() - started < 1000) {
    signer.sign(request);
    count++;
  }
  const elapsed = performance.now() - started;
  return {
    signaturesPerSecond: round((count * 1000) / elapsed),
    microsPerSignature: round((elapsed * 1000) / count, 2),
  };
}

runBenchmark('catalog s3 signer', main);
