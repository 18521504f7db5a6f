import { HttpSchemaRegistry, SchemaRegistryError } from './http-schema-registry';
import { SchemaNotFoundError } from './schema-registry';

type FetchArgs = Parameters<typeof fetch>;

function answer(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

describe('HttpSchemaRegistry', () => {
  let fetchMock: jest.SpiedFunction<typeof fetch>;

  beforeEach(() => {
    fetchMock = jest.spyOn(globalThis, 'fetch');
  });

  afterEach(() => {
    fetchMock.mockRestore();
  });

  const request = (call = 0) => {
    const [url, init] = fetchMock.mock.calls[call] as FetchArgs;
    return { url: String(url), init: init ?? {} };
  };

  it('registers a schema with the Confluent REST call and remembers the id both ways', async () => {
    fetchMock.mockResolvedValue(answer(200, { id: 7 }));
    const registry = new HttpSchemaRegistry('http://127.0.0.1:3001/schema-registry/', { token: 's3cret' });

    expect(await registry.register('mesh.quality.v1-mesh.events.quality.AlertRaised', '{"type":"string"}')).toBe(7);
    expect(await registry.register('mesh.quality.v1-mesh.events.quality.AlertRaised', '{"type":"string"}')).toBe(7);
    expect(await registry.schemaById(7)).toBe('{"type":"string"}');

    expect(fetchMock).toHaveBeenCalledTimes(1);
    const { url, init } = request();
    expect(url).toBe(
      'http://127.0.0.1:3001/schema-registry/subjects/mesh.quality.v1-mesh.events.quality.AlertRaised/versions',
    );
    expect(init.method).toBe('POST');
    expect(JSON.parse(String(init.body))).toEqual({ schema: '{"type":"string"}' });
    expect(init.headers).toMatchObject({
      'Content-Type': 'application/vnd.schemaregistry.v1+json',
      Authorization: 'Bearer s3cret',
    });
  });

  it('fetches a schema by id once', async () => {
    fetchMock.mockResolvedValue(answer(200, { schema: '{"type":"int"}' }));
    const registry = new HttpSchemaRegistry('http://registry');

    expect(await registry.schemaById(3)).toBe('{"type":"int"}');
    expect(await registry.schemaById(3)).toBe('{"type":"int"}');

    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(request().url).toBe('http://registry/schemas/ids/3');
    expect(request().init.headers).not.toHaveProperty('Authorization');
  });

  it('reports an unknown id as SchemaNotFoundError', async () => {
    fetchMock.mockResolvedValue(answer(404, { error_code: 40403, message: 'Schema 9 not found' }));
    await expect(new HttpSchemaRegistry('http://registry').schemaById(9)).rejects.toThrow(SchemaNotFoundError);
  });

  it('does not mistake a 404 without the Confluent error code (a wrong base URL) for an unknown id', async () => {
    fetchMock.mockResolvedValue(new Response('Cannot GET /schemas/ids/9', { status: 404 }));
    const failure = new HttpSchemaRegistry('http://registry').schemaById(9);
    await expect(failure).rejects.toThrow(SchemaRegistryError);
    await expect(failure).rejects.toMatchObject({ status: 404, errorCode: null });
  });

  it('reports error answers with status and Confluent error code, and retries them next time', async () => {
    fetchMock
      .mockResolvedValueOnce(answer(422, { error_code: 42201, message: 'Invalid schema' }))
      .mockResolvedValueOnce(answer(200, { id: 1 }));
    const registry = new HttpSchemaRegistry('http://registry');

    await expect(registry.register('s', 'nonsense')).rejects.toMatchObject({ status: 422, errorCode: 42201 });
    expect(await registry.register('s', 'nonsense')).toBe(1);
  });

  it('reports an unreachable registry', async () => {
    fetchMock.mockRejectedValue(new TypeError('fetch failed'));
    await expect(new HttpSchemaRegistry('http://registry').schemaById(1)).rejects.toMatchObject({
      name: 'SchemaRegistryError',
      status: null,
      message: expect.stringContaining('GET http://registry/schemas/ids/1 failed: fetch failed'),
    });
  });

  it('gives up after the timeout', async () => {
    fetchMock.mockImplementation(
      (_url, init) =>
        new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason))),
    );
    await expect(new HttpSchemaRegistry('http://registry', { timeoutMs: 20 }).schemaById(1)).rejects.toThrow(
      /failed: .*(timeout|aborted)/i,
    );
  });

  it('rejects answers without the expected field', async () => {
    fetchMock.mockResolvedValue(answer(200, { version: 1 }));
    await expect(new HttpSchemaRegistry('http://registry').register('s', '"int"')).rejects.toThrow(/no valid "id"/);
  });
});
