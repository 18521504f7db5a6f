import { generateToken, hashToken, IntrospectionAuthenticator } from '@mesh/platform';
import { HttpApi, uniqueName } from '@mesh/testing';
import {
  createActor,
  createDomain,
  type Actor,
  type CreatedTokenReply,
  type ErrorReply,
  type PrincipalReply,
} from './support/registry-api';
import { ADMIN_TOKEN, startRegistry, type RegistryUnderTest } from './support/registry-under-test';

interface TokenRow {
  id: string;
  name: string;
  hash: string;
  bootstrap: boolean;
  revoked_at: Date | null;
}

interface TokenReply {
  id: string;
  name: string;
  expiresAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

describe('authentication', () => {
  let registry: RegistryUnderTest;
  let admin: HttpApi;
  let member: Actor;
  let service: Actor;

  beforeAll(async () => {
    registry = await startRegistry('auth');
    admin = new HttpApi(registry.serviceUrl, ADMIN_TOKEN);
    const domain = await createDomain(admin, 'auth');
    member = await createActor(admin, [{ role: 'domain-member', domain: domain.name }]);
    service = await createActor(admin, [{ role: 'platform-service' }], 'service');
  });

  afterAll(async () => {
    await registry?.remove();
  });

  it('refuses requests without a valid token with a 401 that asks for a bearer token', async () => {
    const anonymous = admin.as(undefined);
    for (const api of [anonymous, admin.as(generateToken()), admin.as('not-a-token')]) {
      const reply = await api.get<ErrorReply>('/v1/domains');
      expect(reply.status).toBe(401);
      expect(reply.headers.get('www-authenticate')).toBe('Bearer');
      expect(reply.body.error.code).toBe('unauthenticated');
    }
    const malformed = await fetch(`${registry.serviceUrl}/v1/domains`, { headers: { Authorization: 'Token abc' } });
    expect(malformed.status).toBe(401);
  });

  it('serves health, readiness, metrics and the OpenAPI document without a token', async () => {
    for (const path of ['/health', '/ready', '/metrics', '/openapi.json']) {
      expect({ path, status: (await fetch(`${registry.serviceUrl}${path}`)).status }).toEqual({ path, status: 200 });
    }
  });

  it('tells any principal who it is by its own token: roles, domains and the token’s expiry', async () => {
    const issued = await admin.post<CreatedTokenReply>(`/v1/principals/${member.id}/tokens`, {
      name: 'whoami',
      expiresInDays: 7,
    });
    const me = await new HttpApi(registry.serviceUrl, issued.body.token).get<{
      principal: { id: string; roles: { role: string; domain?: string }[] };
      domains: string[];
      tokenExpiresAt: string;
    }>('/v1/me');
    expect(me.status).toBe(200);
    const domain = member.roles[0].domain;
    expect(me.body).toEqual({
      principal: expect.objectContaining({ id: member.id, roles: [{ role: 'domain-member', domain }] }),
      domains: [domain],
      tokenExpiresAt: issued.body.expiresAt,
    });
    expect((await new HttpApi(registry.serviceUrl).get('/v1/me')).status).toBe(401);
  });

  it('shows a token once and stores only its SHA-256', async () => {
    const created = await admin.post<CreatedTokenReply>(`/v1/principals/${member.id}/tokens`, { name: 'ci' });
    expect(created.status).toBe(201);
    const { id, token, expiresAt } = created.body;
    expect(token).toMatch(/^mesh_[A-Za-z0-9_-]{43}$/);

    const rows = await registry.sql<TokenRow>('SELECT * FROM api_tokens WHERE id = $1', [id]);
    expect(rows).toHaveLength(1);
    expect(rows[0].hash).toBe(hashToken(token));
    const everything = await registry.sql<{ text: string }>(
      `SELECT (SELECT string_agg(t::text, '') FROM api_tokens t) || (SELECT string_agg(a::text, '') FROM audit_log a) AS text`,
    );
    expect(everything[0].text).not.toContain(token);
    expect(everything[0].text).not.toContain(token.slice('mesh_'.length));
    // The audit log describes tokens without their hashes either.
    const audited = await registry.sql<{ entry: string }>(
      `SELECT a::text AS entry FROM audit_log a WHERE subject = $1`,
      [`urn:mesh:token:${id}`],
    );
    expect(audited).toHaveLength(1);
    expect(audited[0].entry).not.toContain(hashToken(token));

    // 90 days unless asked otherwise.
    const days = (Date.parse(expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(89.9);
    expect(days).toBeLessThanOrEqual(90);
    const listed = await admin.get<TokenReply[]>(`/v1/principals/${member.id}/tokens`);
    expect(listed.body.find((entry) => entry.id === id)).toEqual({
      id,
      principalId: member.id,
      name: 'ci',
      createdAt: expect.any(String),
      expiresAt,
      revokedAt: null,
      lastUsedAt: null,
    });
    expect(JSON.stringify(listed.body)).not.toContain(token);
  });

  it('validates token requests: at most 365 days, no unknown fields', async () => {
    const reply = await admin.post<ErrorReply>(`/v1/principals/${member.id}/tokens`, {
      name: '',
      expiresInDays: 366,
      scope: 'all',
    });
    expect(reply.status).toBe(400);
    expect(reply.body.error.details?.map((detail) => detail.pointer)).toEqual(['/name', '/expiresInDays', '/scope']);
    expect(reply.body.error.message).toContain("'scope'");
    const unknown = await admin.post<ErrorReply>(`/v1/principals/${crypto.randomUUID()}/tokens`, { name: 'x' });
    expect(unknown.status).toBe(404);
    expect((await admin.post<ErrorReply>('/v1/principals/not-a-uuid/tokens', { name: 'x' })).status).toBe(400);
  });

  it('records when a token was last used', async () => {
    const actor = await createActor(admin, [{ role: 'consumer' }]);
    expect((await actor.api.get('/v1/domains')).status).toBe(200);
    const tokens = await actor.api.get<TokenReply[]>(`/v1/principals/${actor.id}/tokens`);
    expect(tokens.body[0].lastUsedAt).not.toBeNull();
  });

  it('refuses an expired token', async () => {
    const actor = await createActor(admin, [{ role: 'consumer' }]);
    expect((await actor.api.get('/v1/domains')).status).toBe(200);
    await registry.sql(`UPDATE api_tokens SET expires_at = now() - interval '1 second' WHERE id = $1`, [actor.tokenId]);
    expect((await actor.api.get('/v1/domains')).status).toBe(401);
  });

  it('refuses a revoked token at once', async () => {
    const actor = await createActor(admin, [{ role: 'consumer' }]);
    expect((await actor.api.get('/v1/domains')).status).toBe(200);
    expect((await actor.api.delete(`/v1/tokens/${actor.tokenId}`)).status).toBe(204);
    expect((await actor.api.get('/v1/domains')).status).toBe(401);
    // Revoking again changes nothing, and is not audited twice.
    expect((await admin.delete(`/v1/tokens/${actor.tokenId}`)).status).toBe(204);
    const revocations = await registry.sql(`SELECT 1 FROM audit_log WHERE action = 'token.revoked' AND subject = $1`, [
      `urn:mesh:token:${actor.tokenId}`,
    ]);
    expect(revocations).toHaveLength(1);
    expect((await admin.delete(`/v1/tokens/${crypto.randomUUID()}`)).status).toBe(404);
  });

  describe('introspection', () => {
    const introspect = (api: HttpApi, token: string) =>
      api.post<{ active: boolean; principal?: PrincipalReply; expiresAt?: string }>('/v1/auth/introspect', { token });

    it('tells a service whose an active token is, and nothing about an inactive one', async () => {
      const active = await introspect(service.api, member.token);
      expect(active.status).toBe(200);
      expect(active.body).toEqual({
        active: true,
        principal: { id: member.id, name: member.name, kind: 'user', roles: member.roles },
        expiresAt: expect.any(String),
      });
      for (const token of [generateToken(), 'garbage']) {
        expect((await introspect(service.api, token)).body).toEqual({ active: false });
      }
      const revoked = await createActor(admin, [{ role: 'consumer' }]);
      await admin.delete(`/v1/tokens/${revoked.tokenId}`);
      expect((await introspect(service.api, revoked.token)).body).toEqual({ active: false });
    });

    it('answers platform admins, but neither user tokens nor the service principals of a domain', async () => {
      expect((await introspect(admin, member.token)).body.active).toBe(true);
      const pipeline = await createActor(admin, member.roles, 'service');
      for (const caller of [member, pipeline]) {
        const refused = await introspect(caller.api, service.token);
        expect(refused.status).toBe(403);
        expect((refused.body as unknown as ErrorReply).error.message).toBe(
          'missing right: platform-service or platform-admin',
        );
      }
    });

    it('backs the IntrospectionAuthenticator of the other services', async () => {
      const authenticator = new IntrospectionAuthenticator(registry.serviceUrl, service.token);
      await expect(authenticator.authenticate(member.token)).resolves.toEqual({
        id: member.id,
        name: member.name,
        kind: 'user',
        roles: member.roles,
      });
      await expect(authenticator.authenticate(generateToken())).resolves.toBeNull();
    });
  });

  describe('the bootstrap admin', () => {
    const bootstrapTokens = () =>
      registry.sql<TokenRow>(`SELECT * FROM api_tokens WHERE bootstrap ORDER BY created_at`);

    it('refuses to start with a malformed MESH_ADMIN_TOKEN', async () => {
      await expect(registry.restart({ MESH_ADMIN_TOKEN: uniqueName('not-a-token') })).rejects.toThrow(
        /MESH_ADMIN_TOKEN: expected mesh_/,
      );
      await registry.restart();
    });

    // Last, as it leaves the file's admin token revoked.
    it('keeps one token across restarts, and revokes it for good when MESH_ADMIN_TOKEN changes', async () => {
      await registry.restart();
      expect((await bootstrapTokens()).filter((row) => row.revoked_at === null)).toHaveLength(1);
      expect((await admin.get('/v1/domains')).status).toBe(200);

      const next = generateToken();
      await registry.restart({ MESH_ADMIN_TOKEN: next });
      expect((await admin.get('/v1/domains')).status).toBe(401);
      expect((await admin.as(next).get('/v1/domains')).status).toBe(200);
      const active = (await bootstrapTokens()).filter((row) => row.revoked_at === null);
      expect(active.map((row) => row.hash)).toEqual([hashToken(next)]);
      expect(await registry.sql(`SELECT 1 FROM principals WHERE name = 'platform-admin'`)).toHaveLength(1);

      // A revoked token stays revoked, even when MESH_ADMIN_TOKEN goes back to it.
      await registry.restart();
      expect((await admin.get('/v1/domains')).status).toBe(401);
    });
  });
});
