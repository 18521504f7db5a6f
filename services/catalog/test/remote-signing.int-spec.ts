/**
 * The warehouse on S3 with reads enforced at the storage layer: PyIceberg holds no S3 key, only its token, and every
 * request it makes to the store (S3Proxy of the local stack) is signed by the catalog only when the token may read
 * (or write) the object's table. Real registry, catalog, Kafka, Postgres and store; PyIceberg with s3fs.
 */
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { parseS3 } from '@mesh/storage';
import { ordersProduct, pythonTool, s3Store, eventually, type S3Store } from '@mesh/testing';
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Actor, CatalogMesh, IcebergError } from './support/catalog-mesh';
import { publishProduct, startCatalogMesh } from './support/catalog-mesh';

const CLIENT = resolve(__dirname, '../../../conformance/iceberg/remote_signing.py');
const run = promisify(execFile);

interface Seen {
  rows?: string[];
  files?: string[];
  location?: string;
  metadata_location?: string;
  io?: string;
  error?: string;
}

describe('catalog: an S3 warehouse, read through remote signing', () => {
  let store: S3Store;
  let mesh: CatalogMesh;
  let domain: string;
  let owner: Actor;
  let consumer: Actor;
  let written: Seen;

  /**
   * PyIceberg (the S3 venv's) as one principal, with nothing but the catalog's URI and the token. Run without blocking
   * the event loop, which must see the services close idle keep-alive connections meanwhile: a request after a long
   * blocking run would go out on a closed one.
   */
  const pyiceberg = async (command: string, actor: Actor, target: string): Promise<Seen> => {
    try {
      const { stdout } = await run(
        pythonTool('python', 'venv-s3'),
        [CLIENT, command, mesh.catalog.url, actor.token, target],
        {
          encoding: 'utf8',
          timeout: 120_000,
          env: { ...process.env, S3_ENDPOINT: store.endpoint, S3_REGION: store.region },
        },
      );
      return JSON.parse(stdout.trim().split('\n').pop()!) as Seen;
    } catch (error) {
      throw new Error(
        `PyIceberg ${command} failed: ${(error as { stderr?: string }).stderr ?? ''}${(error as Error).message}`,
      );
    }
  };

  /** The signer's answer to a GET of an object, asked with a token, as a client that knows the object's key would. */
  const signGet = (actor: Actor, uri: string) =>
    actor.catalog.post<{ uri: string; headers: Record<string, string[]> } & IcebergError>('/v1/aws/s3/sign', {
      region: store.region,
      uri,
      method: 'GET',
      headers: {},
    });
  const objectUrl = (location: string) => location.replace(/^s3:\/\//, `${store.endpoint}/`);

  beforeAll(async () => {
    store = s3Store();
    mesh = await startCatalogMesh('signing', store.warehouseEnv('signing'));
    domain = await mesh.createDomain('lake');
    owner = await mesh.createActor([{ role: 'domain-owner', domain }]);
    consumer = await mesh.createActor([{ role: 'consumer' }]);
    const descriptor = ordersProduct('orders');
    descriptor.metadata.domain = domain;
    (descriptor.spec.access as { approval: string }).approval = 'manual';
    written = await pyiceberg('write', owner, `${domain}.orders`);
    await publishProduct(mesh, owner, descriptor);
  }, 240_000);
  afterAll(async () => {
    await mesh?.close();
  });

  it('lets the domain owner create, append and scan with its token only, the table living in the bucket', () => {
    expect(written.error).toBeUndefined();
    expect(written.io).toBe('FsspecFileIO');
    expect(written.rows).toEqual(['o-1', 'o-2', 'o-3']);
    expect(written.location).toMatch(new RegExp(`^s3://mesh-test/.+/${domain}/orders$`));
    expect(written.files!.length).toBeGreaterThan(0);
    for (const file of written.files!) expect(file.startsWith(`${written.location}/data/`)).toBe(true);
  });

  it('advertises remote signing in loadTable and keeps the store keys to itself', async () => {
    const loaded = await owner.catalog.get<{ config: Record<string, string> }>(
      `/v1/namespaces/${domain}/tables/orders`,
    );
    expect(loaded.status).toBe(200);
    expect(loaded.body.config).toMatchObject({
      's3.remote-signing-enabled': 'true',
      's3.signer.uri': mesh.catalog.url,
      's3.signer.endpoint': 'v1/aws/s3/sign',
    });
    expect(JSON.stringify(loaded.body)).not.toContain(store.secretAccessKey);
    expect(JSON.stringify(loaded.body)).not.toContain(store.accessKeyId);

    const vended = await owner.catalog.get<IcebergError>(`/v1/namespaces/${domain}/tables/orders`, {
      'X-Iceberg-Access-Delegation': 'vended-credentials',
    });
    expect(vended.status).toBe(400);
    expect(vended.body.error.message).toContain('vended-credentials is not offered');
  });

  it('refuses a request straight to the store without credentials', async () => {
    const file = objectUrl(written.files![0]);
    const anonymous = await fetch(file);
    expect(anonymous.status).toBeGreaterThanOrEqual(400);
    expect(
      Buffer.from(await anonymous.arrayBuffer())
        .subarray(0, 4)
        .toString(),
    ).not.toBe('PAR1');
    // The owner's signature opens the same object: the refusal above is the store's, not a wrong address.
    const signed = await signGet(owner, file);
    expect(signed.status).toBe(200);
    // Not to be cached: a signature must not outlive the right it was checked against.
    expect(signed.headers.get('cache-control')).toBe('no-cache');
    const flat = Object.fromEntries(Object.entries(signed.body.headers).map(([name, values]) => [name, values[0]]));
    delete flat.host;
    const opened = await fetch(file, { headers: flat });
    expect(opened.status).toBe(200);
    expect(
      Buffer.from(await opened.arrayBuffer())
        .subarray(0, 4)
        .toString(),
    ).toBe('PAR1');
  });

  it('signs for a consumer only while it holds a grant: refused, approved, revoked', async () => {
    const file = objectUrl(written.files![0]);
    // Without a grant: the catalog refuses the load, and the signer the data file even with its exact key.
    expect((await pyiceberg('scan', consumer, `${domain}.orders`)).error).toContain('ForbiddenError');
    const refused = await signGet(consumer, file);
    expect(refused.status).toBe(403);
    expect(refused.body.error.type).toBe('ForbiddenException');
    expect(refused.body.error.message).toContain(`a grant on product ${domain}/orders`);
    // Nor can it go round the catalog's load, reading the table from its metadata file.
    expect((await pyiceberg('static-scan', consumer, written.metadata_location!)).error).toContain('403');

    const requested = await consumer.registry.post<{ id: string }>(`/v1/products/${domain}/orders/access-requests`, {
      purpose: 'revenue dashboards',
      until: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    });
    expect(requested.status).toBe(201);
    expect((await owner.registry.post(`/v1/access-requests/${requested.body.id}/approve`, {})).status).toBe(200);
    await eventually(
      async () => (await signGet(consumer, file)).status === 200,
      () => 'the signer still refuses the consumer after the grant',
      60_000,
    );
    expect(await pyiceberg('scan', consumer, `${domain}.orders`)).toEqual({ rows: ['o-1', 'o-2', 'o-3'] });
    // The REST spec's per-table endpoint (Iceberg's Java client) signs the grant holder's reads of that table only.
    const signFor = (table: string) =>
      consumer.catalog.post<IcebergError>(`/v1/namespaces/${domain}/tables/${table}/sign`, {
        region: store.region,
        uri: file,
        method: 'GET',
        headers: {},
        provider: 's3',
      });
    expect((await signFor('orders')).status).toBe(200);
    const elsewhere = await signFor('scratch');
    expect(elsewhere.status).toBe(403);
    expect(elsewhere.body.error.message).toContain(`it lies not in table ${domain}.scratch`);
    // A grant reads; it does not write.
    const write = await consumer.catalog.post<IcebergError>('/v1/aws/s3/sign', {
      region: store.region,
      uri: `${written.location!.replace(/^s3:\/\//, `${store.endpoint}/`)}/data/forged.parquet`,
      method: 'PUT',
      headers: {},
    });
    expect(write.status).toBe(403);
    expect(write.body.error.message).toContain(`domain-owner or domain-member of domain '${domain}'`);

    expect((await consumer.registry.post(`/v1/access-requests/${requested.body.id}/revoke`, {})).status).toBe(200);
    await eventually(
      async () => (await signGet(consumer, file)).status === 403,
      () => 'the signer still signs for the consumer after the revocation',
      60_000,
    );
    expect((await pyiceberg('scan', consumer, `${domain}.orders`)).error).toContain('ForbiddenError');
  });

  it('archives (a properties commit) and purges a table in the bucket, as provisioning retires a port', async () => {
    const objectsUnder = async (location: string) => {
      const { bucket, key } = parseS3(location)!;
      const page = await store.client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: `${key}/` }));
      return (page.Contents ?? []).map((object) => object.Key!);
    };
    const scratch = await pyiceberg('write', owner, `${domain}.scratch`);
    expect(scratch.error).toBeUndefined();
    const path = `/v1/namespaces/${domain}/tables/scratch`;
    const archived = await owner.catalog.post<{ 'metadata-location': string }>(path, {
      requirements: [],
      updates: [{ action: 'set-properties', updates: { 'mesh.archived': 'true' } }],
    });
    expect(archived.status).toBe(200);
    expect(await objectsUnder(scratch.location!)).toContain(parseS3(archived.body['metadata-location'])!.key);
    expect((await owner.catalog.delete(`${path}?purgeRequested=true`)).status).toBe(204);
    expect(await objectsUnder(scratch.location!)).toEqual([]);
    // Its files are gone, and so is the table the signer would have read them for.
    expect((await signGet(owner, objectUrl(scratch.files![0]))).status).toBe(200);
    expect((await signGet(consumer, objectUrl(scratch.files![0]))).status).toBe(403);
  });

  it('forgets what it knew of a read as soon as a grant, a binding or a table changes, and never outlives a grant', async () => {
    const file = objectUrl(written.files![0]);
    const reader = await mesh.createActor([{ role: 'consumer' }]);
    const grant = (id: string, expiresAt: string | null = null) =>
      mesh.admin.catalog.put(`/v1/mesh/grants/${id}`, {
        principal: reader.id,
        domain,
        product: 'orders',
        port: null,
        expiresAt,
      });
    const status = async () => (await signGet(reader, file)).status;

    // Through the API: the answer to a withdrawal means the very next signature is refused, then allowed again.
    expect((await grant('cached-1')).status).toBe(200);
    expect([await status(), await status()]).toEqual([200, 200]);
    expect((await mesh.admin.catalog.delete('/v1/mesh/grants/cached-1')).status).toBe(204);
    expect(await status()).toBe(403);
    expect((await grant('cached-1')).status).toBe(200);
    expect(await status()).toBe(200);

    // By any other path (another catalog process, SQL by hand), Postgres tells every process of the commit.
    await mesh.catalog.sql(`UPDATE grants SET expires_at = now() - interval '1 minute' WHERE grant_id = 'cached-1'`);
    await eventually(
      async () => (await status()) === 403,
      () => 'the signer still signs after the grant was changed in the database',
      5_000,
    );
    await mesh.catalog.sql(`UPDATE grants SET expires_at = NULL WHERE grant_id = 'cached-1'`);
    await eventually(
      async () => (await status()) === 200,
      () => 'the grant given back is not seen',
      5_000,
    );
    await mesh.catalog.sql(
      `UPDATE table_bindings SET product = 'other' WHERE namespace = $1 AND table_name = 'orders'`,
      [domain],
    );
    await eventually(
      async () => (await status()) === 403,
      () => 'the signer still signs after the table left the product',
      5_000,
    );
    await mesh.catalog.sql(
      `UPDATE table_bindings SET product = 'orders' WHERE namespace = $1 AND table_name = 'orders'`,
      [domain],
    );
    await eventually(
      async () => (await status()) === 200,
      () => 'the binding given back is not seen',
      5_000,
    );
    expect((await mesh.admin.catalog.delete('/v1/mesh/grants/cached-1')).status).toBe(204);

    // A grant that ends by itself: nothing tells of it, and what was kept ends with it.
    const ends = Date.now() + 2_000;
    expect((await grant('cached-2', new Date(ends).toISOString())).status).toBe(200);
    expect(await status()).toBe(200);
    await new Promise((done) => setTimeout(done, ends - Date.now() + 100));
    expect(await status()).toBe(403);
  });

  it('records signatures that let a client change the store, and refusals, in the audit log, but not reads', async () => {
    const file = objectUrl(written.files![0]);
    const read = await signGet(owner, file);
    expect(read.status).toBe(200);
    const refused = await signGet(consumer, file);
    expect(refused.status).toBe(403);
    const write = await owner.catalog.post('/v1/aws/s3/sign', {
      region: store.region,
      uri: `${objectUrl(written.location!)}/data/new.parquet`,
      method: 'PUT',
      headers: {},
    });
    expect(write.status).toBe(200);

    type Entry = { actor: string | null; action: string; status: number };
    const entries = async (reply: { headers: Headers }) =>
      (
        await mesh.admin.registry.get<{ items: Entry[] }>(
          `/v1/audit?service=catalog&requestId=${reply.headers.get('x-request-id')}`,
        )
      ).body.items;
    await eventually(
      async () => (await entries(write)).length === 1,
      () => 'the signed write did not reach the audit log',
    );
    // One partition carries the catalog's entries in order: the read's and the refusal's came before the write's.
    expect(await Promise.all([read, refused, write].map(entries))).toEqual([
      [],
      [expect.objectContaining({ actor: consumer.id, action: 'POST /v1/aws/s3/sign', status: 403 })],
      [expect.objectContaining({ actor: owner.id, action: 'POST /v1/aws/s3/sign', status: 200 })],
    ]);
  });

  it('signs nothing outside the warehouse, and answers bad input with a 400 naming the field', async () => {
    const elsewhere = await signGet(owner, 'http://169.254.169.254/latest/meta-data');
    expect(elsewhere.status).toBe(403);
    expect(elsewhere.body.error.message).toContain("is not the warehouse's store");
    const otherBucket = await signGet(owner, `${store.endpoint}/another-bucket/${domain}/orders/data/x.parquet`);
    expect(otherBucket.status).toBe(403);
    const bucketWide = await owner.catalog.post<IcebergError>('/v1/aws/s3/sign', {
      region: store.region,
      uri: `${store.endpoint}/mesh-test?delete`,
      method: 'POST',
      headers: {},
    });
    expect(bucketWide.status).toBe(403);
    const malformed = await owner.catalog.post<IcebergError>('/v1/aws/s3/sign', { uri: 'x', method: 'GET' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.message).toContain('/region');
  });
});
