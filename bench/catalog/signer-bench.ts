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
import { load, machine } from '../support/report';

const args = new Map(process.argv.slice(2).map((arg, i, all) => [arg, all[i + 1]]));
const CLIENTS = Number(args.get('--clients') ?? 16);
const SECONDS = Number(args.get('--seconds') ?? 15);
const TABLES = Number(args.get('--tables') ?? 32);

const SCHEMA = { type: 'struct', fields: [{ id: 1, name: 'id', type: 'long', required: false }] };

async function main(): Promise<void> {
  // The run's topics and ACLs are made and removed as Kafka's admin, as the integration tests do.
  actAsKafkaAdmin();
  const store = s3Store();
  const registry = await startRegistry('signer-bench', { env: { LOG_LEVEL: 'error' } });
  const catalog = await startCatalog('signer-bench', registry, {
    LOG_LEVEL: 'error',
    ...store.warehouseEnv('signer-bench'),
  });
  const post = async <T>(
    base: string,
    token: string,
    path: string,
    body: unknown,
  ): Promise<{ status: number; body: T }> => {
    const response = await fetch(`${base}${path}`, {
      method: path.startsWith('/v1/mesh/grants') ? 'PUT' : 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: (text === '' ? undefined : JSON.parse(text)) as T };
  };
  const principal = async (roles: { role: string; domain?: string }[]) => {
    const created = await post<{ id: string }>(registry.serviceUrl, ADMIN_TOKEN, '/v1/principals', {
      name: uniqueName('bench'),
      kind: 'user',
      roles,
    });
    const token = await post<{ token: string }>(
      registry.serviceUrl,
      ADMIN_TOKEN,
      `/v1/principals/${created.body.id}/tokens`,
      { name: 'bench' },
    );
    return { id: created.body.id, token: token.body.token };
  };

  try {
    const domain = uniqueName('bench');
    await post(registry.serviceUrl, ADMIN_TOKEN, '/v1/domains', { name: domain, title: 'bench', owningTeam: 'bench' });
    const owner = await principal([{ role: 'domain-owner', domain }]);
    const reader = await principal([{ role: 'consumer' }]);
    await post(catalog.url, owner.token, '/v1/namespaces', { namespace: [domain] });
    const locations: string[] = [];
    for (let index = 0; index < TABLES; index++) {
      const created = await post<{ metadata: { location: string } }>(
        catalog.url,
        owner.token,
        `/v1/namespaces/${domain}/tables`,
        { name: `t${index}`, schema: SCHEMA },
      );
      locations.push(created.body.metadata.location);
      await catalog.sql(
        `INSERT INTO table_bindings (namespace, table_name, domain, product, version, port) VALUES ($1, $2, $1, 'p', '1.0.0', $2)`,
        [domain, `t${index}`],
      );
    }
    await post(catalog.url, ADMIN_TOKEN, '/v1/mesh/grants/bench', { principal: reader.id, domain, product: 'p' });

    const objectUri = (i: number) =>
      `${locations[i % TABLES].replace(/^s3:\/\//, `${store.endpoint}/`)}/data/00000-${i % 100}.parquet`;
    const sign = (token: string, method: string, uri: string) => async () => {
      const reply = await post<unknown>(catalog.url, token, '/v1/aws/s3/sign', {
        region: store.region,
        uri,
        method,
        headers: { 'User-Agent': ['bench'], Range: ['bytes=0-1023'] },
      });
      if (reply.status !== 200) throw new Error(`sign → ${reply.status} ${JSON.stringify(reply.body)}`);
    };
    const readOne = await load(1, SECONDS, (_, i) => sign(reader.token, 'GET', objectUri(i))());
    const readMany = await load(CLIENTS, SECONDS, (_, __, n) => sign(reader.token, 'GET', objectUri(n))());
    const writeMany = await load(CLIENTS, SECONDS, (_, __, n) => sign(owner.token, 'PUT', objectUri(n))());

    process.stdout.write(
      JSON.stringify(
        {
          benchmark: 'catalog-s3-signer',
          clients: CLIENTS,
          secondsPerPhase: SECONDS,
          tables: TABLES,
          machine: machine(),
          signReadThroughGrant: { oneClient: readOne, [`${CLIENTS}Clients`]: readMany },
          signWriteAsOwner: { [`${CLIENTS}Clients`]: writeMany },
        },
        null,
        2,
      ) + '\n',
    );
  } finally {
    await catalog.remove();
    await registry.remove();
  }
}

void main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
