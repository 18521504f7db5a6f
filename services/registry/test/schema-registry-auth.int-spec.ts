import { HttpApi, uniqueName } from '@mesh/testing';
import { createActor, createDomain, type Actor } from './support/registry-api';
import { ADMIN_TOKEN, call, startRegistry, type RegistryUnderTest } from './support/registry-under-test';

const schema = (field: string) =>
  JSON.stringify({ type: 'record', name: 'Reading', fields: [{ name: field, type: 'string' }] });
const basic = (token: string) => `Basic ${Buffer.from(`any-user:${token}`).toString('base64')}`;
const bearer = (token: string) => `Bearer ${token}`;

describe('Schema Registry API access', () => {
  let registry: RegistryUnderTest;
  let user: Actor;
  let service: Actor;
  const url = (path: string) => `${registry.schemaRegistryUrl}${path}`;
  const register = (subject: string, text: string, authorization: string | null) =>
    call<{ id?: number; error_code?: number; message?: string }>(
      'POST',
      url(`/subjects/${subject}/versions`),
      { schema: text },
      undefined,
      authorization,
    );

  beforeAll(async () => {
    registry = await startRegistry('sr-auth');
    const admin = new HttpApi(registry.serviceUrl, ADMIN_TOKEN);
    const domain = await createDomain(admin, 'events');
    user = await createActor(admin, [{ role: 'domain-owner', domain: domain.name }]);
    service = await createActor(admin, [{ role: 'platform-service' }], 'service');
  });

  afterAll(async () => {
    await registry?.remove();
  });

  it('serves reads, lookups and compatibility checks to anyone', async () => {
    const subject = uniqueName('it-open-value');
    const { body } = await register(subject, schema('id'), bearer(ADMIN_TOKEN));
    for (const answer of [
      await call('GET', url('/subjects'), undefined, undefined, null),
      await call('GET', url(`/subjects/${subject}/versions/latest`), undefined, undefined, null),
      await call('GET', url(`/schemas/ids/${body.id}`), undefined, undefined, null),
      await call('GET', url('/config'), undefined, undefined, null),
      await call('POST', url(`/subjects/${subject}`), { schema: schema('id') }, undefined, null),
      await call(
        'POST',
        url(`/compatibility/subjects/${subject}/versions/latest`),
        { schema: schema('x') },
        undefined,
        null,
      ),
    ]) {
      expect(answer.status).toBe(200);
    }
  });

  it('needs a platform service or platform admin for a new schema version, by Bearer or Basic', async () => {
    const subject = uniqueName('it-guarded-value');
    const anonymous = await register(subject, schema('id'), null);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body).toEqual({ error_code: 401, message: expect.stringContaining('needs a token') });
    expect((await register(subject, schema('id'), basic('mesh_not-a-real-token'))).status).toBe(401);

    const byUser = await register(subject, schema('id'), bearer(user.token));
    expect(byUser).toMatchObject({
      status: 403,
      body: { error_code: 403, message: 'missing right: platform-service or platform-admin' },
    });

    const byService = await register(subject, schema('id'), basic(service.token));
    expect(byService.status).toBe(200);
    expect((await register(uniqueName('it-admin-value'), schema('id'), basic(ADMIN_TOKEN))).status).toBe(200);
    expect((await call('GET', url(`/subjects/${subject}/versions`), undefined, undefined, null)).body).toEqual([1]);
  });

  it('lets anyone repeat the registration of a schema the subject has, which changes nothing', async () => {
    const subject = uniqueName('it-repeat-value');
    const first = await register(subject, schema('id'), bearer(service.token));
    for (const authorization of [null, bearer(user.token)]) {
      expect(await register(subject, JSON.stringify(JSON.parse(schema('id')), null, 2), authorization)).toMatchObject({
        status: 200,
        body: { id: first.body.id },
      });
    }
    // A different schema is a new version: the anonymous caller is refused and nothing is stored.
    expect((await register(subject, schema('other'), null)).status).toBe(401);
    expect((await call('GET', url(`/subjects/${subject}/versions`), undefined, undefined, null)).body).toEqual([1]);
  });

  it('needs a platform service or platform admin to change compatibility levels', async () => {
    const subject = uniqueName('it-config-value');
    const put = (authorization: string | null) =>
      call('PUT', url(`/config/${subject}`), { compatibility: 'NONE' }, undefined, authorization);
    expect((await put(null)).status).toBe(401);
    expect((await put(bearer(user.token))).status).toBe(403);
    expect((await put(basic(service.token))).status).toBe(200);
  });
});
