import { uniqueName } from '@mesh/testing';
import { Type } from 'avsc';
import { call, SCHEMA_REGISTRY_MEDIA_TYPE, startRegistry, type RegistryUnderTest } from './support/registry-under-test';

type Field = { name: string; type: unknown; default?: unknown };
const record = (...fields: Field[]) => ({ type: 'record', name: 'Order', namespace: 'it.shop', fields });
const id: Field = { name: 'id', type: 'string' };
const note: Field = { name: 'note', type: ['null', 'string'], default: null };
const amount: Field = { name: 'amount', type: 'long' };

interface Version {
  subject: string;
  version: number;
  id: number;
  schema: string;
}
interface ConfluentError {
  error_code: number;
  message: string;
}

describe('Schema Registry API', () => {
  let registry: RegistryUnderTest;
  const url = (path: string) => `${registry.schemaRegistryUrl}${path}`;
  const register = (subject: string, schema: object) =>
    call<{ id: number }>('POST', url(`/subjects/${subject}/versions`), { schema: JSON.stringify(schema) });

  beforeAll(async () => {
    registry = await startRegistry('api');
  });

  afterAll(async () => {
    await registry?.remove();
  });

  it('registers a schema, serves it by id and by version, and finds it again', async () => {
    const subject = uniqueName('it-orders-value');
    const v1 = await register(subject, record(id));
    expect(v1).toMatchObject({ status: 200, contentType: expect.stringContaining(SCHEMA_REGISTRY_MEDIA_TYPE) });

    // The same schema laid out differently is the same schema: same id, no new version.
    const again = await call('POST', url(`/subjects/${subject}/versions`), {
      schema: JSON.stringify(record(id), null, 2),
    });
    expect(again.body).toEqual({ id: v1.body.id });

    const byId = await call<{ schema: string }>('GET', url(`/schemas/ids/${v1.body.id}`));
    expect(byId.status).toBe(200);
    expect(JSON.parse(byId.body.schema)).toEqual(record(id));

    const v2 = await register(subject, record(id, note));
    expect(v2.status).toBe(200);
    expect(v2.body.id).not.toBe(v1.body.id);

    expect((await call('GET', url('/subjects'))).body).toEqual(expect.arrayContaining([subject]));
    expect((await call('GET', url(`/subjects/${subject}/versions`))).body).toEqual([1, 2]);
    expect((await call<Version>('GET', url(`/subjects/${subject}/versions/latest`))).body).toEqual({
      subject,
      version: 2,
      id: v2.body.id,
      schema: expect.any(String),
    });
    expect((await call<Version>('GET', url(`/subjects/${subject}/versions/1`))).body).toMatchObject({
      version: 1,
      id: v1.body.id,
    });
    expect((await call('GET', url(`/subjects/${subject}/versions/2/schema`))).body).toEqual(record(id, note));

    const found = await call<Version>('POST', url(`/subjects/${subject}`), { schema: JSON.stringify(record(id)) });
    expect(found).toMatchObject({ status: 200, body: { subject, version: 1, id: v1.body.id } });
    expect((await call('GET', url(`/schemas/ids/${v1.body.id}/versions`))).body).toEqual([{ subject, version: 1 }]);
  });

  it('answers lookups of unknown schemas, subjects, versions and ids with Confluent’s codes', async () => {
    const subject = uniqueName('it-lookup-value');
    await register(subject, record(id));
    const expectError = async (answer: Promise<{ status: number; body: unknown }>, status: number, code: number) =>
      expect(await answer).toMatchObject({ status, body: { error_code: code, message: expect.any(String) } });

    await expectError(
      call('POST', url(`/subjects/${subject}`), { schema: JSON.stringify(record(amount)) }),
      404,
      40403,
    );
    await expectError(call('POST', url(`/subjects/${uniqueName('it-none')}`), { schema: '"string"' }), 404, 40401);
    await expectError(call('GET', url(`/subjects/${uniqueName('it-none')}/versions`)), 404, 40401);
    await expectError(call('GET', url(`/subjects/${subject}/versions/9`)), 404, 40402);
    await expectError(call('GET', url('/schemas/ids/2147483647')), 404, 40403);
  });

  it('gives one schema one id in every subject', async () => {
    const [first, second] = [uniqueName('it-a-value'), uniqueName('it-b-value')];
    const schema = record(id, { name: 'shared', type: 'int', default: 0 });
    const a = await register(first, schema);
    const b = await register(second, schema);
    expect(b.body.id).toBe(a.body.id);
    // Ordered by subject, and "it-a-…" sorts before "it-b-…" in any collation.
    expect((await call('GET', url(`/schemas/ids/${a.body.id}/versions`))).body).toEqual([
      { subject: first, version: 1 },
      { subject: second, version: 1 },
    ]);
  });

  it('checks compatibility, and refuses an incompatible schema under BACKWARD with 409', async () => {
    const subject = uniqueName('it-compat-value');
    await register(subject, record(id));
    const check = (versions: string, schema: object) =>
      call('POST', url(`/compatibility/subjects/${subject}/${versions}`), { schema: JSON.stringify(schema) });

    expect((await check('versions/latest', record(id, note))).body).toEqual({ is_compatible: true });
    // A new required field cannot be read from the data already written.
    const incompatible = await check('versions/1', record(id, amount));
    expect(incompatible.body).toEqual({ is_compatible: false, messages: [expect.stringContaining('amount')] });
    // Without a version: against what a registration would be compared with.
    expect((await check('versions', record(id, amount))).body).toMatchObject({ is_compatible: false });
    expect((await check('versions/7', record(id))).body).toMatchObject({ error_code: 40402 });

    const refused = await register(subject, record(id, amount));
    expect(refused).toMatchObject({
      status: 409,
      body: { error_code: 409, message: expect.stringContaining('BACKWARD') },
    });
    expect((await call('GET', url(`/subjects/${subject}/versions`))).body).toEqual([1]);
  });

  it('refuses invalid Avro with 422 and 42201, naming what the parser said', async () => {
    const invalid = record({ name: 'id', type: 'strnig' });
    let parserMessage = '';
    try {
      Type.forSchema(invalid as Parameters<typeof Type.forSchema>[0]);
    } catch (error) {
      parserMessage = (error as Error).message;
    }
    const answer = await register(uniqueName('it-invalid-value'), invalid);
    expect(answer.status).toBe(422);
    expect(answer.body).toEqual({ error_code: 42201, message: expect.stringContaining(parserMessage) });

    const notJson = await call<ConfluentError>('POST', url(`/subjects/${uniqueName('it-invalid-value')}/versions`), {
      schema: '{"type":',
    });
    expect(notJson).toMatchObject({
      status: 422,
      body: { error_code: 42201, message: expect.stringContaining('not JSON') },
    });
  });

  it('keeps a global compatibility level and per-subject ones', async () => {
    const subject = uniqueName('it-config-value');
    expect((await call('GET', url('/config'))).body).toEqual({ compatibilityLevel: 'BACKWARD' });
    expect((await call('GET', url(`/config/${subject}`))).body).toMatchObject({ error_code: 40408 });
    expect((await call('GET', url(`/config/${subject}?defaultToGlobal=true`))).body).toEqual({
      compatibilityLevel: 'BACKWARD',
    });

    expect((await call('PUT', url('/config'), { compatibility: 'FULL' })).body).toEqual({ compatibility: 'FULL' });
    expect((await call('GET', url('/config'))).body).toEqual({ compatibilityLevel: 'FULL' });
    expect((await call('PUT', url(`/config/${subject}`), { compatibility: 'NONE' })).body).toEqual({
      compatibility: 'NONE',
    });
    expect((await call('GET', url(`/config/${subject}`))).body).toEqual({ compatibilityLevel: 'NONE' });

    // The subject's own level wins over the global one: under NONE anything follows anything.
    await register(subject, record(id));
    expect((await register(subject, record(amount))).status).toBe(200);

    const invalid = await call('PUT', url('/config'), { compatibility: 'SOMETIMES' });
    expect(invalid).toMatchObject({ status: 422, body: { error_code: 42203 } });
    // Back to the default for the tests that follow.
    await call('PUT', url('/config'), { compatibility: 'BACKWARD' });
  });

  it.each([SCHEMA_REGISTRY_MEDIA_TYPE, 'application/vnd.schemaregistry+json', 'application/json'])(
    'accepts bodies sent as %s and answers with the v1 media type',
    async (contentType) => {
      const answer = await call(
        'POST',
        url(`/subjects/${uniqueName('it-media-value')}/versions`),
        { schema: '"string"' },
        contentType,
      );
      expect(answer).toMatchObject({ status: 200, contentType: expect.stringContaining(SCHEMA_REGISTRY_MEDIA_TYPE) });
    },
  );

  it('answers malformed requests with a 4xx that names the problem', async () => {
    const subject = uniqueName('it-malformed-value');
    const cases: [Promise<{ status: number; body: unknown }>, number, string][] = [
      [call('POST', url(`/subjects/${subject}/versions`), {}), 400, '/schema'],
      [call('POST', url(`/subjects/${subject}/versions`), { schema: 42 }), 400, '/schema'],
      [
        call('POST', url(`/subjects/${subject}/versions`), { schema: '"string"', schemaType: 'PROTOBUF' }),
        422,
        'schemaType',
      ],
      [call('GET', url(`/subjects/${subject}/versions/first`)), 422, 'version'],
      [call('GET', url('/schemas/ids/abc')), 400, 'schema id'],
      [call('PUT', url(`/config/${subject}`), { level: 'FULL' }), 400, '/compatibility'],
      [call('GET', url(`/config/${subject}?defaultToGlobal=maybe`)), 400, 'defaultToGlobal'],
    ];
    for (const [answer, status, named] of cases) {
      expect(await answer).toMatchObject({ status, body: { message: expect.stringContaining(named) } });
    }
  });

  it('documents its routes in the OpenAPI document', async () => {
    const document = await call<{ paths: Record<string, Record<string, { tags?: string[] }>> }>(
      'GET',
      `${registry.serviceUrl}/openapi.json`,
    );
    expect(Object.keys(document.body.paths)).toEqual(
      expect.arrayContaining([
        '/schema-registry/subjects/{subject}/versions',
        '/schema-registry/schemas/ids/{id}',
        '/schema-registry/compatibility/subjects/{subject}/versions/{version}',
        '/schema-registry/config/{subject}',
      ]),
    );
    expect(document.body.paths['/schema-registry/subjects/{subject}/versions'].post.tags).toEqual(['schema-registry']);
  });
});
