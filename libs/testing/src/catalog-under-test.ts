import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBesideRegistry, type ServiceBesideRegistry } from './beside-registry';
import type { RegistryUnderTest } from './registry-under-test';
import { s3Store } from './s3-store';

/**
 * The catalog service (Iceberg REST) run from source as its own process, next to a registry under test; `remove`
 * also deletes its warehouse (its objects, for an S3 one).
 */
export interface CatalogUnderTest extends Pick<ServiceBesideRegistry, 'service' | 'sql' | 'remove' | 'databaseUrl'> {
  /** The catalog URI clients are given (PyIceberg's `uri`). */
  url: string;
  /** The warehouse of this catalog: a fresh temporary directory, or the `s3://` prefix `env` gave. */
  warehouse: string;
  /** The process's output so far, for failure messages. */
  output(): string;
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
  const warehouse = env.CATALOG_WAREHOUSE ?? (await mkdtemp(join(tmpdir(), `mesh-warehouse-${label}-`)));
  const catalog = await startBesideRegistry('catalog', label, registry, { CATALOG_WAREHOUSE: warehouse, ...env });
  return {
    url: catalog.service.url,
    warehouse,
    databaseUrl: catalog.databaseUrl,
    sql: catalog.sql,
    output: () => catalog.service.output(),
    service: catalog.service,
    remove: async () => {
      await catalog.remove();
      if (warehouse.startsWith('s3://')) await s3Store().deleteUnder(warehouse);
      else await rm(warehouse, { recursive: true, force: true });
    },
  };
}
