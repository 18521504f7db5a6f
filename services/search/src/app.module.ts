import { Module } from '@nestjs/common';
import { AuthModule, CONFIG, IntrospectionAuthenticator } from '@mesh/platform';
import { AdminModule } from './admin/admin.module';
import type { SearchConfig } from './config';
import { DatabaseModule } from './database/database.module';
import { IndexingModule } from './indexing/indexing.module';
import { SearchMessagingModule } from './indexing/search-messaging.module';
import { SearchModule } from './search/search.module';

@Module({
  imports: [
    DatabaseModule,
    AuthModule.forRoot({
      authenticator: {
        useFactory: (config: SearchConfig) =>
          new IntrospectionAuthenticator(config.REGISTRY_URL, config.REGISTRY_TOKEN),
        inject: [CONFIG],
      },
    }),
    SearchMessagingModule,
    IndexingModule,
    SearchModule,
    AdminModule,
  ],
})
export class AppModule {}
