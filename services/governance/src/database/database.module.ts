import { serviceDatabaseModule, type ServiceDatabaseOptions } from '@mesh/messaging';
import { GovernanceTables1764600000000 } from './migrations/1764600000000-governance-tables';

/**
 * The governance database. Repositories speak SQL (batched writes matter for re-evaluating every product), so the
 * only entities are the messaging library's.
 */
export const DATABASE: ServiceDatabaseOptions = { migrations: [GovernanceTables1764600000000] };

export const DatabaseModule = serviceDatabaseModule(DATABASE);
