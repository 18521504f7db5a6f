import { ProductReaders1766100000000, serviceDatabaseModule, type ServiceDatabaseOptions } from '@mesh/messaging';
import { LineageTables1764700000000 } from './migrations/1764700000000-lineage-tables';
import { JobVersions1764800000000 } from './migrations/1764800000000-job-versions';

/**
 * The lineage database. Repositories write whole events and batches in single SQL statements, so the only entities
 * are the messaging library's (and ProductReaders' tables tell who may read restricted products); concurrent ingestion clients need a larger pool than the default.
 */
export const DATABASE: ServiceDatabaseOptions = {
  migrations: [LineageTables1764700000000, JobVersions1764800000000, ProductReaders1766100000000],
  poolSize: 20,
  // The descriptors of proposals: publications and proposals of later versions are read against them.
  versionCopies: true,
};

export const DatabaseModule = serviceDatabaseModule(DATABASE);
