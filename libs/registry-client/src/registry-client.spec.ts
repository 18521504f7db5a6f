import { createRegistryClient } from './registry-client';
import { dataOrNull, RegistryUnavailableError, requireData } from './registry-errors';

const DOMAIN = {
  name: 'sales',
  title: 'Sales',
  description: null,
  owningTeam: 'team-sales',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

/** A fetch that records each request and answers with `reply`, from a fixed URL (Response.url is read-only). */
function fakeFetch(reply: () => Response | Promise<Response>) {
  const requests: Request[] = [];
  const fetch = async (request: Request) => {
    requests.push(request);
    const response = await reply();
    Object.defineProperty(response, 'url', { value: request.url });
    return response;
  };
  return { requests, fetch };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('createRegistryClient', () => {
  it('sends the bearer token and takes the base URL with or without a trailing slash', async () => {
    const { requests, fetch } = fakeFetch(() => json(200, DOMAIN));
    const client = createRegistryClient({ baseUrl: 'http://registry.test/', token: 'mesh_secret', fetch });
    const domain = await requireData(client.GET('/v1/domains/{domain}', { params: { path: { domain: 'sales' } } }));
    expect(domain.owningTeam).toBe('team-sales');
    expect(requests[0].url).toBe('http://registry.test/v1/domains/sales');
    expect(requests[0].headers.get('authorization')).toBe('Bearer mesh_secret');
  });

  it('sends no Authorization header without a token', async () => {
    const { requests, fetch } = fakeFetch(() => json(200, DOMAIN));
    const client = createRegistryClient({ baseUrl: 'http://registry.test', fetch });
    await client.GET('/v1/domains/{domain}', { params: { path: { domain: 'sales' } } });
    expect(requests[0].headers.has('authorization')).toBe(false);
  });

  it('gives up after timeoutMs with a RegistryUnavailableError without status', async () => {
    const fetch = (request: Request) =>
      new Promise<Response>((_resolve, reject) =>
        request.signal.addEventListener('abort', () => reject(request.signal.reason)),
      );
    const client = createRegistryClient({ baseUrl: 'http://registry.test', timeoutMs: 50, fetch });
    const call = client.GET('/v1/domains/{domain}', { params: { path: { domain: 'sales' } } });
    await expect(call).rejects.toThrow(RegistryUnavailableError);
    await expect(call).rejects.toMatchObject({ status: null, message: expect.stringContaining('timeout') });
  });

  it('turns a refused connection into a RegistryUnavailableError naming the registry', async () => {
    const client = createRegistryClient({
      baseUrl: 'http://registry.test',
      fetch: () => Promise.reject(new TypeError('fetch failed')),
    });
    await expect(dataOrNull(client.GET('/v1/domains'))).rejects.toMatchObject({
      name: 'RegistryUnavailableError',
      status: null,
      message: 'registry unreachable at http://registry.test (GET /v1/domains): fetch failed',
    });
  });
});

describe('dataOrNull and requireData', () => {
  const notFound = { error: { status: 404, code: 'not_found', message: "no domain 'sales'" } };

  it('give the data of a success', async () => {
    const client = createRegistryClient({
      baseUrl: 'http://registry.test',
      fetch: fakeFetch(() => json(200, DOMAIN)).fetch,
    });
    const path = { params: { path: { domain: 'sales' } } };
    expect(await dataOrNull(client.GET('/v1/domains/{domain}', path))).toEqual(DOMAIN);
    expect(await requireData(client.GET('/v1/domains/{domain}', path))).toEqual(DOMAIN);
  });

  it('answer a 404 with null, or throw it with its status and code', async () => {
    const client = createRegistryClient({
      baseUrl: 'http://registry.test',
      fetch: fakeFetch(() => json(404, notFound)).fetch,
    });
    const path = { params: { path: { domain: 'sales' } } };
    expect(await dataOrNull(client.GET('/v1/domains/{domain}', path))).toBeNull();
    await expect(requireData(client.GET('/v1/domains/{domain}', path))).rejects.toMatchObject({
      status: 404,
      code: 'not_found',
      message: "registry answered 404 to /v1/domains/sales: no domain 'sales'",
    });
  });

  it('throw any other error answer, with the path but not the query', async () => {
    const client = createRegistryClient({
      baseUrl: 'http://registry.test',
      fetch: fakeFetch(() => new Response('overloaded', { status: 503 })).fetch,
    });
    await expect(
      dataOrNull(client.GET('/v1/products', { params: { query: { cursor: 'abc' } } })),
    ).rejects.toMatchObject({
      name: 'RegistryUnavailableError',
      status: 503,
      code: null,
      message: 'registry answered 503 to /v1/products: overloaded',
    });
  });
});
