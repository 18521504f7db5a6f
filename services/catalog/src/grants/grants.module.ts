import { Module } from '@nestjs/common';
import { GrantEventsHandlers } from './grant-events.handlers';
import { GrantsController } from './grants.controller';
import { GrantsRepository } from './grants.repository';

@Module({
  controllers: [GrantsController],
  providers: [GrantsRepository, GrantEventsHandlers],
})
export class GrantsModule {}
