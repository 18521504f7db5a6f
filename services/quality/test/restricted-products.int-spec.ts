import { randomUUID } from 'node:crypto';
import { productUrn } from '@mesh/contracts';
import type { RoleGrant } from '@mesh/platform';
import {
  cleanOrder,
  createPrincipal,
  eventually,
  firstOrdersCommit,
  ordersProduct,
  startQualityMesh,
  uniqueName,
  type QualityMesh,
} from '@mesh/testing';

interface AlertPage {
  items: { id: string; name: string }[];
  total: number;
}

/** A restricted product's results, score, SLA and alerts: its domain's people and grant holders see them, no one else. */
describe('the quality of a restricted product', () => {
  let mesh: QualityMesh;
  const tokens: Record<'owner' | 'otherOwner' | 'grantee', string> = { owner: '', otherOwner: '', grantee: '' };
  let granteeId = '';
  let alertId = '';
  const name = 'vault';

  const get = <T>(path: string, token: string) => mesh.call<T>(mesh.qualityUrl, 'GET', path, undefined, token);
  const perProduct = ['results', 'score', 'sla'].map((route) => `/v1/products/sales/${name}/${route}`);

  const principal = (kind: string, roles: RoleGrant[]) =>
    createPrincipal(mesh.registryAdmin, roles, { name: uniqueName(`quality-${kind}`) });

  beforeAll(async () => {
    mesh = await startQualityMesh('restricted', { SLA_CHECK_INTERVAL_MS: '250' });
    const descriptor = ordersProduct(name, { sla: { freshness: { maxDelay: '2s', port: name } } });
    descriptor.spec.access = { visibility: 'restricted', approval: 'manual' };
    await mesh.publishProduct(descriptor);
    await mesh.call(mesh.registry.serviceUrl, 'POST', '/v1/domains', {
      name: 'crm',
      title: 'CRM',
      description: 'Another domain',
      owningTeam: 'crm-team',
    });
    tokens.owner = (await principal('owner', [{ role: 'domain-owner', domain: 'sales' }])).token;
    tokens.otherOwner = (await principal('other-owner', [{ role: 'domain-owner', domain: 'crm' }])).token;
    const grantee = await principal('grantee', [{ role: 'consumer' }]);
    [granteeId, tokens.grantee] = [grantee.id, grantee.token];
    await firstOrdersCommit(mesh, name, [cleanOrder(`${name}-1`)]);
    const raised = await mesh.awaitEvent(
      'quality.alert.raised',
      (event) => event.payload.product.name === name && event.payload.kind === 'freshness',
    );
    alertId = raised.payload.alertId;
  }, 240_000);

  afterAll(async () => {
    await mesh?.close();
  });

  const alertsOf = async (token: string) => {
    const list = await get<AlertPage>(`/v1/alerts?domain=sales&name=${name}`, token);
    expect(list.status).toBe(200);
    const product = await get<{ items: { id: string }[] }>(`/v1/products/sales/${name}/alerts`, token);
    expect(product.status).toBe(200);
    return { list: list.body.items.map((alert) => alert.id), product: product.body.items.map((alert) => alert.id) };
  };

  it('is hidden from the owner of another domain: 404 as for a product never published, no alerts, no score', async () => {
    for (const path of perProduct) {
      const reply = await get<{ error: { code: string } }>(path, tokens.otherOwner);
      expect({ path, status: reply.status, code: reply.body.error.code }).toEqual({
        path,
        status: 404,
        code: 'product_not_monitored',
      });
    }
    expect(await alertsOf(tokens.otherOwner)).toEqual({ list: [], product: [] });
    const scores = await get<{ items: unknown[] }>(`/v1/scores?product=sales/${name}`, tokens.otherOwner);
    expect(scores.body.items).toEqual([]);
  });

  it('is shown to the owners of its domain', async () => {
    for (const path of perProduct) expect((await get(path, tokens.owner)).status).toBe(200);
    expect(await alertsOf(tokens.owner)).toEqual({ list: [alertId], product: [alertId] });
  });

  it('is shown to a principal once it holds a grant, and hidden again once the grant is revoked', async () => {
    expect((await get(perProduct[1], tokens.grantee)).status).toBe(404);
    const grant = { grantId: randomUUID(), principal: granteeId, product: { domain: 'sales', name }, port: null };
    const subject = productUrn({ domain: 'sales', name });
    await mesh.publish('access.granted', subject, { requestId: null, grant, expiresAt: null });
    await eventually(
      async () => (await get(perProduct[1], tokens.grantee)).status === 200,
      () => 'the grant holder still cannot see the score',
      30_000,
    );
    for (const path of perProduct) expect((await get(path, tokens.grantee)).status).toBe(200);
    expect(await alertsOf(tokens.grantee)).toEqual({ list: [alertId], product: [alertId] });

    await mesh.publish('access.revoked', subject, { grant, reason: 'the test is over' });
    await eventually(
      async () => (await get(perProduct[1], tokens.grantee)).status === 404,
      () => 'the revoked grant still shows the score',
      30_000,
    );
    expect(await alertsOf(tokens.grantee)).toEqual({ list: [], product: [] });
  });
});
