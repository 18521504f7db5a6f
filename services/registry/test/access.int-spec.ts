import { publishVersion } from '@mesh/testing';
import { createActor, type Actor, type ErrorReply, type PageReply } from './support/registry-api';
import { apply, createExampleDomains, example, startMesh, type MeshUnderTest } from './support/mesh-under-test';

interface AccessReply {
  id: string;
  product: { domain: string; name: string };
  principal: string;
  requestedBy: string;
  state: string;
  grantId: string | null;
  decidedBy: string | null;
  reason: string | null;
  until: string;
}

describe('access requests', () => {
  let mesh: MeshUnderTest;
  let salesOwner: Actor;
  let financeAnalyst: Actor;
  let financeOwner: Actor;
  const until = '2999-12-31T00:00:00.000Z';

  beforeAll(async () => {
    mesh = await startMesh('access');
    await createExampleDomains(mesh.admin, ['sales', 'logistics', 'finance']);
    salesOwner = await createActor(mesh.admin, [{ role: 'domain-owner', domain: 'sales' }]);
    financeOwner = await createActor(mesh.admin, [{ role: 'domain-owner', domain: 'finance' }]);
    financeAnalyst = await createActor(financeOwner.api, [{ role: 'consumer', domain: 'finance' }]);
    // sales/orders approves automatically, sales/customers manually; both are published. logistics/shipments
    // approves automatically but has no published version yet.
    for (const [file, version] of [
      ['sales-orders', '1.4.0'],
      ['sales-customers', '2.1.0'],
    ] as const) {
      const descriptor = example(file);
      expect((await apply(mesh.admin, descriptor)).status).toBe(201);
      await publishVersion(mesh, { domain: 'sales', name: descriptor.metadata.name, version });
    }
    expect((await apply(mesh.admin, example('logistics-shipments'))).status).toBe(201);
  });

  afterAll(async () => {
    await mesh?.close();
  });

  const ask = (actor: Actor, product: string, body: unknown) =>
    actor.api.post<AccessReply & ErrorReply>(`/v1/products/${product}/access-requests`, body);
  const decide = (actor: Actor, id: string, action: 'approve' | 'deny' | 'revoke', body?: unknown) =>
    actor.api.post<AccessReply & ErrorReply>(`/v1/access-requests/${id}/${action}`, body);
  const eventsOf = (id: string) =>
    mesh
      .published()
      .filter((event) => event.subject === `urn:mesh:access-request:${id}`)
      .map((event) => event.type);

  it('grants at once when the latest published version approves automatically', async () => {
    const asked = await ask(financeAnalyst, 'sales/orders', { purpose: 'Revenue reconciliation', until });
    expect(asked.status).toBe(201);
    expect(asked.body).toMatchObject({
      product: { domain: 'sales', name: 'orders' },
      principal: financeAnalyst.id,
      requestedBy: financeAnalyst.id,
      state: 'granted',
      decidedBy: null,
      until,
    });
    const changedAt = asked.body as unknown as { createdAt: string; updatedAt: string };
    expect(Date.parse(changedAt.updatedAt)).toBeGreaterThanOrEqual(Date.parse(changedAt.createdAt));
    const granted = await mesh.awaitEvent('access.granted', (event) => event.payload.requestId === asked.body.id);
    expect(granted.payload).toEqual({
      requestId: asked.body.id,
      grant: {
        grantId: asked.body.grantId,
        principal: financeAnalyst.id,
        product: { domain: 'sales', name: 'orders' },
        port: null,
      },
      expiresAt: Date.parse(until),
    });
    expect(eventsOf(asked.body.id)).toEqual(['access.requested', 'access.granted']);
  });

  it('leaves a request pending while nothing is published, whatever the approval mode', async () => {
    const asked = await ask(financeAnalyst, 'logistics/shipments', { purpose: 'Delivery delays', until: '2999-01-01' });
    expect(asked.body.state).toBe('pending');
  });

  it('lets only the owning domain decide a manual request, and refuses illegal moves naming the state', async () => {
    const asked = await ask(financeAnalyst, 'sales/customers', { purpose: 'Churn analysis', until });
    expect(asked.status).toBe(201);
    expect(asked.body.state).toBe('pending');
    const { id } = asked.body;

    const foreign = await decide(financeOwner, id, 'approve');
    expect(foreign.status).toBe(403);
    expect(foreign.body.error.message).toBe("missing right: domain-owner or domain-member of domain 'sales'");
    expect((await decide(financeAnalyst, id, 'revoke')).status).toBe(409);

    const approved = await decide(salesOwner, id, 'approve', { reason: 'Covered by the sharing agreement' });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({
      state: 'granted',
      decidedBy: salesOwner.id,
      reason: 'Covered by the sharing agreement',
    });
    const again = await decide(salesOwner, id, 'approve');
    expect(again.status).toBe(409);
    expect(again.body.error.message).toBe(
      `cannot approve access request ${id}: it is granted, and approve applies only to pending`,
    );

    const revoked = await decide(financeAnalyst, id, 'revoke', { reason: 'Analysis done' });
    expect(revoked.status).toBe(200);
    expect(revoked.body.state).toBe('revoked');
    const event = await mesh.awaitEvent(
      'access.revoked',
      (candidate) => candidate.payload.grant.grantId === approved.body.grantId,
    );
    expect(event.payload.reason).toBe('Analysis done');
    expect(eventsOf(id)).toEqual(['access.requested', 'access.granted', 'access.revoked']);
    const audit = await mesh.registry.sql<{ action: string; actor: string }>(
      'SELECT action, actor FROM audit_log WHERE subject = $1 ORDER BY id',
      [`urn:mesh:access-request:${id}`],
    );
    expect(audit).toEqual([
      { action: 'access.requested', actor: financeAnalyst.id },
      { action: 'access.granted', actor: salesOwner.id },
      { action: 'access.revoked', actor: financeAnalyst.id },
    ]);
  });

  it('denies a request, and then refuses to approve it', async () => {
    const asked = await ask(financeAnalyst, 'sales/customers', { purpose: 'Marketing', until });
    const denied = await decide(salesOwner, asked.body.id, 'deny', { reason: 'Not a purpose we share for' });
    expect(denied.body).toMatchObject({ state: 'denied', reason: 'Not a purpose we share for' });
    const event = await mesh.awaitEvent('access.denied', (candidate) => candidate.payload.requestId === asked.body.id);
    expect(event.payload).toMatchObject({ principal: financeAnalyst.id, reason: 'Not a purpose we share for' });

    const approved = await decide(salesOwner, asked.body.id, 'approve');
    expect(approved.status).toBe(409);
    expect(approved.body.error.message).toContain('it is denied');
  });

  it('asks on behalf of another principal only for those the caller manages', async () => {
    const onBehalf = await ask(financeOwner, 'sales/orders', {
      purpose: 'Dashboards',
      until,
      principal: financeAnalyst.id,
    });
    expect(onBehalf.status).toBe(201);
    expect(onBehalf.body).toMatchObject({ principal: financeAnalyst.id, requestedBy: financeOwner.id });
    const overreach = await ask(financeAnalyst, 'sales/orders', { purpose: 'x', until, principal: salesOwner.id });
    expect(overreach.status).toBe(403);
  });

  it('lists the requests of a product for its owners, and of a principal for itself or an admin', async () => {
    const forProduct = await salesOwner.api.get<PageReply<AccessReply>>('/v1/products/sales/customers/access-requests');
    expect(forProduct.status).toBe(200);
    expect(forProduct.body.items.map((request) => request.state)).toEqual(['denied', 'revoked']);
    const page = await salesOwner.api.get<PageReply<AccessReply>>(
      '/v1/products/sales/customers/access-requests?limit=1&state=revoked',
    );
    expect(page.body).toMatchObject({ items: [{ state: 'revoked' }], nextCursor: null });
    expect((await financeAnalyst.api.get('/v1/products/sales/customers/access-requests')).status).toBe(403);

    const own = await financeAnalyst.api.get<PageReply<AccessReply>>('/v1/access-requests?limit=2');
    expect(own.body.items).toHaveLength(2);
    const rest = await financeAnalyst.api.get<PageReply<AccessReply>>(
      `/v1/access-requests?cursor=${own.body.nextCursor}`,
    );
    expect(own.body.items.length + rest.body.items.length).toBe(5);
    expect(rest.body.nextCursor).toBeNull();

    const others = await financeAnalyst.api.get<ErrorReply>(`/v1/access-requests?principal=${salesOwner.id}`);
    expect(others.status).toBe(403);
    expect(others.body.error.message).toBe('missing right: platform-admin');
    const byAdmin = await mesh.admin.get<PageReply<AccessReply>>(`/v1/access-requests?principal=${financeAnalyst.id}`);
    expect(byAdmin.body.items).toHaveLength(5);
  });

  it('lists the requests for every product of a domain for its writers: an owner’s inbox', async () => {
    const inbox = await salesOwner.api.get<PageReply<AccessReply>>('/v1/domains/sales/access-requests');
    expect(inbox.status).toBe(200);
    const products = new Set(inbox.body.items.map((request) => `${request.product.domain}/${request.product.name}`));
    expect([...products].sort()).toEqual(['sales/customers', 'sales/orders']);
    const forProducts = await Promise.all(
      ['orders', 'customers'].map((name) =>
        salesOwner.api.get<PageReply<AccessReply>>(`/v1/products/sales/${name}/access-requests`),
      ),
    );
    expect(inbox.body.items).toHaveLength(forProducts.reduce((sum, reply) => sum + reply.body.items.length, 0));
    const denied = await salesOwner.api.get<PageReply<AccessReply>>('/v1/domains/sales/access-requests?state=denied');
    expect(denied.body.items.map((request) => request.state)).toEqual(['denied']);
    const refused = await financeAnalyst.api.get<ErrorReply>('/v1/domains/sales/access-requests');
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toBe("missing right: domain-owner or domain-member of domain 'sales'");
  });

  it('refuses invalid requests with every problem by pointer, and callers without a token', async () => {
    const invalid = await ask(financeAnalyst, 'sales/orders', { until: '2001-01-01', colour: 'red' });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.details?.map((detail) => detail.pointer)).toEqual(['/purpose', '/until', '/colour']);
    expect((await ask(financeAnalyst, 'sales/nothing', { purpose: 'x', until })).status).toBe(404);
    expect((await decide(salesOwner, '00000000-0000-4000-8000-000000000000', 'approve')).status).toBe(404);
    expect(
      (await mesh.admin.as(undefined).post('/v1/products/sales/orders/access-requests', { purpose: 'x', until }))
        .status,
    ).toBe(401);
  });
});
