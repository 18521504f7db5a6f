/**
 * `mesh demo seed` on an S3 warehouse (MESH_STORAGE=s3): the demo's PyIceberg writer (the S3 venv's) signs every
 * request to the store through the catalog, and the quality service checks the snapshots it reads the same way.
 */
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { parseS3 } from '@mesh/storage';
import { ADMIN_TOKEN, eventually, s3Store, startMesh, type MeshUnderTest } from '@mesh/testing';
import { cliEnvironment, runMeshCommand } from './support/mesh-cli';

describe('mesh demo seed on an S3 warehouse', () => {
  let mesh: MeshUnderTest;
  let env: NodeJS.ProcessEnv;
  const mesh$ = (...args: string[]) => runMeshCommand(args, env);

  beforeAll(async () => {
    mesh = await startMesh('demo-s3', { storage: 's3' });
    env = cliEnvironment({
      MESH_URL: mesh.url('gateway'),
      MESH_TOKEN: ADMIN_TOKEN,
      MESH_LINEAGE_URL: mesh.url('lineage'),
      MESH_STORAGE: 's3',
    });
  }, 240_000);
  // The bucket's prefix is emptied one object at a time (S3Proxy takes no DeleteObjects): the demo wrote hundreds.
  afterAll(async () => {
    await mesh?.stop();
  }, 300_000);

  it('publishes the products with their data in the bucket, and quality checks it', async () => {
    const seeded = await mesh$('demo', 'seed');
    if (seeded.code !== 0) throw new Error(`demo seed failed:\n${seeded.stdout}${seeded.stderr}\n${mesh.logs()}`);
    const products = JSON.parse((await mesh$('get', 'products', '-o', 'json')).stdout) as { status: string }[];
    expect(products.filter((product) => product.status === 'PUBLISHED').length).toBeGreaterThanOrEqual(10);

    const { bucket, key } = parseS3(mesh.catalog.warehouse)!;
    const listed = await s3Store().client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: `${key}/` }));
    expect((listed.Contents ?? []).filter((object) => object.Key!.endsWith('.parquet')).length).toBeGreaterThan(0);

    // The demo's bad snapshot of campaign performance raises an alert: quality read it from the bucket.
    await eventually(
      async () => {
        const alerts = JSON.parse((await mesh$('get', 'alerts', '-o', 'json')).stdout) as {
          domain: string;
          name: string;
          state: string;
        }[];
        return alerts.some(
          (alert) => `${alert.domain}/${alert.name}` === 'marketing/campaign-performance' && alert.state === 'OPEN',
        );
      },
      async () => `no open alert\n${mesh.logs()}`,
      60_000,
    );
  }, 180_000);
});
