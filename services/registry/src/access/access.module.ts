import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { PrincipalsModule } from '../principals/principals.module';
import { ProductsModule } from '../products/products.module';
import { AccessController } from './access.controller';
import { AccessHandlers } from './access.handlers';
import { AccessRepository } from './access.repository';
import { AccessService } from './access.service';

/**
 * Access requests to products: asked by consumers, decided by the owning domain or by the descriptor, refused by
 * governance's access-request policies.
 */
@Module({
  imports: [AuditModule, PrincipalsModule, ProductsModule],
  controllers: [AccessController, AccessHandlers],
  providers: [AccessRepository, AccessService],
})
export class AccessModule {}
