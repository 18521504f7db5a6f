import { serviceDatabaseModule, type ServiceDatabaseOptions } from '@mesh/messaging';
import { AccessNotifications1766600000000 } from './migrations/1766600000000-access-notifications';
import { CatalogTables1764800000000 } from './migrations/1764800000000-catalog-tables';

/**
 * The catalog's Postgres. Repositories speak SQL, so the only entities are the messaging lib's. Commits hold a
 * connection only for the pointer swap, but concurrent clients need several.
 */
export const DATABASE: ServiceDatabaseOptions = {
  migrations: [CatalogTables1764800000000, AccessNotifications1766600000000],
  poolSize: 20,
};

export const DatabaseModule = serviceDatabaseModule(DATABASE);
