import { randomUUID } from 'node:crypto';
import type { RoleGrant } from '@mesh/platform';
import { createPrincipal, eventually, uniqueName } from '@mesh/testing';
import { dataset, runEvent } from './support/openlineage-events';
import { startLineage, type LineageUnderTest } from './support/lineage-under-test';
import { createDomains, example, publish } from './support/products';

interface ReachedReply {
  items: { domain: string; name: string }[];
}

interface GraphReply {
  graph: { id: string; inEdges: { origin: string }[]; outEdges: { destination: string }[] }[];
}

const CUSTOMERS = 'urn:mesh:product:sales:customers';

/**
 * sales/customers is restricted; a run reads sales/orders and writes it. Its domain's people and its grant holders
 * see it in the lineage; another domain's owner sees neither it nor its dataset.
 */
describe('the lineage of a restricted product', () => {
  let lineage: LineageUnderTest;
  const namespace = `iceberg://${uniqueName('warehouse')}`;
  const tokens: Record<'owner' | 'otherOwner' | 'grantee', string> = { owner: '', otherOwner: '', grantee: '' };
  let granteeId = '';
  const customersNode = `dataset:${namespace}:spark_catalog.sales.customers_v2`;
  const ordersNode = `dataset:${namespace}:sales.orders`;

  const principal = (kind: string, roles: RoleGrant[]) =>
    createPrincipal(lineage.registryAdmin, roles, { name: uniqueName(`lineage-${kind}`) });

  beforeAll(async () => {
    lineage = await startLineage('restricted');
    await createDomains(lineage, ['sales', 'crm']);
    await publish(lineage, example('sales-orders'));
    await publish(lineage, example('sales-customers'));
    await eventually(
      async () => (await lineage.request('GET', '/v1/products/sales/customers/impact')).status === 200,
      () => 'the lineage service never learnt of sales/customers',
    );
    const run = runEvent(
      'COMPLETE',
      { namespace: 'airflow', name: uniqueName('orders_to_customers') },
      {
        inputs: [dataset(namespace, 'sales.orders')],
        outputs: [dataset(namespace, 'spark_catalog.sales.customers_v2', ['customer_id'])],
      },
    );
    expect((await lineage.request('POST', '/api/v1/lineage', run)).status).toBe(201);
    await lineage.awaitEvent('lineage.edges.changed', (event) => event.subject === CUSTOMERS);
    tokens.owner = (await principal('owner', [{ role: 'domain-owner', domain: 'sales' }])).token;
    tokens.otherOwner = (await principal('other-owner', [{ role: 'domain-owner', domain: 'crm' }])).token;
    const grantee = await principal('grantee', [{ role: 'consumer' }]);
    [granteeId, tokens.grantee] = [grantee.id, grantee.token];
  }, 240_000);

  afterAll(async () => {
    await lineage?.close();
  });

  const downstreamOfOrders = async (token: string) => {
    const reply = await lineage.request<ReachedReply>(
      'GET',
      '/v1/products/sales/orders/lineage?direction=downstream',
      undefined,
      token,
    );
    expect(reply.status).toBe(200);
    return reply.body.items.map((item) => `${item.domain}/${item.name}`);
  };
  const graphAround = async (token: string) => {
    const reply = await lineage.request<GraphReply>(
      'GET',
      `/api/v1/lineage?nodeId=${encodeURIComponent(ordersNode)}`,
      undefined,
      token,
    );
    expect(reply.status).toBe(200);
    const ids = reply.body.graph.map((node) => node.id);
    const edges = reply.body.graph.flatMap((node) => [
      ...node.inEdges.map((edge) => edge.origin),
      ...node.outEdges.map((edge) => edge.destination),
    ]);
    return { nodes: ids.includes(customersNode), edges: edges.includes(customersNode) };
  };
  const ownRoutes = async (token: string) =>
    Promise.all(
      [
        '/v1/products/sales/customers/lineage',
        '/v1/products/sales/customers/impact',
        `/api/v1/lineage?nodeId=${encodeURIComponent(customersNode)}`,
        `/v1/lineage/graph?nodeId=${encodeURIComponent(customersNode)}`,
        '/v1/lineage/path?from=product:sales:orders&to=product:sales:customers',
        `/v1/lineage/path?from=${encodeURIComponent(ordersNode)}&to=${encodeURIComponent(customersNode)}`,
      ].map(async (path) => ({ path, status: (await lineage.request('GET', path, undefined, token)).status })),
    );
  const statuses = (routes: { path: string; status: number }[]) => routes.map((route) => route.status);

  it('is unknown to the owner of another domain: 404 on its routes, absent from the lineage around it', async () => {
    expect(statuses(await ownRoutes(tokens.otherOwner))).toEqual([404, 404, 404, 404, 404, 404]);
    expect(await downstreamOfOrders(tokens.otherOwner)).toEqual([]);
    expect(await graphAround(tokens.otherOwner)).toEqual({ nodes: false, edges: false });
  });

  it('is shown to the owners of its domain', async () => {
    expect(statuses(await ownRoutes(tokens.owner))).toEqual([200, 200, 200, 200, 200, 200]);
    expect(await downstreamOfOrders(tokens.owner)).toEqual(['sales/customers']);
    expect(await graphAround(tokens.owner)).toEqual({ nodes: true, edges: true });
  });

  it('is shown to a grant holder', async () => {
    expect(await downstreamOfOrders(tokens.grantee)).toEqual([]);
    const grant = { grantId: randomUUID(), principal: granteeId, product: { domain: 'sales', name: 'customers' } };
    await lineage.publish('access.granted', CUSTOMERS, {
      requestId: null,
      grant: { ...grant, port: null },
      expiresAt: null,
    });
    await eventually(
      async () => (await downstreamOfOrders(tokens.grantee)).length === 1,
      () => 'the grant holder still cannot see sales/customers downstream of sales/orders',
    );
    expect(statuses(await ownRoutes(tokens.grantee))).toEqual([200, 200, 200, 200, 200, 200]);
    expect(await graphAround(tokens.grantee)).toEqual({ nodes: true, edges: true });
  });
});
