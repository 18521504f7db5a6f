import { parse } from 'yaml';
import { eventually } from '@mesh/testing';
import { createActor, type Actor, type ErrorReply, type PageReply } from './support/registry-api';
import {
  apply,
  createExampleDomains,
  example,
  startMesh,
  withVersion,
  type Descriptor,
  type MeshUnderTest,
  type ProductReply,
} from './support/mesh-under-test';

interface ApplyReply {
  created: boolean;
  dryRun: boolean;
  version: { domain: string; name: string; version: string; state: string; address: string; contentHash: string };
  baseline: string | null;
  changes: { level: string; pointer: string; reason: string }[];
}

interface ListItem {
  domain: string;
  name: string;
  versions: { version: string; state: string }[];
}

describe('data products', () => {
  let mesh: MeshUnderTest;
  let salesWriter: Actor;
  let logisticsWriter: Actor;

  beforeAll(async () => {
    mesh = await startMesh('products');
    await createExampleDomains(mesh.admin, ['sales', 'logistics', 'finance']);
    salesWriter = await createActor(mesh.admin, [{ role: 'domain-member', domain: 'sales' }]);
    logisticsWriter = await createActor(mesh.admin, [{ role: 'domain-owner', domain: 'logistics' }]);
  });

  afterAll(async () => {
    await mesh?.close();
  });

  // What the product's changes left; refused attempts are audited too (with their status), but change nothing.
  const stored = async (domain: string, name: string) => ({
    versions: await mesh.registry.sql(
      'SELECT v.version FROM product_versions v JOIN products p ON p.id = v.product_id WHERE p.domain = $1 AND p.name = $2',
      [domain, name],
    ),
    events: await mesh.registry.sql(
      `SELECT event_type FROM outbox WHERE key = $1 AND event_type <> 'audit.write.recorded'`,
      [`urn:mesh:product:${domain}:${name}`],
    ),
    audit: await mesh.registry.sql('SELECT action FROM audit_log WHERE subject = $1 AND status IS NULL', [
      `urn:mesh:product:${domain}:${name}`,
    ]),
  });
  const nothing = { versions: [], events: [], audit: [] };

  it('refuses callers without a token, and writers of another domain with the missing right named', async () => {
    const orders = example('sales-orders');
    expect((await apply(mesh.admin.as(undefined), orders)).status).toBe(401);

    const refused = await apply<ErrorReply>(logisticsWriter.api, orders);
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toBe("missing right: domain-owner or domain-member of domain 'sales'");
    expect(await stored('sales', 'orders')).toEqual(nothing);
    // Both attempts are in the audit log, as refused.
    await eventually(
      async () =>
        (
          await mesh.registry.sql<{ status: number }>(
            'SELECT status FROM audit_log WHERE subject = $1 AND status IS NOT NULL ORDER BY status',
            ['urn:mesh:product:sales:orders'],
          )
        )
          .map((row) => row.status)
          .join() === '401,403',
      () => 'the refused attempts were not audited',
    );
  });

  it('lists every problem of an invalid descriptor with its pointer, and stores nothing', async () => {
    const send = (body: string) =>
      fetch(`${mesh.registry.serviceUrl}/v1/products/sales/orders`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/yaml', Authorization: `Bearer ${salesWriter.token}` },
        body,
      }).then(async (response) => ({ status: response.status, body: (await response.json()) as ErrorReply }));

    const malformed = await send('metadata:\n  name: [orders\n');
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.details).toEqual([{ pointer: '', message: expect.stringContaining('invalid YAML') }]);

    const orders = example('sales-orders');
    const broken = structuredClone(orders) as Descriptor & { metadata: Record<string, unknown> };
    broken.metadata.colour = 'blue';
    broken.metadata.classification = 'secret';
    broken.spec.contract.schema[0].fields[0].required = 'yes';
    const invalid = await apply<ErrorReply>(salesWriter.api, broken);
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.code).toBe('invalid_descriptor');
    expect(invalid.body.error.details?.map((detail) => detail.pointer).sort()).toEqual([
      '/metadata/classification',
      '/metadata/colour',
      '/spec/contract/schema/0/fields/0/required',
    ]);

    const elsewhere = await fetch(`${mesh.registry.serviceUrl}/v1/products/sales/customers`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${salesWriter.token}` },
      body: JSON.stringify(orders),
    });
    expect(elsewhere.status).toBe(400);
    expect(((await elsewhere.json()) as ErrorReply).error.details).toEqual([
      { pointer: '/metadata/name', message: "must be 'customers', the product in the URL" },
    ]);
    expect(await stored('sales', 'orders')).toEqual(nothing);
  });

  it('checks a dry run completely and stores nothing', async () => {
    const orders = example('sales-orders');
    const dry = await apply<ApplyReply>(salesWriter.api, orders, '?dryRun=true');
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({
      created: true,
      dryRun: true,
      version: { version: '1.4.0', state: 'proposed', address: 'mesh://sales/orders/v1' },
    });
    const invalid = await apply<ErrorReply>(salesWriter.api, { ...orders, kind: 'Table' }, '?dryRun=true');
    expect(invalid.body.error.details?.[0].pointer).toBe('/kind');
    expect(await stored('sales', 'orders')).toEqual(nothing);
  });

  it('proposes a changed descriptor once, announced and audited, and creates nothing for the same one again', async () => {
    const orders = example('sales-orders');
    const created = await apply<ApplyReply>(salesWriter.api, orders);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      created: true,
      dryRun: false,
      version: { state: 'proposed' },
      baseline: null,
    });

    // The same content as JSON, keys in another order: the canonical hash sees no change.
    const reordered = Object.fromEntries(Object.entries(orders).reverse());
    const again = await fetch(`${mesh.registry.serviceUrl}/v1/products/sales/orders`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${salesWriter.token}` },
      body: JSON.stringify(reordered),
    });
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({
      created: false,
      version: { contentHash: created.body.version.contentHash },
    });

    const changed = structuredClone(orders);
    changed.metadata.title = 'Orders, renamed';
    const reused = await apply<ErrorReply>(salesWriter.api, changed);
    expect(reused.status).toBe(409);
    expect(reused.body.error.code).toBe('version_immutable');

    expect(await stored('sales', 'orders')).toEqual({
      versions: [{ version: '1.4.0' }],
      events: [{ event_type: 'product.version.proposed' }],
      audit: [{ action: 'product.version.proposed' }],
    });
    const [{ event }] = await mesh.registry.sql<{ event: { actor: string; payload: Record<string, unknown> } }>(
      `SELECT event FROM outbox WHERE key = $1 AND event_type = 'product.version.proposed'`,
      ['urn:mesh:product:sales:orders'],
    );
    expect(event.actor).toBe(salesWriter.id);
    expect(event.payload).toMatchObject({
      product: { domain: 'sales', name: 'orders', version: '1.4.0' },
      previousVersion: null,
    });
    expect(JSON.parse(event.payload.descriptor as string)).toEqual(orders);
  });

  it('refuses a breaking change without a new major, naming each breaking field, and takes it with one', async () => {
    const orders = example('sales-orders');
    const breaking = withVersion(orders, '1.5.0');
    const [table] = breaking.spec.contract.schema;
    const removed = table.fields.length - 1;
    const [{ name: removedName }] = table.fields.splice(removed, 1);

    const refused = await apply<ErrorReply>(salesWriter.api, breaking);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('version_bump_required');
    expect(refused.body.error.details).toEqual([
      {
        pointer: `/spec/contract/schema/0/fields/${removed}`,
        message: expect.stringMatching(new RegExp(`${removedName}.*needs a major version bump`)),
      },
    ]);
    expect(refused.body.error.message).toContain(`/spec/contract/schema/0/fields/${removed}`);

    const accepted = await apply<ApplyReply>(salesWriter.api, withVersion(breaking, '2.0.0'));
    expect(accepted.status).toBe(201);
    expect(accepted.body.baseline).toBe('1.4.0');
    expect(accepted.body.version.address).toBe('mesh://sales/orders/v2');
    expect(accepted.body.changes).toContainEqual(
      expect.objectContaining({ level: 'breaking', pointer: `/spec/contract/schema/0/fields/${removed}` }),
    );
  });

  it('creates exactly one version from 50 concurrent applies of the same new descriptor', async () => {
    const customers = example('sales-customers');
    const replies = await Promise.all(Array.from({ length: 50 }, () => apply<ApplyReply>(salesWriter.api, customers)));
    expect(replies.map((reply) => reply.status).sort((a, b) => a - b)).toEqual([...Array<number>(49).fill(200), 201]);
    expect(replies.filter((reply) => reply.body.created)).toHaveLength(1);
    const { versions, events, audit } = await stored('sales', 'customers');
    expect({ versions: versions.length, events: events.length, audit: audit.length }).toEqual({
      versions: 1,
      events: 1,
      audit: 1,
    });
  });

  it('lists products by domain, state, tag and text, a page at a time', async () => {
    expect((await apply(logisticsWriter.api, example('logistics-shipments'))).status).toBe(201);
    const names = async (query: string) => {
      const reply = await salesWriter.api.get<PageReply<ListItem>>(`/v1/products?${query}`);
      expect(reply.status).toBe(200);
      return reply.body.items.map((item) => `${item.domain}/${item.name}`);
    };
    expect(await names('')).toEqual(['logistics/shipments', 'sales/customers', 'sales/orders']);
    expect(await names('domain=sales')).toEqual(['sales/customers', 'sales/orders']);
    expect(await names('tag=delivery')).toEqual(['logistics/shipments']);
    expect(await names('q=CUSTOMER')).toEqual(['sales/customers', 'sales/orders']);
    expect(await names('q=shipm')).toEqual(['logistics/shipments']);
    expect(await names('status=published')).toEqual([]);
    expect(await names('status=proposed&domain=logistics')).toEqual(['logistics/shipments']);

    const first = await salesWriter.api.get<PageReply<ListItem>>('/v1/products?limit=2');
    expect(first.body.items.map((item) => item.name)).toEqual(['shipments', 'customers']);
    const second = await salesWriter.api.get<PageReply<ListItem>>(
      `/v1/products?limit=2&cursor=${first.body.nextCursor}`,
    );
    expect(second.body).toMatchObject({ items: [{ name: 'orders' }], nextCursor: null });
    expect(second.body.items[0].versions).toEqual([
      { version: '1.4.0', state: 'proposed' },
      { version: '2.0.0', state: 'proposed' },
    ]);

    const bad = await salesWriter.api.get<ErrorReply>('/v1/products?status=shiny&limit=0');
    expect(bad.status).toBe(400);
    expect(bad.body.error.details?.map((detail) => detail.pointer).sort()).toEqual(['/limit', '/status']);
  });

  it('serves a product with its versions, and each version as stored, as YAML or as an ODCS contract', async () => {
    const product = await salesWriter.api.get<ProductReply>('/v1/products/sales/orders');
    expect(product.status).toBe(200);
    expect(product.body).toMatchObject({ domain: 'sales', name: 'orders', latestVersion: '2.0.0' });
    expect(product.body.versions.map(({ version, state }) => ({ version, state }))).toEqual([
      { version: '1.4.0', state: 'proposed' },
      { version: '2.0.0', state: 'proposed' },
    ]);

    const base = `${mesh.registry.serviceUrl}/v1/products/sales/orders/versions/1.4.0`;
    const headers = { Authorization: `Bearer ${salesWriter.token}` };
    const json = await fetch(base, { headers });
    expect(await json.json()).toEqual(example('sales-orders'));
    const yaml = await fetch(`${base}?format=yaml`, { headers });
    expect(yaml.headers.get('content-type')).toMatch(/^application\/yaml/);
    expect(parse(await yaml.text())).toEqual(example('sales-orders'));
    const odcs = await fetch(`${base}?format=odcs`, { headers });
    expect(await odcs.json()).toMatchObject({
      apiVersion: 'v3.1.0',
      kind: 'DataContract',
      id: 'urn:mesh:contract:sales:orders',
      version: '1.4.0',
      status: 'proposed',
    });

    expect((await salesWriter.api.get('/v1/products/sales/orders/versions/9.9.9')).status).toBe(404);
    expect((await salesWriter.api.get('/v1/products/sales/nothing')).status).toBe(404);
    expect((await salesWriter.api.get('/v1/products/sales/orders/versions/1.4.0?format=xml')).status).toBe(400);
  });

  it('refuses a second product that would take a table another product of the domain holds, naming it', async () => {
    // Two products of one domain with the same port: both would be the table finance.shipments.
    const copy = (name: string) => {
      const descriptor = example('logistics-shipments');
      descriptor.metadata = { ...descriptor.metadata, domain: 'finance', name };
      return descriptor;
    };
    expect((await apply(mesh.admin, copy('trips-a'))).status).toBe(201);
    for (const query of ['?dryRun=true', '']) {
      const refused = await apply<ErrorReply>(mesh.admin, copy('trips-b'), query);
      expect(refused.status).toBe(409);
      expect(refused.body.error).toMatchObject({
        code: 'physical_name_taken',
        message: expect.stringContaining(
          "table finance.shipments, which is port 'shipments' of product finance/trips-a",
        ),
        details: [{ pointer: '/spec/outputPorts/0', message: 'table finance.shipments belongs to finance/trips-a' }],
      });
    }
    expect((await mesh.admin.get('/v1/products/finance/trips-b')).status).toBe(404);
  });

  it('answers 404 for a domain that does not exist', async () => {
    const orders = example('sales-orders');
    orders.metadata.domain = 'marketing';
    const reply = await apply<ErrorReply>(mesh.admin, orders);
    expect(reply.status).toBe(404);
    expect(reply.body.error.message).toBe("no domain 'marketing'");
  });
});
