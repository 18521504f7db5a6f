import { Module } from '@nestjs/common';
import { AuthModule } from '@mesh/platform';
import { DatabaseModule } from './database/database.module';
import { GovernanceModule } from './governance.module';
import { GovernanceMessagingModule } from './gate/governance-messaging.module';

@Module({
  imports: [DatabaseModule, AuthModule.throughRegistry(), GovernanceMessagingModule, GovernanceModule],
})
export class AppModule {}
