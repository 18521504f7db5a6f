import { Module } from '@nestjs/common';
import { SignerModule } from '../signer/signer.module';
import { GrantEventsHandlers } from './grant-events.handlers';
import { GrantsController } from './grants.controller';
import { GrantsRepository } from './grants.repository';
import { GrantsService } from './grants.service';

@Module({
  imports: [SignerModule],
  controllers: [GrantsController, GrantEventsHandlers],
  providers: [GrantsRepository, GrantsService],
})
export class GrantsModule {}
