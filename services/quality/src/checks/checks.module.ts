import { Module } from '@nestjs/common';
import { CONFIG } from '@mesh/platform';
import { AlertsModule } from '../alerts/alerts.module';
import type { QualityConfig } from '../config';
import { CatalogClient } from '../iceberg/catalog-client';
import { SignedS3Files } from '../iceberg/warehouse-files';
import { ProductsModule } from '../products/products.module';
import { QueuesModule } from '../queues/queues.module';
import { CheckQueue } from './check.queue';
import { ChecksRepository } from './checks.repository';
import { ChecksService } from './checks.service';
import { SnapshotFiles, WAREHOUSE_FILES } from './snapshot-files';

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
    {
      // Local files are read where they are; S3 objects through the catalog's signer, into a cache.
      provide: WAREHOUSE_FILES,
      inject: [CONFIG, CatalogClient],
      useFactory: (config: QualityConfig, catalog: CatalogClient) =>
        new SignedS3Files(catalog, {
          endpoint: new URL(config.S3_ENDPOINT ?? `https://s3.${config.S3_REGION}.amazonaws.com`),
          region: config.S3_REGION,
          directory: config.QUALITY_CACHE_DIR,
          maxFiles: config.QUALITY_CACHE_FILES,
        }),
    },
    SnapshotFiles,
    ChecksRepository,
    ChecksService,
    CheckQueue,
  ],
  exports: [CheckQueue, ChecksRepository],
})
export class ChecksModule {}
