import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { PrincipalsModule } from '../principals/principals.module';
import { AdminBootstrap } from './admin-bootstrap';
import { IntrospectionController } from './introspection.controller';
import { MeController } from './me.controller';
import { TokenAuthenticator } from './token-authenticator';
import { TokensController } from './tokens.controller';
import { TokensRepository } from './tokens.repository';
import { TokensService } from './tokens.service';

/** API tokens: their API, introspection for the other services, the bootstrap admin, and the authenticator. */
@Module({
  imports: [AuditModule, PrincipalsModule],
  controllers: [TokensController, IntrospectionController, MeController],
  providers: [TokensRepository, TokensService, TokenAuthenticator, AdminBootstrap],
  exports: [TokenAuthenticator],
})
export class TokensModule {}
