import { Module } from '@nestjs/common';
import { AccessGrantsHandlers } from './access-grants.handlers';
import { ProductReaders } from './product-readers';

/**
 * ProductReaders and the handlers that feed it grants. A service importing it adds ACCESS_GRANT_EVENTS to its
 * consumer's events and ProductReaders1766100000000 to its migrations, and records each published version's
 * visibility from its own `product.version.published` handler.
 */
@Module({
  controllers: [AccessGrantsHandlers],
  providers: [ProductReaders],
  exports: [ProductReaders],
})
export class ProductReadersModule {}
