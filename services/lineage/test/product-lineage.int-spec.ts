import { createPrincipal, eventually, uniqueName } from '@mesh/testing';
import { dataset, runEvent } from './support/openlineage-events';
import { startLineage, type LineageUnderTest } from './support/lineage-under-test';
import { createDomains, example, propose, publish, type Descriptor } from './support/products';

interface ReachedReply {
  total: number;
  items: { urn: string; domain: string; name: string; ownerTeam: string | null; depth: number }[];
  nextCursor: string | null;
}

const ORDERS = 'urn:mesh:product:sales:orders';

/**
 * planning/forecast reads finance/revenue, which reads sales/orders and logistics/shipments, which reads
 * sales/orders: sales/orders has three downstream products, one of them two hops away.
 */
function forecast(): Descriptor {
  const descriptor = example('finance-revenue');
  descriptor.metadata = {
    ...descriptor.metadata,
    domain: 'planning',
    name: 'forecast',
    owner: 'planning-team',
    version: '1.0.0',
  };
  descriptor.spec.inputPorts = [{ name: 'finance-revenue', address: 'mesh://finance/revenue/v3' }];
  return descriptor;
}

describe('product lineage and impact analysis', () => {
  let lineage: LineageUnderTest;

  beforeAll(async () => {
    lineage = await startLineage('products');
    await createDomains(lineage, ['sales', 'logistics', 'finance', 'planning']);
    for (const descriptor of [
      example('sales-orders'),
      example('logistics-shipments'),
      example('finance-revenue'),
      forecast(),
    ]) {
      await publish(lineage, descriptor);
    }
  }, 240_000);

  afterAll(async () => {
    await lineage?.close();
  });

  const known = async (subject: LineageUnderTest, product: string) =>
    eventually(
      async () => (await subject.request('GET', `/v1/products/${product}/impact`)).status === 200,
      () => `the lineage service never learnt of ${product}`,
    );

  const reach = async (product: string, query: string) => {
    const reply = await lineage.request<ReachedReply>('GET', `/v1/products/${product}/lineage?${query}`);
    expect(reply.status).toBe(200);
    return reply.body;
  };

  it('builds product-to-product edges from input ports, walks them both ways, pages through them and finds paths', async () => {
    await lineage.awaitEvent(
      'lineage.edges.changed',
      (event) => event.subject === 'urn:mesh:product:planning:forecast',
    );
    const downstream = await reach('sales/orders', 'direction=downstream&depth=5');
    expect(downstream.items).toEqual([
      {
        urn: 'urn:mesh:product:finance:revenue',
        domain: 'finance',
        name: 'revenue',
        ownerTeam: 'financial-reporting',
        latestVersion: '3.0.0',
        state: 'published',
        depth: 1,
      },
      {
        urn: 'urn:mesh:product:logistics:shipments',
        domain: 'logistics',
        name: 'shipments',
        ownerTeam: 'fulfilment',
        latestVersion: '1.0.3',
        state: 'published',
        depth: 1,
      },
      {
        urn: 'urn:mesh:product:planning:forecast',
        domain: 'planning',
        name: 'forecast',
        ownerTeam: 'planning-team',
        latestVersion: '1.0.0',
        state: 'published',
        depth: 2,
      },
    ]);
    expect((await reach('sales/orders', 'direction=downstream&depth=1')).total).toBe(2);

    const first = await reach('planning/forecast', 'direction=upstream&depth=10&limit=2');
    expect(first.items.map((item) => `${item.domain}/${item.name}`)).toEqual([
      'finance/revenue',
      'logistics/shipments',
    ]);
    const second = await reach('planning/forecast', `direction=upstream&depth=10&limit=2&cursor=${first.nextCursor}`);
    expect(second.items.map((item) => `${item.domain}/${item.name}`)).toEqual(['sales/orders']);
    expect(second.nextCursor).toBeNull();
    const badCursor = await lineage.request<{ error: { details: { pointer: string }[] } }>(
      'GET',
      '/v1/products/planning/forecast/lineage?cursor=not-a-cursor',
    );
    expect(badCursor.status).toBe(400);
    expect(badCursor.body.error.details).toEqual([expect.objectContaining({ pointer: '/cursor' })]);

    const path = await lineage.request<{ length: number; path: { id: string; type: string }[] }>(
      'GET',
      '/v1/lineage/path?from=product:sales:orders&to=product:planning:forecast',
    );
    expect(path.status).toBe(200);
    expect(path.body.path.map((node) => node.id)).toEqual([
      'product:sales:orders',
      'product:finance:revenue',
      'product:planning:forecast',
    ]);
    const mixed = await lineage.request<{ error: { details: { pointer: string }[] } }>(
      'GET',
      '/v1/lineage/path?from=product:sales:orders&to=dataset:pg:orders',
    );
    expect(mixed.status).toBe(400);
    expect(mixed.body.error.details[0].pointer).toBe('/to');

    const bad = await lineage.request<{ error: { details: { pointer: string }[] } }>(
      'GET',
      '/v1/products/sales/orders/lineage?direction=sideways',
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].pointer).toBe('/direction');
  });

  it('rolls runs up to products: a COMPLETE run writing a product table publishes data, its assertions become check results', async () => {
    const ns = `iceberg://${uniqueName('warehouse')}`;
    const event = runEvent(
      'COMPLETE',
      { namespace: 'airflow', name: uniqueName('orders_to_customers') },
      {
        inputs: [
          dataset(ns, 'sales.orders', [], {
            inputFacets: {
              dataQualityAssertions: {
                _producer: 'https://example.com/great-expectations',
                _schemaURL: 'https://openlineage.io/spec/facets/1-0-1/DataQualityAssertionsDatasetFacet.json',
                assertions: [
                  { assertion: 'not_null', success: true, column: 'order_id' },
                  { assertion: 'row_count_above_zero', success: false },
                ],
              },
            },
          }),
        ],
        outputs: [
          dataset(ns, 'spark_catalog.sales.customers_v2', ['customer_id'], {
            outputFacets: {
              outputStatistics: {
                _producer: 'https://example.com/spark',
                _schemaURL: 'https://example.com/s',
                rowCount: 42,
              },
            },
          }),
        ],
      },
    );
    await publish(lineage, example('sales-customers'));
    await known(lineage, 'sales/customers');
    expect((await lineage.request('POST', '/api/v1/lineage', event)).status).toBe(201);

    const published = await lineage.awaitEvent('data.published', (e) => e.payload.runId === event.run.runId);
    expect(published.subject).toBe('urn:mesh:product:sales:customers');
    expect(published.payload).toMatchObject({
      product: { domain: 'sales', name: 'customers', version: '2.1.0' },
      port: 'customers',
      source: 'openlineage',
      rowsAdded: 42,
      committedAt: Date.parse(event.eventTime),
    });

    const check = await lineage.awaitEvent('quality.check.completed', (e) => e.payload.runId === event.run.runId);
    expect(check.payload).toMatchObject({
      product: { domain: 'sales', name: 'orders', version: '1.4.0' },
      port: 'orders',
      score: 0.5,
      results: [
        { ruleId: 'not_null:order_id', outcome: 'pass' },
        { ruleId: 'row_count_above_zero', outcome: 'fail' },
      ],
    });

    // The run read sales/orders and wrote sales/customers: a product edge no descriptor declared.
    const edge = await lineage.awaitEvent(
      'lineage.edges.changed',
      (e) => e.subject === 'urn:mesh:product:sales:customers',
    );
    expect(edge.payload.added).toEqual([{ upstream: ORDERS, downstream: 'urn:mesh:product:sales:customers' }]);
  });

  it('refuses a run that writes a product table to a principal outside its domain', async () => {
    const outsider = await createPrincipal(lineage.registryAdmin, [{ role: 'domain-member', domain: 'logistics' }], {
      name: uniqueName('outsider'),
    });
    const event = runEvent(
      'COMPLETE',
      { namespace: 'airflow', name: 'overwrite' },
      { outputs: [dataset('iceberg://w', 'sales.orders')] },
    );
    const reply = await lineage.request<{ error: { message: string } }>(
      'POST',
      '/api/v1/lineage',
      event,
      outsider.token,
    );
    expect(reply.status).toBe(403);
    expect(reply.body.error.message).toBe("missing right: domain-owner or domain-member of domain 'sales'");
  });

  // sales/customers is downstream of sales/orders through the run of the roll-up test above, not an input port.
  it('lists every transitive downstream product and its owner when a product is deprecated', async () => {
    const sunsetAt = new Date(Date.now() + 30 * 86_400_000).toISOString();
    const reply = await lineage.registryAdmin.post('/v1/products/sales/orders/versions/1.4.0/deprecate', {
      sunsetAt,
      reason: 'replaced by orders v2',
    });
    expect(reply.status).toBe(200);

    const impact = await lineage.awaitEvent(
      'lineage.impact.detected',
      (event) => event.subject === ORDERS && event.payload.change.startsWith('deprecated'),
    );
    expect(impact.payload.changed).toEqual({ domain: 'sales', name: 'orders', version: '1.4.0' });
    expect(impact.payload.change).toBe('deprecated: replaced by orders v2');
    expect(impact.payload.affected).toEqual([
      { product: { domain: 'finance', name: 'revenue' }, ownerTeam: 'financial-reporting', depth: 1 },
      { product: { domain: 'logistics', name: 'shipments' }, ownerTeam: 'fulfilment', depth: 1 },
      { product: { domain: 'sales', name: 'customers' }, ownerTeam: 'customer-relations', depth: 1 },
      { product: { domain: 'planning', name: 'forecast' }, ownerTeam: 'planning-team', depth: 2 },
    ]);

    const exposed = await lineage.request<{ affected: unknown[]; detected: { change: string }[] }>(
      'GET',
      '/v1/products/sales/orders/impact',
    );
    expect(exposed.status).toBe(200);
    expect(exposed.body.affected).toHaveLength(4);
    expect(exposed.body.detected[0].change).toBe('deprecated: replaced by orders v2');
  });

  it('detects the impact of a proposed breaking change before it is published', async () => {
    const next = example('logistics-shipments');
    next.metadata.version = '2.0.0';
    next.spec.contract.schema[0].fields.pop();
    await propose(lineage, next);
    const impact = await lineage.awaitEvent(
      'lineage.impact.detected',
      (event) => event.subject === 'urn:mesh:product:logistics:shipments',
    );
    expect(impact.payload.changed.version).toBe('2.0.0');
    expect(impact.payload.change).toMatch(/^breaking change proposed \(from 1\.0\.3\): /);
    expect(impact.payload.affected).toEqual([
      { product: { domain: 'finance', name: 'revenue' }, ownerTeam: 'financial-reporting', depth: 1 },
      { product: { domain: 'planning', name: 'forecast' }, ownerTeam: 'planning-team', depth: 2 },
    ]);
  });

  it('drops the declared upstream edges of a retired product and announces them removed', async () => {
    await lineage.publish('product.version.retired', 'urn:mesh:product:planning:forecast', {
      product: { domain: 'planning', name: 'forecast', version: '1.0.0' },
      reason: 'sunset passed',
    });
    const removal = await lineage.awaitEvent(
      'lineage.edges.changed',
      (event) => event.subject === 'urn:mesh:product:planning:forecast' && event.payload.removed.length > 0,
    );
    expect(removal.payload).toEqual({
      added: [],
      removed: [{ upstream: 'urn:mesh:product:finance:revenue', downstream: 'urn:mesh:product:planning:forecast' }],
    });
    expect((await reach('planning/forecast', 'direction=upstream')).items).toEqual([]);
  });
});
