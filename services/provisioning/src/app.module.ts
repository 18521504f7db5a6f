import { Module } from '@nestjs/common';
import { AuthModule } from '@mesh/platform';
import { DatabaseModule } from './database/database.module';
import { ProvisioningMessagingModule } from './events/provisioning-messaging.module';
import { ProvisioningModule } from './provisioning.module';
import { QueueBoard } from './queue/queue-board';

@Module({
  imports: [DatabaseModule, AuthModule.throughRegistry(), ProvisioningMessagingModule, ProvisioningModule],
  // The board needs the authenticator, which AuthModule exports to this module.
  providers: [QueueBoard],
})
export class AppModule {}
