/**
 * Moving a local warehouse into the bucket (src/migration/migrate-warehouse.ts): PyIceberg writes two snapshots on a
 * local warehouse, the command copies the files (rewriting the locations in metadata, manifest lists and manifests)
 * and moves the pointers, and a catalog started on the bucket serves the same table to PyIceberg signing remotely.
 */
import {
  ADMIN_TOKEN,
  cleanOrder,
  freePort,
  ORDER_FIELDS,
  pythonTool,
  s3Store,
  serviceToken,
  startCatalog,
  startRegistry,
  startService,
  uniqueName,
  writeIceberg,
  type CatalogUnderTest,
  type RegistryUnderTest,
  type RunningService,
} from '@mesh/testing';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const REPO = resolve(__dirname, '../../..');

describe('catalog: moving a local warehouse into the bucket', () => {
  const store = s3Store();
  const target = store.warehouseEnv('migrated');
  let registry: RegistryUnderTest;
  let local: CatalogUnderTest;
  let moved: RunningService | undefined;

  beforeAll(async () => {
    registry = await startRegistry('migrate');
    local = await startCatalog('migrate', registry);
  }, 120_000);
  afterAll(async () => {
    await moved?.stop();
    await local?.remove();
    await registry?.remove();
    await store.deleteUnder(target.CATALOG_WAREHOUSE);
  });

  it('copies the files with their locations rewritten, moves the pointers, and the table reads the same', async () => {
    const table = `${uniqueName('sales')}.orders`;
    const write = (ids: string[]) =>
      writeIceberg({
        catalog: { type: 'rest', uri: local.url, token: ADMIN_TOKEN },
        table,
        fields: ORDER_FIELDS,
        operations: [{ append: ids.map(cleanOrder) }],
      });
    write(['o1', 'o2']);
    const before = write(['o3']);
    expect(before.metadataLocation).toMatch(/^file:/);

    const migrated = spawnSync(
      process.execPath,
      [
        '-r',
        '@swc-node/register',
        'services/catalog/src/migration/migrate-warehouse.ts',
        '--from',
        local.warehouse,
        '--to',
        target.CATALOG_WAREHOUSE,
      ],
      {
        cwd: REPO,
        encoding: 'utf8',
        timeout: 120_000,
        env: { ...process.env, ...target, DATABASE_URL: local.databaseUrl },
      },
    );
    expect(migrated.stderr).not.toContain('migrate-warehouse:');
    expect(migrated.status).toBe(0);
    const report = JSON.parse(migrated.stdout) as { filesCopied: number; tablesMoved: number };
    expect(report.tablesMoved).toBe(1);
    expect(report.filesCopied).toBeGreaterThanOrEqual(7);

    moved = await startService('catalog', {
      port: await freePort(),
      env: {
        DATABASE_URL: local.databaseUrl,
        REGISTRY_URL: registry.serviceUrl,
        REGISTRY_TOKEN: await serviceToken(registry.serviceUrl, 'catalog'),
        MESH_TOPIC_PREFIX: registry.topicPrefix,
        ...target,
      },
    });
    const [namespace, name] = table.split('.');
    const loaded = (await (
      await fetch(`${moved.url}/v1/namespaces/${namespace}/tables/${name}`, {
        headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, 'X-Iceberg-Access-Delegation': 'remote-signing' },
      })
    ).json()) as {
      'metadata-location': string;
      metadata: { location: string; snapshots: { 'manifest-list': string }[] };
    };
    expect(loaded['metadata-location'].startsWith(`${target.CATALOG_WAREHOUSE}/`)).toBe(true);
    expect(loaded.metadata.location.startsWith(`${target.CATALOG_WAREHOUSE}/`)).toBe(true);
    expect(loaded.metadata.snapshots).toHaveLength(2);
    for (const snapshot of loaded.metadata.snapshots) expect(snapshot['manifest-list']).toMatch(/^s3:\/\//);

    // PyIceberg reads the manifest list, the manifests and the data files by their new locations, signed remotely.
    const scan = spawnSync(
      pythonTool('python', 'venv-s3'),
      [resolve(REPO, 'conformance/iceberg/remote_signing.py'), 'scan', moved.url, ADMIN_TOKEN, table],
      { encoding: 'utf8', timeout: 120_000 },
    );
    expect(scan.status).toBe(0);
    expect(JSON.parse(scan.stdout)).toEqual({ rows: ['o1', 'o2', 'o3'] });
  }, 240_000);
});
