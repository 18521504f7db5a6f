import { Module } from '@nestjs/common';
import { AuthModule, CONFIG, IntrospectionAuthenticator } from '@mesh/platform';
import type { GovernanceConfig } from './config';
import { DatabaseModule } from './database/database.module';
import { GovernanceModule } from './governance.module';
import { GovernanceMessagingModule } from './messaging.module';

@Module({
  imports: [
    DatabaseModule,
    // Tokens are the registry's: checked through its introspection endpoint, with the platform's cache.
    AuthModule.forRoot({
      authenticator: {
        useFactory: (config: GovernanceConfig) =>
          new IntrospectionAuthenticator(config.REGISTRY_URL, config.REGISTRY_TOKEN),
        inject: [CONFIG],
      },
    }),
    GovernanceMessagingModule,
    GovernanceModule,
  ],
})
export class AppModule {}
