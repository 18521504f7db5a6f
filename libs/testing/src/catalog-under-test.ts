import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, type RegistryUnderTest } from './registry-under-test';
import { ownSchema } from './own-schema';
import { startService, type RunningService } from './service-process';
import { s3Store } from './s3-store';
import { serviceToken } from './service-tokens';

/** The catalog service (Iceberg REST) run from source as its own process, next to a registry under test. */
export interface CatalogUnderTest {
  /** The catalog URI clients are given (PyIceberg's `uri`). */
  url: string;
  /** The warehouse of this catalog: a fresh temporary directory, or the `s3://` prefix `env` gave. */
  warehouse: string;
  /** The catalog's database (its own schema of mesh_catalog), for another process on the same tables. */
  databaseUrl: string;
  /** Runs SQL in the catalog's database schema. */
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** The process's output so far, for failure messages. */
  output(): string;
  /** Stops the process, drops its database schema and deletes its warehouse (its objects, for an S3 one). */
  remove(): Promise<void>;
}

/**
 * Starts the catalog on a Postgres schema of its own in mesh_catalog and a temporary warehouse, checking tokens
 * against `registry` (with its own service principal's token) and on the registry's topic prefix, so
 * that it consumes the access and lifecycle events that registry publishes. `env` overrides any variable.
 */
export async function startCatalog(
  label: string,
  registry: RegistryUnderTest,
  env: Record<string, string> = {},
): Promise<CatalogUnderTest> {
  const database = await ownSchema('mesh_catalog', `catalog_${label}`);
  const warehouse = env.CATALOG_WAREHOUSE ?? (await mkdtemp(join(tmpdir(), `mesh-warehouse-${label}-`)));
  let service: RunningService;
  try {
    service = await startService('catalog', {
      port: await freePort(),
      env: {
        DATABASE_URL: database.url,
        REGISTRY_URL: registry.serviceUrl,
        REGISTRY_TOKEN: await serviceToken(registry.serviceUrl, 'catalog'),
        MESH_TOPIC_PREFIX: registry.topicPrefix,
        CATALOG_WAREHOUSE: warehouse,
        ...env,
      },
    });
  } catch (error) {
    await database.drop();
    throw error;
  }
  return {
    url: service.url,
    warehouse,
    databaseUrl: database.url,
    sql: database.sql,
    output: () => service.output(),
    remove: async () => {
      await service.stop();
      await database.drop();
      if (warehouse.startsWith('s3://')) await s3Store().deleteUnder(warehouse);
      else await rm(warehouse, { recursive: true, force: true });
    },
  };
}
