import { Module } from '@nestjs/common';
import { AuthModule } from '@mesh/platform';
import { DatabaseModule } from './database/database.module';
import { LineageModule } from './lineage.module';
import { LineageMessagingModule } from './products/lineage-messaging.module';

@Module({
  imports: [DatabaseModule, AuthModule.throughRegistry(), LineageMessagingModule, LineageModule],
})
export class AppModule {}
