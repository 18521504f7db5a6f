import { Module } from '@nestjs/common';
import { AuthModule, CONFIG, IntrospectionAuthenticator } from '@mesh/platform';
import type { QualityConfig } from '../config';

/** Every route needs a token, checked against the registry with the service's own token. */
@Module({
  imports: [
    AuthModule.forRoot({
      authenticator: {
        useFactory: (config: QualityConfig) =>
          new IntrospectionAuthenticator(config.REGISTRY_URL, config.REGISTRY_TOKEN),
        inject: [CONFIG],
      },
    }),
  ],
})
export class QualityAuthModule {}
