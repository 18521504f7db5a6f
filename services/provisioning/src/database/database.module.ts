import { Module } from '@nestjs/common';
import { serviceDatabaseModule, type ServiceDatabaseOptions } from '@mesh/messaging';
import { FlowEntity, FlowPortEntity } from '../flows/flow.entity';
import { GrantOperationEntity } from '../grants/grant-operation.entity';
import { FlowsAndGrants1764600000000 } from './migrations/1764600000000-flows-and-grants';
import { FlowJobIds1765200000000 } from './migrations/1765200000000-flow-job-ids';

/**
 * Provisioning's Postgres: flows, grant operations, the descriptors kept from proposals (a flow starts from them
 * without asking the registry), and the messaging tables (the outbox its jobs announce through, the events its
 * consumer processed).
 */
export const DATABASE: ServiceDatabaseOptions = {
  entities: [FlowEntity, FlowPortEntity, GrantOperationEntity],
  migrations: [FlowsAndGrants1764600000000, FlowJobIds1765200000000],
  versionCopies: true,
};

@Module({ imports: [serviceDatabaseModule(DATABASE)] })
export class DatabaseModule {}
