import { Module } from '@nestjs/common';
import { GrantEventsHandlers } from './grant-events.handlers';
import { GrantsController } from './grants.controller';
import { GrantsRepository } from './grants.repository';

@Module({
  controllers: [GrantsController, GrantEventsHandlers],
  providers: [GrantsRepository],
})
export class GrantsModule {}
