import { Module } from '@nestjs/common';
import { serviceDatabaseModule } from '@mesh/messaging';
import { FlowEntity, FlowPortEntity } from '../flows/flow.entity';
import { GrantOperationEntity } from '../grants/grant-operation.entity';
import { FlowsAndGrants1764600000000 } from './migrations/1764600000000-flows-and-grants';

/**
 * Provisioning's Postgres: flows, grant operations, and the messaging tables (the outbox its jobs announce
 * through, the events its consumer processed).
 */
@Module({
  imports: [
    serviceDatabaseModule({
      entities: [FlowEntity, FlowPortEntity, GrantOperationEntity],
      migrations: [FlowsAndGrants1764600000000],
    }),
  ],
})
export class DatabaseModule {}
