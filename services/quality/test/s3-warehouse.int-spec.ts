/**
 * Quality on an S3 warehouse: PyIceberg writes through the catalog's remote signing, and the quality service reads the
 * snapshot's metadata, manifests and Parquet files through the same signer with its own token (it holds no key to
 * the store), then runs the contract's rules with DuckDB.
 */
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { parseS3 } from '@mesh/storage';
import {
  ADMIN_TOKEN,
  cleanOrder,
  firstOrdersCommit,
  ordersProduct,
  s3Store,
  startQualityMesh,
  type QualityMesh,
} from '@mesh/testing';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CatalogClient } from '../src/iceberg/catalog-client';
import { SignedS3Files } from '../src/iceberg/warehouse-files';

describe('quality checks on an S3 warehouse', () => {
  let mesh: QualityMesh;
  let tableLocation: string;

  beforeAll(async () => {
    mesh = await startQualityMesh('s3', {}, 's3');
  }, 180_000);
  afterAll(async () => {
    await mesh?.close();
  });

  it('checks a snapshot whose files are in the bucket', async () => {
    await mesh.publishProduct(ordersProduct('orders'));
    const published = await firstOrdersCommit(mesh, 'orders', [cleanOrder('o1'), cleanOrder('o2'), cleanOrder('o3')]);
    expect(published.payload.metadataLocation).toMatch(/^s3:\/\/mesh-test\//);
    tableLocation = published.payload.metadataLocation!.replace(/\/metadata\/[^/]+$/, '');
    const checked = await mesh.awaitEvent(
      'quality.check.completed',
      (event) => event.payload.snapshotId === published.payload.snapshotId,
    );
    expect(checked.payload.score).toBe(1);
    expect(checked.payload.results).toEqual(
      expect.arrayContaining([
        { ruleId: 'orders-not-empty', observed: 3, threshold: 0, outcome: 'pass', message: null },
        { ruleId: 'orders.status.required', observed: 0, threshold: 0, outcome: 'pass', message: null },
      ]),
    );
  });

  it('fetches a large file through the signer in parallel ranges, and refuses one shorter than its metadata says', async () => {
    // A data file of three 8 MiB parts, the last one short, put in the table's data directory by its writer.
    const content = randomBytes(2 * 8 * 2 ** 20 + 12_345);
    const location = `${tableLocation}/data/large.parquet`;
    const { bucket, key } = parseS3(location)!;
    await s3Store().client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: content }));
    const directory = await mkdtemp(join(tmpdir(), 'quality-s3-files-'));
    try {
      const files = new SignedS3Files(new CatalogClient(mesh.catalogUrl, ADMIN_TOKEN), {
        endpoint: new URL(s3Store().endpoint),
        region: s3Store().region,
        directory,
        maxFiles: 4,
        concurrency: 2,
      });
      const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
      expect(sha256(await readFile(await files.localPath(location, content.length)))).toBe(sha256(content));

      const truncated = `${tableLocation}/data/truncated.parquet`;
      await s3Store().client.send(
        new PutObjectCommand({ Bucket: bucket, Key: parseS3(truncated)!.key, Body: content.subarray(0, 1000) }),
      );
      await expect(files.localPath(truncated, 1001)).rejects.toThrow(
        'the store gave 1000 bytes, the metadata says 1001',
      );
      // Nothing half-written is left behind.
      expect(await readdir(directory)).toHaveLength(1);
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });
});
