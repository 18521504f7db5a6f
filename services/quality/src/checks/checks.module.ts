import { Module } from '@nestjs/common';
import { CONFIG } from '@mesh/platform';
import { AlertsModule } from '../alerts/alerts.module';
import type { QualityConfig } from '../config';
import { CatalogClient } from '../iceberg/catalog-client';
import { ProductsModule } from '../products/products.module';
import { QueuesModule } from '../queues/queues.module';
import { CheckQueue } from './check.queue';
import { ChecksRepository } from './checks.repository';
import { ChecksService } from './checks.service';
import { SnapshotFiles } from './snapshot-files';

/** Snapshot checks: the queue and its worker, the Iceberg reading path and the DuckDB evaluation. */
@Module({
  imports: [QueuesModule, ProductsModule, AlertsModule],
  providers: [
    {
      provide: CatalogClient,
      inject: [CONFIG],
      useFactory: (config: QualityConfig) =>
        new CatalogClient(config.CATALOG_URI, config.CATALOG_TOKEN ?? config.REGISTRY_TOKEN),
    },
    SnapshotFiles,
    ChecksRepository,
    ChecksService,
    CheckQueue,
  ],
  exports: [CheckQueue, ChecksRepository],
})
export class ChecksModule {}
