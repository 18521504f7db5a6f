import { eventually } from '@mesh/testing';
import {
  appendCommit,
  exampleDescriptor,
  ORDERS_SCHEMA,
  publishProduct,
  startCatalogMesh,
  type Actor,
  type CatalogMesh,
  type IcebergError,
} from './support/catalog-mesh';

interface LoadResult {
  'metadata-location': string;
  metadata: {
    'table-uuid': string;
    'current-schema-id': number;
    'last-column-id': number;
    'current-snapshot-id': number;
    schemas: { 'schema-id': number; fields: { id: number; name: string; type: string; required: boolean }[] }[];
  };
}

/** The updates a client sends to replace the current schema with `fields`. */
function schemaChange(loaded: LoadResult, fields: LoadResult['metadata']['schemas'][number]['fields']) {
  return {
    requirements: [{ type: 'assert-current-schema-id', 'current-schema-id': loaded.metadata['current-schema-id'] }],
    updates: [
      { action: 'add-schema', schema: { type: 'struct', fields } },
      { action: 'set-current-schema', 'schema-id': -1 },
    ],
  };
}

describe('catalog: tables that are products (grants, contracts, data.published)', () => {
  let mesh: CatalogMesh;
  let domain: string;
  let owner: Actor;
  let consumer: Actor;
  let outsider: Actor;

  beforeAll(async () => {
    mesh = await startCatalogMesh('products');
    domain = await mesh.createDomain('shop');
    owner = await mesh.createActor([{ role: 'domain-owner', domain }]);
    consumer = await mesh.createActor([{ role: 'consumer' }]);
    outsider = await mesh.createActor([{ role: 'domain-owner', domain: await mesh.createDomain('other') }]);
    expect((await owner.catalog.post('/v1/namespaces', { namespace: [domain] })).status).toBe(200);
    const created = await owner.catalog.post(`/v1/namespaces/${domain}/tables`, {
      name: 'orders',
      schema: ORDERS_SCHEMA,
    });
    expect(created.status).toBe(200);
    await publishProduct(mesh, owner, exampleDescriptor(domain, 'manual'));
  }, 180_000);
  afterAll(async () => {
    await mesh?.close();
  });

  it('refuses a commit with another domain’s token, naming the missing right', async () => {
    const reply = await outsider.catalog.post<IcebergError>(`/v1/namespaces/${domain}/tables/orders`, {
      requirements: [],
      updates: [{ action: 'set-properties', updates: { owner: 'someone-else' } }],
    });
    expect(reply.status).toBe(403);
    expect(reply.body.error).toEqual({
      type: 'ForbiddenException',
      code: 403,
      message: `missing right: domain-owner or domain-member of domain '${domain}'`,
    });
  });

  it('refuses a scan without a grant, and allows it once the owner approves the access request', async () => {
    const path = `/v1/namespaces/${domain}/tables/orders`;
    const denied = await consumer.catalog.get<IcebergError>(path);
    expect(denied.status).toBe(403);
    expect(denied.body.error.type).toBe('ForbiddenException');
    expect(denied.body.error.message).toContain(`a grant on product ${domain}/orders`);
    expect((await consumer.catalog.get(`${path}/credentials`)).status).toBe(403);

    const requested = await consumer.registry.post<{ id: string; state: string }>(
      `/v1/products/${domain}/orders/access-requests`,
      { purpose: 'revenue dashboards', until: new Date(Date.now() + 30 * 86_400_000).toISOString() },
    );
    expect(requested.status).toBe(201);
    expect(requested.body.state).toBe('pending');
    expect((await consumer.catalog.get(path)).status).toBe(403);

    const approved = await owner.registry.post(`/v1/access-requests/${requested.body.id}/approve`, {});
    expect(approved.status).toBe(200);
    await eventually(
      async () => (await consumer.catalog.get(path)).status === 200,
      () => 'the consumer still cannot load the table after the grant',
      60_000,
    );
    const loaded = await consumer.catalog.get<LoadResult>(path);
    expect(loaded.body.metadata.schemas[0].fields.map((field) => field.name)).toContain('order_id');
    // Reading is all a grant gives.
    const write = await consumer.catalog.post(path, { requirements: [], updates: [] });
    expect(write.status).toBe(403);
  });

  it('rejects a schema change that breaks the published contract, naming the field and the version', async () => {
    const path = `/v1/namespaces/${domain}/tables/orders`;
    const loaded = (await owner.catalog.get<LoadResult>(path)).body;
    const current = loaded.metadata.schemas.find(
      (schema) => schema['schema-id'] === loaded.metadata['current-schema-id'],
    )!;

    const dropped = await owner.catalog.post<IcebergError>(
      path,
      schemaChange(
        loaded,
        current.fields.filter((field) => field.name !== 'total_amount'),
      ),
    );
    expect(dropped.status).toBe(400);
    expect(dropped.body.error.type).toBe('ValidationException');
    expect(dropped.body.error.message).toContain(`contract of ${domain}/orders version 1.4.0`);
    expect(dropped.body.error.message).toContain("field 'total_amount' is dropped");

    const renamed = await owner.catalog.post<IcebergError>(
      path,
      schemaChange(
        loaded,
        current.fields.map((field) => (field.name === 'status' ? { ...field, name: 'state' } : field)),
      ),
    );
    expect(renamed.status).toBe(400);
    expect(renamed.body.error.message).toContain("field 'status' is renamed to 'state'");

    const optional = await owner.catalog.post<IcebergError>(
      path,
      schemaChange(
        loaded,
        current.fields.map((field) => (field.name === 'currency' ? { ...field, required: false } : field)),
      ),
    );
    expect(optional.status).toBe(400);
    expect(optional.body.error.message).toContain("required field 'currency' is made optional");

    const retyped = await owner.catalog.post<IcebergError>(
      path,
      schemaChange(
        loaded,
        current.fields.map((field) => (field.name === 'channel' ? { ...field, type: 'int' } : field)),
      ),
    );
    expect(retyped.status).toBe(400);
    expect(retyped.body.error.message).toContain("field 'channel' changes type from string to int");

    // A compatible change (a new optional column, a decimal widened) lands.
    const compatible = await owner.catalog.post<LoadResult>(
      path,
      schemaChange(loaded, [
        ...current.fields.map((field) =>
          field.name === 'total_amount' ? { ...field, type: 'decimal(14, 2)' } : field,
        ),
        { id: 9, name: 'coupon', type: 'string', required: false },
      ]),
    );
    expect(compatible.status).toBe(200);
    expect(compatible.body.metadata['last-column-id']).toBe(9);
  });

  it('announces every snapshot a commit adds as data.published, with the product and port', async () => {
    const path = `/v1/namespaces/${domain}/tables/orders`;
    const committed = await owner.catalog.post<LoadResult>(
      path,
      appendCommit({
        id: 4242,
        parent: null,
        sequence: 1,
        summary: {
          operation: 'append',
          'added-records': '10',
          'total-records': '10',
          'added-data-files': '1',
          'total-data-files': '1',
        },
        schemaId: 0,
      }),
    );
    expect(committed.status).toBe(200);
    const event = await mesh.awaitEvent('data.published', (candidate) => candidate.payload.snapshotId === '4242');
    expect(event.subject).toBe(`urn:mesh:product:${domain}:orders`);
    expect(event.payload).toMatchObject({
      product: { domain, name: 'orders', version: '1.4.0' },
      port: 'orders',
      rowsAdded: 10,
      rowsTotal: 10,
      source: 'catalog',
      table: `${domain}.orders`,
      metadataLocation: committed.body['metadata-location'],
      operation: 'append',
      filesAdded: 1,
      filesTotal: 1,
    });
    expect(event.actor).not.toBeNull();
  });

  it('refuses a new table for a published port that does not hold its contract, naming the fields', async () => {
    const createLines = (fields: object[]) =>
      owner.catalog.post<IcebergError>(`/v1/namespaces/${domain}/tables`, {
        name: 'order_lines',
        schema: { type: 'struct', fields },
      });
    const contracted = [
      { id: 1, name: 'order_id', type: 'uuid', required: true },
      { id: 2, name: 'line_number', type: 'int', required: true },
      { id: 3, name: 'product_sku', type: 'string', required: true },
      { id: 4, name: 'quantity', type: 'int', required: true },
      { id: 5, name: 'unit_price', type: 'decimal(10, 2)', required: true },
      { id: 6, name: 'discount_amount', type: 'decimal(10, 2)', required: false },
    ];
    const refused = await createLines(
      contracted
        .filter((field) => field.name !== 'unit_price')
        .map((field) => (field.name === 'quantity' ? { ...field, type: 'long' } : field)),
    );
    expect(refused.status).toBe(400);
    expect(refused.body.error.type).toBe('ValidationException');
    expect(refused.body.error.message).toContain(
      `new table breaks the contract of ${domain}/orders version 1.4.0 (port order_lines)`,
    );
    expect(refused.body.error.message).toContain("field 'quantity' is long, the contract says integer");
    expect(refused.body.error.message).toContain("contracted field 'unit_price' is missing");

    // Nor can a table that does not hold it take the port's name by a rename.
    const draft = await owner.catalog.post(`/v1/namespaces/${domain}/tables`, {
      name: 'lines_draft',
      schema: { type: 'struct', fields: contracted.slice(0, 3) },
    });
    expect(draft.status).toBe(200);
    const moved = await owner.catalog.post<IcebergError>('/v1/tables/rename', {
      source: { namespace: [domain], name: 'lines_draft' },
      destination: { namespace: [domain], name: 'order_lines' },
    });
    expect(moved.status).toBe(400);
    expect(moved.body.error.message).toContain("contracted field 'quantity' is missing");

    expect((await createLines(contracted)).status).toBe(200);
  });

  it('keeps a product’s table at the name its port gives: renaming it is refused', async () => {
    const renamed = await owner.catalog.post<IcebergError>('/v1/tables/rename', {
      source: { namespace: [domain], name: 'orders' },
      destination: { namespace: [domain], name: 'orders_old' },
    });
    expect(renamed.status).toBe(400);
    expect(renamed.body.error.type).toBe('ValidationException');
    expect(renamed.body.error.message).toContain(`${domain}.orders is port orders of ${domain}/orders version 1.4.0`);
    expect((await owner.catalog.get(`/v1/namespaces/${domain}/tables/orders`)).status).toBe(200);
  });
});
