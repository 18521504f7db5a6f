import { Module, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { DomainsModule } from '../domains/domains.module';
import { DescriptorText } from './descriptor-text.middleware';
import { ProductsController } from './products.controller';
import { ProductsRepository } from './products.repository';
import { ProductsService } from './products.service';

/** Data products and their versions: applying descriptors, listing and reading them. */
@Module({
  imports: [AuditModule, DomainsModule],
  controllers: [ProductsController],
  providers: [ProductsRepository, ProductsService],
  exports: [ProductsRepository],
})
export class ProductsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(DescriptorText).forRoutes(ProductsController);
  }
}
