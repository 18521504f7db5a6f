import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBesideRegistry, type ServiceBesideRegistry } from './beside-registry';
import type { RegistryUnderTest } from './registry-under-test';

/**
 * The catalog service (Iceberg REST) run from source as its own process, next to a registry under test; `remove`
 * also deletes its warehouse.
 */
export interface CatalogUnderTest extends Pick<ServiceBesideRegistry, 'service' | 'sql' | 'remove'> {
  /** The catalog URI clients are given (PyIceberg's `uri`). */
  url: string;
  /** The warehouse directory of this catalog: a fresh temporary directory. */
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
  const warehouse = await mkdtemp(join(tmpdir(), `mesh-warehouse-${label}-`));
  const catalog = await startBesideRegistry('catalog', label, registry, { CATALOG_WAREHOUSE: warehouse, ...env });
  return {
    url: catalog.service.url,
    warehouse,
    sql: catalog.sql,
    output: () => catalog.service.output(),
    service: catalog.service,
    remove: async () => {
      await catalog.remove();
      await rm(warehouse, { recursive: true, force: true });
    },
  };
}
