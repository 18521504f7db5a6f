import { ProductReaders1766100000000, serviceDatabaseModule, type ServiceDatabaseOptions } from '@mesh/messaging';
import { QualityTables1764600000000 } from './migrations/1764600000000-quality-tables';
import { ReadApiIndexes1764900000000 } from './migrations/1764900000000-read-api-indexes';

/**
 * The quality database: rules, runs, results, freshness and alerts, written in SQL by the repositories, who may read
 * each product, and the copies of the versions' descriptors and ports as their lifecycle events carried them.
 */
export const DATABASE: ServiceDatabaseOptions = {
  migrations: [QualityTables1764600000000, ReadApiIndexes1764900000000, ProductReaders1766100000000],
  versionCopies: true,
};

export const DatabaseModule = serviceDatabaseModule(DATABASE);
