import { Module } from '@nestjs/common';
import { AlertsModule } from '../alerts/alerts.module';
import { ProductsModule } from '../products/products.module';
import { QueuesModule } from '../queues/queues.module';
import { FreshnessScheduler } from './freshness.scheduler';
import { FreshnessService } from './freshness.service';
import { PortFreshnessRepository } from './port-freshness.repository';

/** Measured freshness SLAs: publications recorded per port, and the repeatable sweep. */
@Module({
  imports: [QueuesModule, ProductsModule, AlertsModule],
  providers: [PortFreshnessRepository, FreshnessService, FreshnessScheduler],
  exports: [FreshnessService],
})
export class FreshnessModule {}
