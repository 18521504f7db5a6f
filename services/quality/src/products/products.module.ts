import { Module } from '@nestjs/common';
import { CONFIG } from '@mesh/platform';
import { AlertsModule } from '../alerts/alerts.module';
import type { QualityConfig } from '../config';
import { MonitoredVersionsRepository } from './monitored-versions.repository';
import { ProductsService } from './products.service';
import { RegistryClient } from './registry-client';

/** The published versions the service monitors, and the registry client that fetches their descriptors. */
@Module({
  imports: [AlertsModule],
  providers: [
    MonitoredVersionsRepository,
    ProductsService,
    {
      provide: RegistryClient,
      inject: [CONFIG],
      useFactory: (config: QualityConfig) => new RegistryClient(config.REGISTRY_URL, config.REGISTRY_TOKEN),
    },
  ],
  exports: [MonitoredVersionsRepository, ProductsService],
})
export class ProductsModule {}
