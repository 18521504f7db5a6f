import { Module } from '@nestjs/common';
import { AuthModule } from '@mesh/platform';
import { AdminModule } from './admin/admin.module';
import { DatabaseModule } from './database/database.module';
import { IndexingModule } from './indexing/indexing.module';
import { SearchMessagingModule } from './indexing/search-messaging.module';
import { SearchModule } from './search/search.module';

@Module({
  imports: [
    DatabaseModule,
    AuthModule.throughRegistry(),
    SearchMessagingModule,
    IndexingModule,
    SearchModule,
    AdminModule,
  ],
})
export class AppModule {}
