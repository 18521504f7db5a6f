/**
 * A third-party client: PyIceberg (from PyPI, public API only) against the platform's Iceberg REST catalog, with a
 * domain owner's token as its `token`. The catalog runs as its own process next to a real registry.
 */
import {
  ADMIN_TOKEN,
  pythonTool,
  startCatalog,
  startRegistry,
  uniqueName,
  type CatalogUnderTest,
  type RegistryUnderTest,
} from '@mesh/testing';
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { resolve } from 'node:path';

const FLOW = resolve(__dirname, 'pyiceberg_flow.py');
const WRITER = resolve(__dirname, 'concurrent_append.py');

async function call<T>(
  url: string,
  token: string,
  method: string,
  body?: unknown,
): Promise<{ status: number; body: T }> {
  const response = await fetch(url, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: (text === '' ? undefined : JSON.parse(text)) as T };
}

/** A domain and one of its owners, with a token, created through the registry's API. */
async function domainOwner(registry: RegistryUnderTest): Promise<{ domain: string; token: string }> {
  const domain = uniqueName('iceberg');
  const base = registry.serviceUrl;
  const created = await call(`${base}/v1/domains`, ADMIN_TOKEN, 'POST', {
    name: domain,
    title: domain,
    owningTeam: 'team',
  });
  if (created.status !== 201) throw new Error(`creating domain ${domain}: ${JSON.stringify(created.body)}`);
  const principal = await call<{ id: string }>(`${base}/v1/principals`, ADMIN_TOKEN, 'POST', {
    name: uniqueName('owner'),
    kind: 'user',
    roles: [{ role: 'domain-owner', domain }],
  });
  const token = await call<{ token: string }>(
    `${base}/v1/principals/${principal.body.id}/tokens`,
    ADMIN_TOKEN,
    'POST',
    {
      name: 'pyiceberg',
    },
  );
  return { domain, token: token.body.token };
}

function runWriter(args: string[]): {
  child: ChildProcessWithoutNullStreams;
  ready: Promise<void>;
  done: Promise<string>;
} {
  const child = spawn(pythonTool('python'), [WRITER, ...args]);
  let stdout = '';
  let stderr = '';
  const ready = new Promise<void>((done, fail) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('ready')) done();
    });
    child.once('exit', () => fail(new Error(`writer exited before it was ready: ${stderr}`)));
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<string>((finish, fail) =>
    child.once('exit', (code) => (code === 0 ? finish(stdout) : fail(new Error(`writer failed (${code}): ${stderr}`)))),
  );
  return { child, ready, done };
}

describe('PyIceberg → the catalog (Iceberg REST)', () => {
  let registry: RegistryUnderTest;
  let catalog: CatalogUnderTest;

  beforeAll(async () => {
    registry = await startRegistry('iceberg');
    catalog = await startCatalog('iceberg', registry);
  }, 120_000);
  afterAll(async () => {
    await catalog?.remove();
    await registry?.remove();
  });

  it('creates, appends, scans with a filter and projection, evolves, overwrites and time-travels', async () => {
    const { domain, token } = await domainOwner(registry);
    const result = spawnSync(pythonTool('python'), [FLOW, catalog.url, token, domain, 'orders'], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(result.status).toBe(0);
    const seen = JSON.parse(result.stdout) as Record<string, unknown>;

    expect(seen.namespaces).toContainEqual([domain]);
    expect(seen.tables).toEqual([[domain, 'orders']]);
    expect(seen.filtered).toEqual([1, 2, 4]);
    expect(seen.projected_columns).toEqual(['order_id', 'status']);
    expect(seen.evolved_columns).toEqual(['order_id', 'status', 'amount', 'channel']);
    expect(seen.evolved_rows).toBe(5);
    expect(seen.channels).toEqual(['web']);
    expect(seen.current_rows).toEqual([6, 7]);
    expect(seen.first_snapshot_rows).toEqual([1, 2, 3, 4]);
    expect(seen.second_snapshot_rows).toEqual([1, 2, 3, 4, 5]);
    // Snapshot ids use all 64 bits; they come back exactly as PyIceberg made them.
    const ids = seen.snapshot_ids as string[];
    expect(new Set(ids).size).toBe(ids.length);
    // PyIceberg overwrites with a delete snapshot followed by an append.
    expect(seen.operations).toEqual(['append', 'append', 'delete', 'append']);
  }, 180_000);

  it('lands both of two concurrent appends: the second gets 409, and PyIceberg retries', async () => {
    const { domain, token } = await domainOwner(registry);
    expect((await call(`${catalog.url}/v1/namespaces`, token, 'POST', { namespace: [domain] })).status).toBe(200);
    const created = await call(`${catalog.url}/v1/namespaces/${domain}/tables`, token, 'POST', {
      name: 'events',
      schema: { type: 'struct', fields: [{ id: 1, name: 'id', type: 'long', required: false }] },
    });
    expect(created.status).toBe(200);

    const writers = [0, 1].map((index) =>
      runWriter([catalog.url, token, `${domain}.events`, String(index * 1000), '100']),
    );
    await Promise.all(writers.map((writer) => writer.ready));
    writers.forEach((writer) => writer.child.stdin.write('go\n'));
    const outputs = await Promise.all(writers.map((writer) => writer.done));

    const retries = outputs.map(
      (output) => (JSON.parse(output.trim().split('\n').pop()!) as { retries: number }).retries,
    );
    expect(retries.reduce((sum, count) => sum + count, 0)).toBeGreaterThanOrEqual(1);
    const loaded = await call<{ metadata: { snapshots: { summary: Record<string, string> }[] } }>(
      `${catalog.url}/v1/namespaces/${domain}/tables/events`,
      token,
      'GET',
    );
    const snapshots = loaded.body.metadata.snapshots;
    expect(snapshots).toHaveLength(2);
    expect(snapshots.map((snapshot) => snapshot.summary['total-records']).sort()).toEqual(['100', '200']);
  }, 180_000);
});
