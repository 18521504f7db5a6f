import { ADMIN_TOKEN, freePort, type RegistryUnderTest } from './registry-under-test';
import { ownSchema } from './own-schema';
import { startService, type RunningService } from './service-process';
import { uniqueName } from './unique';

/** The governance service run from source as its own process, next to a registry under test. */
export interface GovernanceUnderTest {
  serviceUrl: string;
  service: RunningService;
  /** Runs SQL in governance's database schema. */
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Stops the process and drops its database schema. */
  remove(): Promise<void>;
}

/**
 * Starts governance on a Postgres schema of its own in mesh_governance, on the registry's topics (so it gates that
 * registry's proposals), introspecting tokens with a service principal it creates in that registry.
 */
export async function startGovernance(
  label: string,
  registry: RegistryUnderTest,
  env: Record<string, string> = {},
): Promise<GovernanceUnderTest> {
  const serviceToken = await createServiceToken(registry.serviceUrl);
  const database = await ownSchema('mesh_governance', `governance_${label}`);
  const service = await startService('governance', {
    port: await freePort(),
    env: {
      DATABASE_URL: database.url,
      REGISTRY_URL: registry.serviceUrl,
      REGISTRY_TOKEN: serviceToken,
      MESH_TOPIC_PREFIX: registry.topicPrefix,
      ...env,
    },
  });
  return {
    serviceUrl: service.url,
    service,
    sql: database.sql,
    remove: async () => {
      await service.stop();
      await database.drop();
    },
  };
}

async function createServiceToken(registryUrl: string): Promise<string> {
  const call = async <T>(path: string, body: unknown): Promise<T> => {
    const response = await fetch(`${registryUrl}${path}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (response.status !== 201) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
  const principal = await call<{ id: string }>('/v1/principals', {
    name: uniqueName('governance'),
    kind: 'service',
    roles: [{ role: 'consumer' }],
  });
  return (await call<{ token: string }>(`/v1/principals/${principal.id}/tokens`, { name: 'governance' })).token;
}
