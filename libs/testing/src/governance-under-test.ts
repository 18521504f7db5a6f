import { freePort, type RegistryUnderTest } from './registry-under-test';
import { ownSchema } from './own-schema';
import { startService, type RunningService } from './service-process';
import { serviceToken } from './service-tokens';

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
 * registry's proposals), with its own service principal in that registry.
 */
export async function startGovernance(
  label: string,
  registry: RegistryUnderTest,
  env: Record<string, string> = {},
): Promise<GovernanceUnderTest> {
  const database = await ownSchema('mesh_governance', `governance_${label}`);
  const service = await startService('governance', {
    port: await freePort(),
    env: {
      DATABASE_URL: database.url,
      REGISTRY_URL: registry.serviceUrl,
      REGISTRY_TOKEN: await serviceToken(registry.serviceUrl, 'governance'),
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
