import { Module } from '@nestjs/common';
import { AuthModule, CONFIG, IntrospectionAuthenticator } from '@mesh/platform';
import type { ProvisioningConfig } from './config';
import { DatabaseModule } from './database/database.module';
import { ProvisioningMessagingModule } from './events/provisioning-messaging.module';
import { ProvisioningModule } from './provisioning.module';
import { QueueBoard } from './queue/queue-board';

@Module({
  imports: [
    DatabaseModule,
    AuthModule.forRoot({
      authenticator: {
        useFactory: (config: ProvisioningConfig) =>
          new IntrospectionAuthenticator(config.REGISTRY_URL, config.REGISTRY_TOKEN),
        inject: [CONFIG],
      },
    }),
    ProvisioningMessagingModule,
    ProvisioningModule,
  ],
  // The board needs the authenticator, which AuthModule exports to this module.
  providers: [QueueBoard],
})
export class AppModule {}
