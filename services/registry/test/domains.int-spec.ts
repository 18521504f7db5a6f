import { HttpApi, uniqueName } from '@mesh/testing';
import {
  createActor,
  createDomain,
  type Actor,
  type DomainReply,
  type ErrorReply,
  type PageReply,
} from './support/registry-api';
import { ADMIN_TOKEN, startRegistry, type RegistryUnderTest } from './support/registry-under-test';

interface OutboxRow {
  topic: string;
  key: string;
  event_type: string;
  event: { type: string; subject: string; actor: string | null; producer: string; payload: Record<string, unknown> };
}

interface AuditRow {
  actor: string | null;
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

describe('domains', () => {
  let registry: RegistryUnderTest;
  let admin: HttpApi;
  let adminId: string;

  beforeAll(async () => {
    registry = await startRegistry('domains');
    admin = new HttpApi(registry.serviceUrl, ADMIN_TOKEN);
    const [row] = await registry.sql<{ id: string }>(`SELECT id FROM principals WHERE name = 'platform-admin'`);
    adminId = row.id;
  });

  afterAll(async () => {
    await registry?.remove();
  });

  const outboxOf = (name: string) =>
    registry.sql<OutboxRow>('SELECT * FROM outbox WHERE key = $1 ORDER BY id', [`urn:mesh:domain:${name}`]);
  const auditOf = (name: string) =>
    registry.sql<AuditRow>('SELECT * FROM audit_log WHERE subject = $1 ORDER BY id', [`urn:mesh:domain:${name}`]);

  it('are created by platform admins, announced by domain.created and audited in the same transaction', async () => {
    const name = uniqueName('sales');
    const created = await admin.post<DomainReply>('/v1/domains', {
      name,
      title: 'Sales',
      description: 'Orders and customers',
      owningTeam: 'team-sales',
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      name,
      title: 'Sales',
      description: 'Orders and customers',
      owningTeam: 'team-sales',
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    expect((await admin.get(`/v1/domains/${name}`)).body).toEqual(created.body);

    const [event] = await outboxOf(name);
    expect(event).toMatchObject({
      topic: 'mesh.product-lifecycle.v1',
      event_type: 'domain.created',
      event: {
        type: 'domain.created',
        subject: `urn:mesh:domain:${name}`,
        producer: 'registry',
        actor: adminId,
        payload: { domain: name, title: 'Sales', description: 'Orders and customers', ownerTeam: 'team-sales' },
      },
    });
    const audit = await auditOf(name);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor: adminId, action: 'domain.created', before: null, after: created.body });
  });

  it('answer 409 to a second creation under the same name, storing nothing', async () => {
    const domain = await createDomain(admin, 'dup');
    const again = await admin.post<ErrorReply>('/v1/domains', { name: domain.name, title: 'Again', owningTeam: 'x' });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toContain(domain.name);
    expect(await outboxOf(domain.name)).toHaveLength(1);
    expect(await auditOf(domain.name)).toHaveLength(1);
  });

  it('answer 400 naming every bad field by its JSON pointer, storing nothing', async () => {
    const name = uniqueName('bad');
    const reply = await admin.post<ErrorReply>('/v1/domains', {
      name: `${name}_Not_Kebab`,
      title: 42,
      owningTeam: '',
      color: 'blue',
    });
    expect(reply.status).toBe(400);
    expect(reply.body.error.code).toBe('invalid_input');
    expect(reply.body.error.details?.map((detail) => detail.pointer)).toEqual([
      '/name',
      '/title',
      '/owningTeam',
      '/color',
    ]);
    expect(reply.body.error.message).toContain("'color'");
    expect(await registry.sql('SELECT 1 FROM domains WHERE name LIKE $1', [`${name}%`])).toEqual([]);

    const empty = await admin.patch<ErrorReply>(`/v1/domains/${(await createDomain(admin)).name}`, {});
    expect(empty.status).toBe(400);
    const renamed = await admin.patch<ErrorReply>(`/v1/domains/${(await createDomain(admin)).name}`, { name: 'x' });
    expect(renamed.status).toBe(400);
    expect(renamed.body.error.details?.[0]).toEqual({ pointer: '/name', message: "unknown field 'name'" });
  });

  it('are listed by name a page at a time', async () => {
    const names = new Set<string>();
    for (let i = 0; i < 5; i++) names.add((await createDomain(admin, 'page')).name);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor === null ? '?limit=2' : `?limit=2&cursor=${cursor}`;
      const reply: { status: number; body: PageReply<DomainReply> } = await admin.get<PageReply<DomainReply>>(
        `/v1/domains${query}`,
      );
      expect(reply.status).toBe(200);
      expect(reply.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...reply.body.items.map((domain) => domain.name));
      cursor = reply.body.nextCursor;
    } while (cursor !== null);
    expect(seen).toEqual([...seen].sort());
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expect.arrayContaining([...names]));

    const bad = await admin.get<ErrorReply>('/v1/domains?limit=1000&cursor=nope&sort=name');
    expect(bad.body.error.details?.map((detail) => detail.pointer)).toEqual(['/limit', '/cursor', '/sort']);
    expect((await admin.get(`/v1/domains/${uniqueName('missing')}`)).status).toBe(404);
  });

  describe('with domain principals', () => {
    let domainA: DomainReply;
    let domainB: DomainReply;
    let ownerA: Actor;
    let memberA: Actor;
    let ownerB: Actor;

    beforeAll(async () => {
      domainA = await createDomain(admin, 'alpha');
      domainB = await createDomain(admin, 'beta');
      ownerA = await createActor(admin, [{ role: 'domain-owner', domain: domainA.name }]);
      ownerB = await createActor(admin, [{ role: 'domain-owner', domain: domainB.name }]);
      memberA = await createActor(ownerA.api, [{ role: 'domain-member', domain: domainA.name }]);
    });

    const forbidden = async (reply: Promise<{ status: number; body: unknown }>, right: string) => {
      const { status, body } = await reply;
      expect({ status, message: (body as ErrorReply).error.message }).toEqual({
        status: 403,
        message: `missing right: ${right}`,
      });
    };

    it('are changed by their owners, announced by domain.updated with the changed fields, and audited', async () => {
      const patched = await ownerA.api.patch<DomainReply>(`/v1/domains/${domainA.name}`, {
        title: 'Alpha & Co',
        owningTeam: domainA.owningTeam,
        description: 'Now described',
      });
      expect(patched.status).toBe(200);
      expect(patched.body).toMatchObject({ title: 'Alpha & Co', description: 'Now described' });

      const events = await outboxOf(domainA.name);
      expect(events.map((event) => event.event_type)).toEqual(['domain.created', 'domain.updated']);
      expect(events[1].event).toMatchObject({
        actor: ownerA.id,
        payload: {
          domain: domainA.name,
          changedFields: ['title', 'description'],
          title: 'Alpha & Co',
          description: 'Now described',
          ownerTeam: domainA.owningTeam,
        },
      });
      const audit = await auditOf(domainA.name);
      expect(audit.map((entry) => entry.action)).toEqual(['domain.created', 'domain.updated']);
      expect(audit[1]).toMatchObject({
        actor: ownerA.id,
        before: { title: domainA.title, description: null },
        after: { title: 'Alpha & Co', description: 'Now described' },
      });

      // A patch that changes nothing is no change: no event, no entry.
      expect((await ownerA.api.patch(`/v1/domains/${domainA.name}`, { title: 'Alpha & Co' })).status).toBe(200);
      expect(await outboxOf(domainA.name)).toHaveLength(2);
      expect(await auditOf(domainA.name)).toHaveLength(2);
    });

    it('cannot be changed with a token of another domain, nor by members', async () => {
      await forbidden(
        ownerA.api.patch(`/v1/domains/${domainB.name}`, { title: 'Taken over' }),
        `domain-owner of domain '${domainB.name}'`,
      );
      await forbidden(
        memberA.api.patch(`/v1/domains/${domainA.name}`, { title: 'Mine' }),
        `domain-owner of domain '${domainA.name}'`,
      );
      await forbidden(
        ownerA.api.post('/v1/domains', { name: uniqueName('rogue'), title: 'Rogue', owningTeam: 'x' }),
        'platform-admin',
      );
      expect((await admin.get<DomainReply>(`/v1/domains/${domainB.name}`)).body.title).toBe(domainB.title);
      expect((await admin.patch(`/v1/domains/${uniqueName('missing')}`, { title: 'x' })).status).toBe(404);
    });

    it('let an owner create principals in their domain only', async () => {
      const member = await ownerA.api.post('/v1/principals', {
        name: uniqueName('analyst'),
        kind: 'user',
        roles: [{ role: 'domain-member', domain: domainA.name }, { role: 'consumer' }],
      });
      expect(member.status).toBe(201);

      await forbidden(
        ownerA.api.post('/v1/principals', {
          name: uniqueName('intruder'),
          kind: 'user',
          roles: [{ role: 'domain-member', domain: domainB.name }],
        }),
        `domain-owner of domain '${domainB.name}'`,
      );
      await forbidden(
        ownerA.api.post('/v1/principals', {
          name: uniqueName('boss'),
          kind: 'user',
          roles: [{ role: 'domain-member', domain: domainA.name }, { role: 'platform-admin' }],
        }),
        'platform-admin',
      );
      await forbidden(
        memberA.api.post('/v1/principals', {
          name: uniqueName('friend'),
          kind: 'user',
          roles: [{ role: 'domain-member', domain: domainA.name }],
        }),
        `domain-owner of domain '${domainA.name}'`,
      );
    });

    it("let an owner mint tokens for their domain's principals, and anyone for itself", async () => {
      expect((await ownerA.api.post(`/v1/principals/${memberA.id}/tokens`, { name: 'ci' })).status).toBe(201);
      expect((await memberA.api.post(`/v1/principals/${memberA.id}/tokens`, { name: 'laptop' })).status).toBe(201);
      await forbidden(
        ownerA.api.post(`/v1/principals/${ownerB.id}/tokens`, { name: 'stolen' }),
        `domain-owner of domain '${domainB.name}'`,
      );
      await forbidden(
        ownerB.api.get(`/v1/principals/${memberA.id}/tokens`),
        `domain-owner of domain '${domainA.name}'`,
      );
      await forbidden(ownerB.api.delete(`/v1/tokens/${memberA.tokenId}`), `domain-owner of domain '${domainA.name}'`);
      await forbidden(
        memberA.api.post(`/v1/principals/${ownerA.id}/tokens`, { name: 'up' }),
        `domain-owner of domain '${domainA.name}'`,
      );
    });

    it('validate principals: known domains, role rules, unique names', async () => {
      const unknownDomain = uniqueName('nowhere');
      const reply = await admin.post<ErrorReply>('/v1/principals', {
        name: uniqueName('lost'),
        kind: 'user',
        roles: [{ role: 'consumer' }, { role: 'domain-member', domain: unknownDomain }],
      });
      expect(reply.status).toBe(400);
      expect(reply.body.error.details).toEqual([
        { pointer: '/roles/1/domain', message: `no domain '${unknownDomain}'` },
      ]);

      const shapes = await admin.post<ErrorReply>('/v1/principals', {
        name: 'has spaces',
        kind: 'robot',
        roles: [{ role: 'domain-owner' }, { role: 'platform-admin', domain: domainA.name }, { role: 'king' }],
      });
      expect(shapes.body.error.details?.map((detail) => detail.pointer)).toEqual([
        '/name',
        '/kind',
        '/roles/0/domain',
        '/roles/1/domain',
        '/roles/2/role',
      ]);

      const name = uniqueName('twin');
      const body = { name, kind: 'service', roles: [{ role: 'consumer' }] };
      expect((await admin.post('/v1/principals', body)).status).toBe(201);
      expect((await admin.post('/v1/principals', body)).status).toBe(409);
    });

    it('are found by id and listed by domain', async () => {
      const found = await memberA.api.get(`/v1/principals/${ownerA.id}`);
      expect(found.body).toEqual({
        id: ownerA.id,
        name: ownerA.name,
        kind: 'user',
        roles: [{ role: 'domain-owner', domain: domainA.name }],
        createdAt: expect.any(String),
      });
      expect((await admin.get(`/v1/principals/${crypto.randomUUID()}`)).status).toBe(404);

      const listed = await admin.get<PageReply<{ id: string }>>(`/v1/principals?domain=${domainA.name}`);
      expect(listed.body.items.map((principal) => principal.id).sort()).toEqual(
        expect.arrayContaining([ownerA.id, memberA.id].sort()),
      );
      expect(listed.body.items.map((principal) => principal.id)).not.toContain(ownerB.id);
      const paged = await admin.get<PageReply<{ id: string }>>(`/v1/principals?domain=${domainA.name}&limit=1`);
      expect(paged.body.items).toHaveLength(1);
      expect(paged.body.nextCursor).not.toBeNull();
    });
  });
});
