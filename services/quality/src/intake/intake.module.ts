import { Module } from '@nestjs/common';
import { ChecksModule } from '../checks/checks.module';
import { ExternalModule } from '../external/external.module';
import { FreshnessModule } from '../freshness/freshness.module';
import { ProductsModule } from '../products/products.module';
import { QualityHandlers } from './quality.handlers';

/** The Kafka handlers. */
@Module({
  imports: [ProductsModule, ChecksModule, FreshnessModule, ExternalModule],
  controllers: [QualityHandlers],
})
export class IntakeModule {}
