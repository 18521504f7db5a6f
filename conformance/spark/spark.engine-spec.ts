/**
 * A third-party engine: Apache Spark (PySpark 4.1, Iceberg's Spark runtime and AWS bundle from Maven Central) on the
 * platform's Iceberg REST catalog with an S3 warehouse. Spark is given the catalog's URI and a principal's token,
 * nothing else: it holds no S3 key, and every request its S3FileIO makes to the store is signed by the catalog
 * (remote signing), which checks the token's rights on the object. One Spark session serves the whole suite, with two
 * catalogs: the domain owner's and a consumer's, and OpenLineage's Spark listener reporting every job to the lineage
 * service, as a domain pipeline's Spark would.
 */
import {
  ADMIN_TOKEN,
  eventually,
  HttpApi,
  openLineageSpark,
  ordersProduct,
  s3Store,
  startBesideRegistry,
  startSpark,
  type ServiceBesideRegistry,
  type SparkAnswer,
  type SparkSession,
} from '@mesh/testing';
import type { MeshEvent } from '@mesh/contracts';
import {
  publishProduct,
  startCatalogMesh,
  type Actor,
  type CatalogMesh,
} from '../../services/catalog/test/support/catalog-mesh';

/** The rows of an answer, or the test fails with Spark's error and log. */
function rowsOf(answer: SparkAnswer, spark: SparkSession): unknown[][] {
  if (answer.error !== undefined)
    throw new Error(`${answer.error.type}: ${answer.error.message.slice(0, 4000)}\n${spark.log().slice(-3000)}`);
  if (!('rows' in answer)) throw new Error(`not a query's answer: ${JSON.stringify(answer)}`);
  return answer.rows;
}

describe('Spark SQL → the catalog (Iceberg REST) on S3, remote signing only', () => {
  let mesh: CatalogMesh;
  let lineage: ServiceBesideRegistry;
  let spark: SparkSession;
  let domain: string;
  let owner: Actor;
  let consumer: Actor;
  let table: string;

  const query = async (text: string) => rowsOf(await spark.sql(text), spark);
  const published = (operation: string) =>
    mesh.awaitEvent(
      'data.published',
      (event: MeshEvent<'data.published'>) =>
        event.payload.table === `${domain}.orders` && event.payload.operation === operation,
    );

  beforeAll(async () => {
    const store = s3Store();
    mesh = await startCatalogMesh('spark', store.warehouseEnv('spark'));
    domain = await mesh.createDomain('spark');
    owner = await mesh.createActor([{ role: 'domain-owner', domain }]);
    consumer = await mesh.createActor([{ role: 'consumer' }]);
    lineage = await startBesideRegistry('lineage', 'spark', mesh.registry);
    // Orders, and a product the lineage test's job derives from it: paid orders.
    for (const name of ['orders', 'paid']) {
      const descriptor = ordersProduct(name);
      descriptor.metadata.domain = domain;
      (descriptor.spec.access as { approval: string }).approval = 'manual';
      await publishProduct(mesh, owner, descriptor);
    }
    spark = await startSpark({
      app: 'mesh-spark-conformance',
      catalogs: {
        owner: { uri: mesh.catalog.url, token: owner.token },
        consumer: { uri: mesh.catalog.url, token: consumer.token },
      },
      // The pipeline reports its runs with the owner's token: a run that writes a product needs its domain's rights.
      ...openLineageSpark({ url: lineage.service.url, token: owner.token, namespace: domain }),
    });
    table = `owner.\`${domain}\`.orders`;
  }, 300_000);
  afterAll(async () => {
    await spark?.stop();
    await lineage?.remove();
    await mesh?.close();
  });

  it('creates the contracted table through Spark SQL in the owner namespace and inserts: a commit, announced', async () => {
    await query(`CREATE NAMESPACE IF NOT EXISTS owner.\`${domain}\``);
    await query(`CREATE TABLE ${table} (order_id STRING NOT NULL, status STRING NOT NULL, total DOUBLE) USING iceberg`);
    const announced = published('append');
    await query(`INSERT INTO ${table} VALUES ('o-1', 'paid', 10.0), ('o-2', 'placed', 25.5), ('o-3', 'paid', 7.25)`);
    const event = await announced;
    expect(event.payload).toMatchObject({ rowsAdded: 3, rowsTotal: 3, product: { name: 'orders' } });

    expect(await query(`SELECT order_id, status, total FROM ${table} ORDER BY order_id`)).toEqual([
      ['o-1', 'paid', 10],
      ['o-2', 'placed', 25.5],
      ['o-3', 'paid', 7.25],
    ]);
    // The files are in the bucket, under the namespace's area of the warehouse.
    const [[location]] = await query(`SELECT file_path FROM ${table}.files LIMIT 1`);
    expect(location).toMatch(new RegExp(`^s3://mesh-test/.+/${domain}/orders/data/`));
  });

  it('merges into the table (MERGE INTO), as a pipeline upserts', async () => {
    const announced = published('overwrite');
    await query(
      `MERGE INTO ${table} AS target
       USING (SELECT * FROM VALUES ('o-2', 'shipped', 25.5), ('o-4', 'placed', 99.0) AS changes(order_id, status, total)) AS source
       ON target.order_id = source.order_id
       WHEN MATCHED THEN UPDATE SET status = source.status
       WHEN NOT MATCHED THEN INSERT *`,
    );
    expect((await announced).payload).toMatchObject({ rowsTotal: 4 });
    expect(await query(`SELECT order_id, status FROM ${table} ORDER BY order_id`)).toEqual([
      ['o-1', 'paid'],
      ['o-2', 'shipped'],
      ['o-3', 'paid'],
      ['o-4', 'placed'],
    ]);
  });

  it('evolves the schema as the contract allows, and surfaces the catalog refusal of a change it forbids', async () => {
    await query(`ALTER TABLE ${table} ADD COLUMN channel STRING`);
    await query(`INSERT INTO ${table} VALUES ('o-5', 'paid', 12.0, 'web')`);
    expect(await query(`SELECT order_id, channel FROM ${table} WHERE channel IS NOT NULL`)).toEqual([['o-5', 'web']]);

    const refused = await spark.sql(`ALTER TABLE ${table} DROP COLUMN status`);
    expect(refused.error?.type).toBe('org.apache.iceberg.exceptions.BadRequestException');
    expect(refused.error?.message).toContain(
      `schema change breaks the contract of ${domain}/orders version 1.0.0 (port orders)`,
    );
    expect(await query(`SELECT count(status) FROM ${table}`)).toEqual([[5]]);
  });

  it('travels in time to an earlier snapshot, by id and by timestamp', async () => {
    const snapshots = await query(`SELECT snapshot_id, committed_at FROM ${table}.snapshots ORDER BY committed_at`);
    expect(snapshots.length).toBeGreaterThanOrEqual(3);
    const [firstId, firstAt] = snapshots[0] as [string, string];
    expect(await query(`SELECT order_id, status FROM ${table} VERSION AS OF ${firstId} ORDER BY order_id`)).toEqual([
      ['o-1', 'paid'],
      ['o-2', 'placed'],
      ['o-3', 'paid'],
    ]);
    expect(await query(`SELECT count(*) FROM ${table} TIMESTAMP AS OF '${firstAt}'`)).toEqual([[3]]);
  });

  it("reports a job's lineage through OpenLineage's Spark listener: product lineage shows the edge it made", async () => {
    const paid = `owner.\`${domain}\`.paid`;
    await query(`CREATE TABLE ${paid} (order_id STRING NOT NULL, status STRING NOT NULL, total DOUBLE) USING iceberg`);
    await query(`INSERT INTO ${paid} SELECT order_id, status, total FROM ${table} WHERE status = 'paid'`);
    expect(await query(`SELECT order_id FROM ${paid} ORDER BY order_id`)).toEqual([['o-1'], ['o-3'], ['o-5']]);

    const products = new HttpApi(lineage.service.url, ADMIN_TOKEN);
    const upstream = () =>
      products.get<{ items: { domain: string; name: string; depth: number }[] }>(
        `/v1/products/${domain}/paid/lineage?direction=upstream`,
      );
    await eventually(
      async () => (await upstream()).body.items?.length > 0,
      async () =>
        `no product upstream of ${domain}/paid; the datasets reported: ${JSON.stringify(
          await lineage.sql("SELECT namespace, name, facets->'symlinks' AS symlinks FROM datasets"),
        )}\n${lineage.service.output()}`,
      60_000,
    );
    expect((await upstream()).body.items).toEqual([expect.objectContaining({ domain, name: 'orders', depth: 1 })]);
  }, 120_000);

  it('lets a consumer read only once it holds a grant', async () => {
    const denied = await spark.sql(`SELECT count(*) FROM consumer.\`${domain}\`.orders`);
    expect(denied.error?.type).toBe('org.apache.iceberg.exceptions.ForbiddenException');
    expect(denied.error?.message).toContain(`a grant on product ${domain}/orders`);

    const requested = await consumer.registry.post<{ id: string }>(`/v1/products/${domain}/orders/access-requests`, {
      purpose: 'revenue dashboards',
      until: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    });
    expect(requested.status).toBe(201);
    expect((await owner.registry.post(`/v1/access-requests/${requested.body.id}/approve`, {})).status).toBe(200);
    // The grant reaches the catalog by event.
    await eventually(
      async () => (await spark.sql(`SELECT count(*) FROM consumer.\`${domain}\`.orders`)).error === undefined,
      () => `the consumer still cannot read ${domain}.orders after the grant:\n${spark.log().slice(-3000)}`,
      60_000,
    );
    expect(
      await query(`SELECT order_id FROM consumer.\`${domain}\`.orders WHERE total > 20 ORDER BY order_id`),
    ).toEqual([['o-2'], ['o-4']]);
    // A grant reads; it does not write: the signer refuses the data file's upload, and Spark aborts the job.
    const write = await spark.sql(`INSERT INTO consumer.\`${domain}\`.orders VALUES ('o-9', 'paid', 1.0, 'web')`);
    expect(write.error?.type).toBe('org.apache.spark.SparkException');
    expect(write.error?.message).toContain('org.apache.iceberg.exceptions.ForbiddenException');
    expect(write.error?.message).toContain(`domain-owner or domain-member of domain '${domain}'`);
  });
});
