/**
 * Catalog benchmark: loadTable latency, and commit throughput on one table and across many, against a catalog
 * process of its own (and the registry it introspects tokens with) on the local stack. Prints one JSON document.
 *
 *   node -r @swc-node/register bench/catalog/catalog-bench.ts [--clients 16] [--readers 4] [--seconds 15] [--tables 64]
 *
 * - loadTable: `readers` loops loading one table with 50 snapshots, as its domain owner and as a grant holder
 *   (whose grant is checked in the same round trip as the pointer read), and then `clients` loops for the
 *   throughput at saturation. Target: p99 under 10 ms. On two cores shared with Postgres and Kafka, latency under
 *   saturation is queueing, not the cost of a load, hence the separate, lighter latency phase.
 * - commits on one table: one writer appending in a loop; then `clients` writers appending to the same table, each
 *   reloading and retrying after a 409 as Iceberg clients do (only landed commits count).
 * - commits across tables: `clients` writers, each appending to tables of its own (`tables` in all). Target: at
 *   least 300 commits/s. Every commit writes a metadata file, swaps the pointer and queues data.published.
 */
import { ADMIN_TOKEN, startCatalog, startRegistry, uniqueName } from '@mesh/testing';
import { appendCommit } from '../../services/catalog/test/support/catalog-mesh';
import { load, machine, runBenchmark } from '../support/report';

const args = new Map(process.argv.slice(2).map((arg, i, all) => [arg, all[i + 1]]));
const CLIENTS = Number(args.get('--clients') ?? 16);
const READERS = Number(args.get('--readers') ?? 4);
const SECONDS = Number(args.get('--seconds') ?? 15);
const TABLES = Number(args.get('--tables') ?? 64);

const SCHEMA = { type: 'struct', fields: [{ id: 1, name: 'id', type: 'long', required: false }] };

interface Table {
  metadata: { 'current-snapshot-id': number; 'last-sequence-number': number };
}

async function main(): Promise<object> {
  const registry = await startRegistry('catalog-bench', { env: { LOG_LEVEL: 'error' } });
  const catalog = await startCatalog('bench', registry, { LOG_LEVEL: 'error' });
  let nextSnapshotId = 1;
  const call = async <T>(
    token: string,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: T }> => {
    const response = await fetch(`${catalog.url}${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: (text === '' ? undefined : JSON.parse(text)) as T };
  };
  /** A load as a client far away would do it: the whole body read, its parsing left out of the catalog's CPU. */
  const fetchTable = async (token: string, path: string): Promise<void> => {
    const response = await fetch(`${catalog.url}${path}`, { headers: { Authorization: `Bearer ${token}` } });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`GET ${path} → ${response.status}`);
  };
  const expect = async <T>(token: string, method: string, path: string, body?: unknown): Promise<T> => {
    const reply = await call<T>(token, method, path, body);
    if (reply.status >= 300) throw new Error(`${method} ${path} → ${reply.status} ${JSON.stringify(reply.body)}`);
    return reply.body;
  };
  const registryCall = async <T>(path: string, body: unknown): Promise<T> => {
    const response = await fetch(`${registry.serviceUrl}${path}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    return (await response.json()) as T;
  };
  /**
   * Appends a snapshot on top of the table's current one: the commit an Iceberg writer sends. The writer knows the
   * table's next state (its own snapshot and sequence number), so the response body is read but not parsed.
   */
  const append = async (token: string, path: string, table: Table): Promise<{ status: number; state: Table }> => {
    const parent = table.metadata['current-snapshot-id'];
    const sequence = table.metadata['last-sequence-number'] + 1;
    const id = nextSnapshotId++;
    const response = await fetch(`${catalog.url}${path}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(
        appendCommit({
          id,
          parent: parent === -1 ? null : parent,
          sequence,
          summary: { operation: 'append', 'added-records': '100', 'total-records': String(100 * sequence) },
          manifestList: `${catalog.url}/snap-${id}.avro`,
        }),
      ),
    });
    await response.arrayBuffer();
    return {
      status: response.status,
      state: { metadata: { 'current-snapshot-id': id, 'last-sequence-number': sequence } },
    };
  };

  try {
    const domain = uniqueName('bench');
    await registryCall('/v1/domains', { name: domain, title: 'bench', owningTeam: 'bench' });
    const owner = await registryCall<{ id: string }>('/v1/principals', {
      name: uniqueName('owner'),
      kind: 'user',
      roles: [{ role: 'domain-owner', domain }],
    });
    const ownerToken = (await registryCall<{ token: string }>(`/v1/principals/${owner.id}/tokens`, { name: 'b' }))
      .token;
    const reader = await registryCall<{ id: string }>('/v1/principals', {
      name: uniqueName('reader'),
      kind: 'user',
      roles: [{ role: 'consumer' }],
    });
    const readerToken = (await registryCall<{ token: string }>(`/v1/principals/${reader.id}/tokens`, { name: 'b' }))
      .token;

    await expect(ownerToken, 'POST', '/v1/namespaces', { namespace: [domain] });
    const tablePath = (name: string) => `/v1/namespaces/${domain}/tables/${name}`;
    let hot = await expect<Table>(ownerToken, 'POST', `/v1/namespaces/${domain}/tables`, {
      name: 'hot',
      schema: SCHEMA,
    });
    for (let i = 0; i < 50; i++) hot = (await append(ownerToken, tablePath('hot'), hot)).state;
    // The reader reads through a grant on the product that owns the table.
    await catalog.sql(
      `INSERT INTO table_bindings (namespace, table_name, domain, product, version, port) VALUES ($1, 'hot', $1, 'hot', '1.0.0', 'hot')`,
      [domain],
    );
    await expect(ADMIN_TOKEN, 'PUT', '/v1/mesh/grants/bench', { principal: reader.id, domain, product: 'hot' });

    const loadAsOwner = await load(READERS, SECONDS, () => fetchTable(ownerToken, tablePath('hot')));
    const loadThroughGrant = await load(READERS, SECONDS, () => fetchTable(readerToken, tablePath('hot')));
    const loadSaturated = await load(CLIENTS, SECONDS, () => fetchTable(readerToken, tablePath('hot')));

    // One writer: the commit path's own latency and rate on one table, with no conflict.
    const oneWriter = await load(1, SECONDS, async () => {
      const reply = await append(ownerToken, tablePath('hot'), hot);
      if (reply.status !== 200) throw new Error(`commit → ${reply.status}`);
      hot = reply.state;
    });
    // Many writers on one (fresh) table: only one commit per round of loads lands, so this is the goodput of
    // optimistic concurrency, with the short random backoff clients use after a 409.
    const created = await expect<Table>(ownerToken, 'POST', `/v1/namespaces/${domain}/tables`, {
      name: 'contended',
      schema: SCHEMA,
    });
    // What each writer last saw of the table.
    const seen = Array.from({ length: CLIENTS }, () => created);
    let conflicts = 0;
    const oneTable = await load(CLIENTS, SECONDS, async (client) => {
      for (let attempt = 0; ; attempt++) {
        const reply = await append(ownerToken, tablePath('contended'), seen[client]);
        if (reply.status === 200) {
          seen[client] = reply.state;
          return;
        }
        if (reply.status !== 409) throw new Error(`commit → ${reply.status}`);
        conflicts++;
        await new Promise((wait) => setTimeout(wait, Math.random() * 5 * Math.min(attempt + 1, 10)));
        seen[client] = await expect<Table>(ownerToken, 'GET', tablePath('contended'));
      }
    });

    const tables = await Promise.all(
      Array.from({ length: TABLES }, async (_, index) => ({
        path: tablePath(`t${index}`),
        state: await expect<Table>(ownerToken, 'POST', `/v1/namespaces/${domain}/tables`, {
          name: `t${index}`,
          schema: SCHEMA,
        }),
      })),
    );
    const manyTables = await load(CLIENTS, SECONDS, async (client, i) => {
      // Each client has tables of its own, so commits never conflict: this measures the commit path itself.
      const mine = tables.filter((_, index) => index % CLIENTS === client);
      const table = mine[i % mine.length];
      const reply = await append(ownerToken, table.path, table.state);
      if (reply.status !== 200) throw new Error(`commit → ${reply.status}`);
      table.state = reply.state;
    });

    return {
      benchmark: 'catalog',
      clients: CLIENTS,
      secondsPerPhase: SECONDS,
      tables: TABLES,
      machine: machine(),
      readers: READERS,
      loadTable: {
        asDomainOwner: loadAsOwner,
        throughGrant: loadThroughGrant,
        throughGrantSaturated: loadSaturated,
        snapshotsInTable: 50,
      },
      commitsOneTableOneWriter: oneWriter,
      commitsOneTableContended: { ...oneTable, conflictsRetried: conflicts },
      commitsAcrossTables: manyTables,
      targets: {
        loadTableP99Under10Ms: Math.max(loadAsOwner.p99Ms, loadThroughGrant.p99Ms) < 10,
        commitsAcrossTablesAtLeast300PerSecond: manyTables.perSecond >= 300,
      },
    };
  } finally {
    await catalog.remove();
    await registry.remove();
  }
}

runBenchmark('catalog', main);
