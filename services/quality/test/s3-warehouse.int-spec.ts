/**
 * Quality on an S3 warehouse: PyIceberg writes through the catalog's remote signing, and the quality service reads the
 * snapshot's metadata, manifests and Parquet files through the same signer with its own token (it holds no key to
 * the store), then runs the contract's rules with DuckDB.
 */
import { cleanOrder, firstOrdersCommit, ordersProduct, startQualityMesh, type QualityMesh } from '@mesh/testing';

describe('quality checks on an S3 warehouse', () => {
  let mesh: QualityMesh;

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
});
