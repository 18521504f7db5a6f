import { readFileSync } from 'node:fs';
import { ADMIN_TOKEN, startRegistry, uniqueName, type RegistryUnderTest } from '@mesh/testing';
import { clientApi, parseOpenApi, renderOpenApi } from '../codegen/client-api';
import { GENERATE_COMMAND, OPENAPI_FILE } from '../codegen/paths';
import { createRegistryClient, dataOrNull, requireData, type RegistryClient } from '../src';

/** The command that refreshes the committed document and the types from a registry of this work tree. */
const REFRESH = `${GENERATE_COMMAND} -- --from-url http://127.0.0.1:3001/openapi.json`;

describe('the registry client against a registry built from this work tree', () => {
  let registry: RegistryUnderTest;
  let client: RegistryClient;

  beforeAll(async () => {
    registry = await startRegistry('registry_client');
    client = createRegistryClient({ baseUrl: registry.serviceUrl, token: ADMIN_TOKEN });
  }, 120_000);

  afterAll(async () => {
    await registry?.remove();
  });

  it('was generated from the OpenAPI document the registry serves', async () => {
    const response = await fetch(`${registry.serviceUrl}/openapi.json`);
    expect(response.status).toBe(200);
    const served = renderOpenApi(clientApi(parseOpenApi(await response.text(), '/openapi.json')));
    const committed = readFileSync(OPENAPI_FILE, 'utf8');
    if (served !== committed) {
      const line = served.split('\n').findIndex((text, index) => text !== committed.split('\n')[index]) + 1;
      throw new Error(
        `libs/registry-client/openapi/registry.json differs from the registry's /openapi.json (first at line ${line}). ` +
          `With a registry of this work tree listening on 127.0.0.1:3001, run: ${REFRESH}`,
      );
    }
  });

  it('creates a domain and reads it back through the typed client', async () => {
    const name = uniqueName('client');
    const created = await requireData(
      client.POST('/v1/domains', { body: { name, title: 'Client test', owningTeam: 'team-client' } }),
    );
    expect(created).toMatchObject({ name, title: 'Client test', owningTeam: 'team-client', description: null });

    const read = await dataOrNull(client.GET('/v1/domains/{domain}', { params: { path: { domain: name } } }));
    expect(read).toEqual(created);
    expect(
      await dataOrNull(client.GET('/v1/domains/{domain}', { params: { path: { domain: `${name}-missing` } } })),
    ).toBeNull();
  });

  it('throws what the registry refuses, with its status and code', async () => {
    const anonymous = createRegistryClient({ baseUrl: registry.serviceUrl });
    await expect(requireData(anonymous.GET('/v1/domains'))).rejects.toMatchObject({
      name: 'RegistryUnavailableError',
      status: 401,
    });
  });
});
