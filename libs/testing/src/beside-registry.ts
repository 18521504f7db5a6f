import type { PlatformService } from '@mesh/platform';
import { ownSchema, type OwnSchema } from './own-schema';
import { freePort } from './free-port';
import type { RegistryUnderTest } from './registry-under-test';
import { startService, type RunningService } from './service-process';
import { serviceToken } from './service-tokens';

/** A platform service under test on a Postgres schema of its own. */
export interface ServiceBesideRegistry {
  service: RunningService;
  /** The service's database (its own schema of `mesh_<service>`), for another process on the same tables. */
  databaseUrl: string;
  /** Runs SQL in the service's schema, to look at what its API cannot show. */
  sql: OwnSchema['sql'];
  /** Stops the process and drops its schema. */
  remove(): Promise<void>;
}

/**
 * Runs a platform service from source as the registry under test's neighbour, as `./platform start` runs it: on a
 * Postgres schema of its own in `mesh_<service>`, on the registry's topics (so that it consumes that registry's
 * events), checking tokens against it with its own service principal's token. `env` adds to or overrides any of
 * that. A service that does not start leaves no schema behind.
 */
export async function startBesideRegistry(
  name: PlatformService,
  label: string,
  registry: RegistryUnderTest,
  env: Record<string, string> = {},
): Promise<ServiceBesideRegistry> {
  const database = await ownSchema(`mesh_${name}`, `${name}_${label}`);
  try {
    const service = await startService(name, {
      port: await freePort(),
      env: {
        DATABASE_URL: database.url,
        REGISTRY_URL: registry.serviceUrl,
        REGISTRY_TOKEN: await serviceToken(registry.serviceUrl, name),
        MESH_TOPIC_PREFIX: registry.topicPrefix,
        ...env,
      },
    });
    return {
      service,
      databaseUrl: database.url,
      sql: database.sql,
      remove: async () => {
        await service.stop();
        await database.drop();
      },
    };
  } catch (error) {
    await database.drop();
    throw error;
  }
}
