/**
 * S3 signer benchmark: the latency remote signing adds to every request a client makes to an S3 warehouse, against
 * a catalog process of its own on a prefix of the stack's S3 store. Prints one JSON document.
 *
 *   node -r @swc-node/register bench/catalog/signer-bench.ts [--clients 16] [--seconds 15] [--tables 32]
 *
 * A grant holder asks for signatures of GETs of objects in one of `tables` tables (the grant, the table found by the
 * object's location and the SigV4 signature each time, as a client reading a table's files does), first from one
 * client, then from `clients` at once; a domain owner's writes (PUT) are signed without a table lookup.
 */
import { actAsKafkaAdmin, ADMIN_TOKEN, s3Store, startCatalog, startRegistry, uniqueName } from '@mesh/testing';
import { load, machine, runBenchmark } from '../support/report';

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
  const readOne = await load(1, SECONDS, (_, i) => sign(reader.token, 'GET', i));
  const readMany = await load(CLIENTS, SECONDS, (_, __, n) => sign(reader.token, 'GET', n));
  const writeMany = await load(CLIENTS, SECONDS, (_, __, n) => sign(owner.token, 'PUT', n));
  return {
    benchmark: 'catalog-s3-signer',
    clients: CLIENTS,
    secondsPerPhase: SECONDS,
    tables: TABLES,
    machine: machine(),
    signReadThroughGrant: { oneClient: readOne, [`${CLIENTS}Clients`]: readMany },
    signWriteAsOwner: { [`${CLIENTS}Clients`]: writeMany },
  };
}

runBenchmark('catalog s3 signer', main);
