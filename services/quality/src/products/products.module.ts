import { Module } from '@nestjs/common';
import { ProductReadersModule } from '@mesh/messaging';
import { CONFIG } from '@mesh/platform';
import { AlertsModule } from '../alerts/alerts.module';
import type { QualityConfig } from '../config';
import { MonitoredVersionsRepository } from './monitored-versions.repository';
import { ProductsService } from './products.service';
import { RegistryClient } from './registry-client';

/**
 * The published versions the service monitors, the registry client that fetches their descriptors, and who may read
 * each product.
 */
@Module({
  imports: [AlertsModule, ProductReadersModule],
  providers: [
    MonitoredVersionsRepository,
    ProductsService,
    {
      provide: RegistryClient,
      inject: [CONFIG],
      useFactory: (config: QualityConfig) => new RegistryClient(config.REGISTRY_URL, config.REGISTRY_TOKEN),
    },
  ],
  exports: [MonitoredVersionsRepository, ProductsService, ProductReadersModule],
})
export class ProductsModule {}
