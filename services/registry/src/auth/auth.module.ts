import { Module } from '@nestjs/common';
import { AuthModule } from '@mesh/platform';
import { SchemaRegistryAccess } from './schema-registry-access';
import { TokenAuthenticator } from './token-authenticator';
import { TokensModule } from './tokens.module';

/**
 * Authentication of every registry route: the platform's guard, with tokens checked against the registry's own
 * tables and the Schema Registry API's routes classified by SchemaRegistryAccess.
 */
@Module({
  imports: [
    AuthModule.forRoot({
      imports: [TokensModule],
      authenticator: { useExisting: TokenAuthenticator },
      routePolicy: SchemaRegistryAccess,
    }),
  ],
})
export class RegistryAuthModule {}
