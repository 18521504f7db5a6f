import { serviceDatabaseModule, type ServiceDatabaseOptions } from '@mesh/messaging';
import { SearchState1764700000000 } from './migrations/1764700000000-search-state';

/**
 * The search service's Postgres: the processed events, the signals and pending products of the indexer, used
 * through SQL in repositories, and the descriptors the proposals carried.
 */
export const DATABASE: ServiceDatabaseOptions = { migrations: [SearchState1764700000000], versionCopies: true };

export const DatabaseModule = serviceDatabaseModule(DATABASE);
