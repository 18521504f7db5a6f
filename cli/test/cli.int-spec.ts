import { ADMIN_TOKEN, eventually, freePort, startMesh, orderRow, writeRows, type MeshUnderTest } from '@mesh/testing';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { cliEnvironment, runMeshCommand, startMeshCommand, untilOutput } from './support/mesh-cli';

/**
 * The `mesh` CLI as a user runs it: a process of its own against a whole mesh (every service a real process, the
 * gateway in front), asserting what it prints and how it exits. One mesh for the whole file: starting one is what
 * takes time.
 */

const REPO = resolve(__dirname, '../..');
const EXAMPLES = join(REPO, 'examples');

interface Descriptor {
  metadata: { name: string; version: string; tags?: string[] };
  spec: {
    contract: { schema: { name: string; fields: Record<string, unknown>[] }[] };
    access: Record<string, unknown>;
  };
}

/** A variant of an example, written to a file of its own. */
function variant(example: string, change: (descriptor: Descriptor) => void): string {
  const descriptor = parse(readFileSync(join(EXAMPLES, 'products', example), 'utf8')) as Descriptor;
  change(descriptor);
  const file = join(mkdtempSync(join(tmpdir(), 'mesh-cli-')), `${descriptor.metadata.name}.yaml`);
  writeFileSync(file, stringify(descriptor));
  return file;
}

describe('the mesh CLI', () => {
  let mesh: MeshUnderTest;
  let env: NodeJS.ProcessEnv;
  const mesh$ = (...args: string[]) => runMeshCommand(args, env);
  const logs = () => mesh.logs();

  beforeAll(async () => {
    mesh = await startMesh('cli');
    env = cliEnvironment({
      MESH_URL: mesh.url('gateway'),
      MESH_TOKEN: ADMIN_TOKEN,
      MESH_LINEAGE_URL: mesh.url('lineage'),
    });
  }, 240_000);

  afterAll(async () => {
    await mesh?.stop();
  }, 120_000);

  it('applies domains, then an example product, following it stage by stage, and exits 0 once it is published', async () => {
    const domains = await mesh$('apply', '-f', join(EXAMPLES, 'demo/domains.yaml'));
    expect(domains).toMatchObject({ code: 0, stderr: '' });
    expect(domains.stdout).toContain('domain sales created');

    const applied = await mesh$('apply', '-f', join(EXAMPLES, 'products/sales-orders.yaml'));
    if (applied.code !== 0) throw new Error(`apply failed:\n${applied.stdout}${applied.stderr}\n${logs()}`);
    expect(applied.stderr).toBe('');
    expect(applied.stdout).toContain('✔ proposed');
    for (const stage of [
      'approved by governance',
      'port orders',
      'port order_lines',
      'port order-status-events',
      'published',
    ]) {
      expect(applied.stdout).toMatch(new RegExp(`✔ ${stage} \\[[0-9.]+m?s\\]`));
    }
  }, 180_000);

  it('prints JSON that parses with -o json', async () => {
    const products = await mesh$('get', 'products', '-o', 'json');
    expect(products.code).toBe(0);
    expect(JSON.parse(products.stdout)).toContainEqual(
      expect.objectContaining({ domain: 'sales', name: 'orders', latestVersion: '1.4.0', status: 'PUBLISHED' }),
    );
    const described = await mesh$('describe', 'product', 'sales/orders', '-o', 'json');
    expect(JSON.parse(described.stdout)).toMatchObject({ version: { version: '1.4.0', state: 'PUBLISHED' } });
  });

  it('shows the version bump a breaking change requires with --dry-run, and marks it in the diff', async () => {
    const breaking = variant('sales-orders.yaml', (descriptor) => {
      descriptor.metadata.version = '1.5.0';
      const orders = descriptor.spec.contract.schema[0];
      orders.fields = orders.fields.filter((field) => field.name !== 'channel');
    });
    const dryRun = await mesh$('apply', '--dry-run', '-f', breaking);
    expect(dryRun.code).toBe(1);
    expect(dryRun.stdout).toContain('sales/orders@1.5.0');
    expect(dryRun.stdout).toContain('would be REJECTED');
    expect(dryRun.stdout).toContain('required version bump: MAJOR (against published 1.4.0; declared 1.5.0)');
    expect(dryRun.stdout).toMatch(/breaking-change-versioned\s+BLOCKING\s+FAIL/);

    const diff = await mesh$('diff', '-f', breaking);
    expect(diff.code).toBe(0);
    expect(diff.stdout).toMatch(
      /!\s+BREAKING\s+\/spec\/contract\/schema\/0\/fields\/2\s+field 'orders.channel' removed/,
    );
  }, 60_000);

  it('exits 1 with the message of each policy a rejected version failed', async () => {
    // The customers example with PII fields, made visible to the whole organisation: pii-restricted refuses it.
    const leaky = variant('sales-customers.yaml', (descriptor) => {
      descriptor.metadata.version = '1.0.0';
      descriptor.spec.access = { visibility: 'internal', approval: 'auto' };
    });
    const rejected = await mesh$('apply', '-f', leaky);
    expect(rejected.code).toBe(1);
    expect(rejected.stderr).toContain('✖ governance [FAILED: rejected by governance]');
    expect(rejected.stdout).toContain('sales/customers@1.0.0 was rejected by governance:');
    expect(rejected.stdout).toContain(
      '✖ pii-restricted: A product with PII fields needs access.visibility restricted and access.approval manual.',
    );
  }, 120_000);

  it('prints an alert within 2 s of a bad commit raising it', async () => {
    const watch = startMeshCommand(['alerts', 'watch', '--domain', 'sales', '-o', 'json'], env);
    try {
      await untilOutput(watch.stderr, /watching quality alerts of sales/, 30_000);
      writeRows(mesh.catalog.url, 'sales.orders', [orderRow('paid'), orderRow(null)]);
      const printed = await untilOutput(watch.stdout, /"ruleId":"orders\.status\.required"/, 90_000);
      const event = printed.text
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { type: string; ruleId: string; occurredAt: string })
        .find((candidate) => candidate.ruleId === 'orders.status.required')!;
      expect(event).toMatchObject({ type: 'RAISED', product: { domain: 'sales', name: 'orders', version: '1.4.0' } });
      expect(printed.at - Date.parse(event.occurredAt)).toBeLessThan(2_000);
    } finally {
      watch.kill('SIGINT');
    }
    const exit = await new Promise<number | null>((done) => watch.on('close', (code) => done(code)));
    expect(exit).toBe(0);
  }, 150_000);

  it('says in one line that the token was refused, never with a stack trace', async () => {
    const wrongToken = { ...env, MESH_TOKEN: `mesh_${randomUUID().replace(/-/g, '')}` };
    const query = await runMeshCommand(['get', 'products'], wrongToken);
    expect(query.code).toBe(1);
    expect(query.stdout).toBe('');
    expect(query.stderr).toBe(
      `mesh: the gateway at ${mesh.url('gateway')}/graphql refused the token from MESH_TOKEN: the token is invalid, expired or revoked (unauthenticated)\n`,
    );
    const subscription = await runMeshCommand(['alerts', 'watch'], wrongToken);
    expect(subscription.code).toBe(1);
    expect(subscription.stderr).toMatch(
      /^mesh: the gateway at ws:\/\/127\.0\.0\.1:\d+\/graphql refused the token from MESH_TOKEN \(.*\)\n$/,
    );
  });

  it('names the URL it tried when the gateway cannot be reached', async () => {
    const url = `http://127.0.0.1:${await freePort()}`;
    const unreachable = await runMeshCommand(['status'], { ...env, MESH_URL: url });
    expect(unreachable.code).toBe(1);
    expect(unreachable.stderr).toBe(
      `mesh: cannot reach the gateway at ${url}/graphql: connection refused (is the platform started? \`./platform start\`)\n`,
    );
  });

  it('reports every service ready with mesh status', async () => {
    const status = await mesh$('status', '-o', 'json');
    expect(status.code).toBe(0);
    const report = JSON.parse(status.stdout) as { ready: boolean; components: { component: string; status: string }[] };
    expect(report.ready).toBe(true);
    expect(report.components.map((entry) => entry.component)).toEqual(
      expect.arrayContaining(['kafka', 'registry', 'governance', 'provisioning', 'quality', 'search', 'lineage']),
    );
  });

  it('seeds the demo mesh within 60 s: products published, an open alert, lineage 4 levels deep, searchable', async () => {
    const started = Date.now();
    const seeded = await mesh$('demo', 'seed');
    const elapsedMs = Date.now() - started;
    if (seeded.code !== 0) throw new Error(`demo seed failed:\n${seeded.stdout}${seeded.stderr}\n${logs()}`);
    expect(elapsedMs).toBeLessThan(60_000);
    process.stdout.write(`demo seeded in ${elapsedMs} ms\n`);

    const products = JSON.parse((await mesh$('get', 'products', '-o', 'json')).stdout) as {
      domain: string;
      status: string;
    }[];
    expect(products.filter((product) => product.status === 'PUBLISHED').length).toBeGreaterThanOrEqual(10);
    expect(new Set(products.map((product) => product.domain)).size).toBeGreaterThanOrEqual(3);

    const openAlertOn = async (product: string) => {
      const alerts = JSON.parse((await mesh$('get', 'alerts', '-o', 'json')).stdout) as {
        domain: string;
        name: string;
        state: string;
      }[];
      return alerts.some((alert) => `${alert.domain}/${alert.name}` === product && alert.state === 'OPEN');
    };
    await eventually(
      () => openAlertOn('marketing/campaign-performance'),
      async () => `no open alert\n${logs()}`,
      60_000,
    );
    await eventually(
      () => openAlertOn('logistics/carrier-scans'),
      async () => `no freshness alert\n${logs()}`,
      60_000,
    );

    const depthOf = (node: { children: unknown[] }): number =>
      1 + Math.max(0, ...(node.children as { children: unknown[] }[]).map(depthOf));
    const lineageDepth = async () => {
      const tree = await mesh$('lineage', 'finance/investor-update', '--upstream', '--depth', '6', '-o', 'json');
      return depthOf(JSON.parse(tree.stdout) as { children: unknown[] }) - 1;
    };
    await eventually(
      async () => (await lineageDepth()) >= 4,
      async () => `lineage ${await lineageDepth()} deep\n${logs()}`,
      60_000,
    );

    const searchable = async () => {
      const found = await mesh$('search', 'campaign', '-o', 'json');
      return found.code === 0 && (JSON.parse(found.stdout) as { totalCount: number }).totalCount >= 2;
    };
    await eventually(searchable, async () => `search does not find the demo\n${logs()}`, 60_000);

    const again = await mesh$('demo', 'seed');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('0 snapshots');
  }, 300_000);
});
