import { eventually, HttpApi, uniqueName } from '@mesh/testing';
import {
  createActor,
  createDomain,
  type Actor,
  type DomainReply,
  type ErrorReply,
  type PageReply,
} from './support/registry-api';
import { ADMIN_TOKEN, startRegistry, type RegistryUnderTest } from './support/registry-under-test';

interface Entry {
  id: string;
  at: string;
  actor: string | null;
  action: string;
  subject: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

describe('the audit log', () => {
  let registry: RegistryUnderTest;
  let admin: HttpApi;
  let domainA: DomainReply;
  let domainB: DomainReply;
  let ownerA: Actor;
  let started: string;

  beforeAll(async () => {
    registry = await startRegistry('audit');
    admin = new HttpApi(registry.serviceUrl, ADMIN_TOKEN);
    started = new Date().toISOString();
    domainA = await createDomain(admin, 'alpha');
    domainB = await createDomain(admin, 'beta');
    ownerA = await createActor(admin, [{ role: 'domain-owner', domain: domainA.name }]);
    for (const title of ['one', 'two', 'three']) {
      await ownerA.api.patch(`/v1/domains/${domainA.name}`, { title });
      await admin.patch(`/v1/domains/${domainB.name}`, { title });
    }
  });

  afterAll(async () => {
    await registry?.remove();
  });

  /** Every entry the API gives `api` for the query, following cursors `limit` at a time. */
  async function readAll(api: HttpApi, query: string, limit = 100): Promise<Entry[]> {
    const entries: Entry[] = [];
    let cursor: string | null = null;
    do {
      const path: string = `/v1/audit?${query}&limit=${limit}${cursor === null ? '' : `&cursor=${cursor}`}`;
      const reply: { status: number; body: PageReply<Entry> } = await api.get<PageReply<Entry>>(path);
      expect(reply.status).toBe(200);
      expect(reply.body.items.length).toBeLessThanOrEqual(limit);
      entries.push(...reply.body.items);
      cursor = reply.body.nextCursor;
    } while (cursor !== null);
    return entries;
  }

  const urnA = () => `urn:mesh:domain:${domainA.name}`;

  it('filters by subject and action, newest first', async () => {
    const entries = await readAll(admin, `subject=${urnA()}`);
    expect(entries.map((entry) => entry.action)).toEqual([
      'domain.updated',
      'domain.updated',
      'domain.updated',
      'domain.created',
    ]);
    expect(entries.map((entry) => entry.after?.title)).toEqual(['three', 'two', 'one', domainA.title]);
    const updates = await readAll(admin, `subject=${urnA()}&action=domain.updated`);
    expect(updates).toHaveLength(3);
  });

  it('filters by actor', async () => {
    const entries = await readAll(admin, `actor=${ownerA.id}`);
    expect(entries.map((entry) => [entry.action, entry.subject])).toEqual([
      ['domain.updated', urnA()],
      ['domain.updated', urnA()],
      ['domain.updated', urnA()],
    ]);
  });

  it('filters by time', async () => {
    const all = await readAll(admin, `subject=${urnA()}`);
    const oldest = all.at(-1) as Entry;
    const newest = all[0];
    expect(await readAll(admin, `subject=${urnA()}&since=${encodeURIComponent(newest.at)}`)).toEqual([newest]);
    expect(await readAll(admin, `subject=${urnA()}&until=${encodeURIComponent(oldest.at)}`)).toEqual([]);
    const window = await readAll(admin, `since=${encodeURIComponent(started)}&until=${encodeURIComponent(newest.at)}`);
    expect(window).toContainEqual(oldest);
    expect(window).not.toContainEqual(newest);
  });

  it('pages through everything exactly once, in order, one entry at a time', async () => {
    const whole = await readAll(admin, `since=${encodeURIComponent(started)}`);
    const paged = await readAll(admin, `since=${encodeURIComponent(started)}`, 1);
    expect(paged).toEqual(whole);
    expect(whole.length).toBeGreaterThanOrEqual(10);
    const keys = whole.map((entry) => [entry.at, Number(entry.id)] as const);
    const sorted = [...keys].sort(([atA, idA], [atB, idB]) => atB.localeCompare(atA) || idB - idA);
    expect(keys).toEqual(sorted);
  });

  it("shows a domain owner only their domains' entries", async () => {
    const visible = await readAll(ownerA.api, `since=${encodeURIComponent(started)}`);
    expect(visible.length).toBeGreaterThan(0);
    expect(visible.filter((entry) => entry.subject === `urn:mesh:domain:${domainB.name}`)).toEqual([]);
    // The owner's own principal and token belong to their domain.
    expect(visible.map((entry) => entry.subject)).toEqual(
      expect.arrayContaining([urnA(), `urn:mesh:principal:${ownerA.id}`, `urn:mesh:token:${ownerA.tokenId}`]),
    );
    expect(await readAll(ownerA.api, `subject=urn:mesh:domain:${domainB.name}`)).toEqual([]);
  });

  it('is closed to principals that are neither admins nor owners', async () => {
    const member = await createActor(ownerA.api, [{ role: 'domain-member', domain: domainA.name }]);
    const reply = await member.api.get<ErrorReply>('/v1/audit');
    expect(reply.status).toBe(403);
    expect(reply.body.error.message).toBe('missing right: platform-admin or governance-admin or domain-owner');
    const governance = await createActor(admin, [{ role: 'governance-admin' }]);
    expect(await readAll(governance.api, `subject=urn:mesh:domain:${domainB.name}`)).toHaveLength(4);
  });

  it('rejects bad queries, naming each parameter', async () => {
    const reply = await admin.get<ErrorReply>(
      `/v1/audit?since=yesterday&actor=${uniqueName('x')}&limit=0&cursor=abc&colour=red`,
    );
    expect(reply.status).toBe(400);
    expect(reply.body.error.details?.map((detail) => detail.pointer)).toEqual([
      '/actor',
      '/since',
      '/limit',
      '/cursor',
      '/colour',
    ]);
  });

  it('records refused write attempts, with the caller, the route, the status and the request id', async () => {
    const foreign = await ownerA.api.patch<ErrorReply>(`/v1/domains/${domainB.name}`, { title: 'taken over' });
    expect(foreign.status).toBe(403);
    const anonymous = await new HttpApi(registry.serviceUrl).post<ErrorReply>('/v1/domains', { name: 'x' });
    expect(anonymous.status).toBe(401);
    const entryOf = async (reply: { headers: Headers }) =>
      (await admin.get<PageReply<Entry>>(`/v1/audit?requestId=${reply.headers.get('x-request-id')}`)).body.items;
    await eventually(
      async () => (await entryOf(anonymous)).length === 1,
      () => 'the refused attempts did not reach the audit log',
    );
    expect(await entryOf(foreign)).toEqual([
      expect.objectContaining({
        actor: ownerA.id,
        action: 'PATCH /v1/domains/:domain',
        subject: `urn:mesh:domain:${domainB.name}`,
        service: 'registry',
        path: `/v1/domains/${domainB.name}`,
        status: 403,
      }),
    ]);
    expect(await entryOf(anonymous)).toEqual([
      expect.objectContaining({
        actor: null,
        action: 'POST /v1/domains',
        subject: 'urn:mesh:service:registry',
        status: 401,
      }),
    ]);
    // Allowed changes are recorded once, by the registry's own transactions, not again as requests.
    expect(await readAll(admin, `service=registry&action=PATCH%20/v1/domains/:domain`)).toHaveLength(1);
  });

  it('cannot be rewritten, even with direct database access', async () => {
    await expect(registry.sql('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    await expect(registry.sql(`UPDATE audit_log SET action = 'nothing'`)).rejects.toThrow(/append-only/);
  });
});
