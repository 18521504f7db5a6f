import { Module } from '@nestjs/common';
import { AlertsModule } from '../alerts/alerts.module';
import { ProductsModule } from '../products/products.module';
import { QueuesModule } from '../queues/queues.module';
import { FreshnessScheduler } from './freshness.scheduler';
import { FreshnessService } from './freshness.service';
import { PortFreshnessRepository } from './port-freshness.repository';
import { SlaController } from './sla.controller';

/** Measured freshness SLAs: publications recorded per port, the repeatable sweep, and each product's SLA status. */
@Module({
  imports: [QueuesModule, ProductsModule, AlertsModule],
  controllers: [SlaController],
  providers: [PortFreshnessRepository, FreshnessService, FreshnessScheduler],
  exports: [FreshnessService],
})
export class FreshnessModule {}
