import { Module } from '@nestjs/common';
import { ProductReadersModule } from '@mesh/messaging';
import { AlertsModule } from '../alerts/alerts.module';
import { MonitoredVersionsRepository } from './monitored-versions.repository';
import { ProductsService } from './products.service';

/** The published versions the service monitors, and who may read each product. */
@Module({
  imports: [AlertsModule, ProductReadersModule],
  providers: [MonitoredVersionsRepository, ProductsService],
  exports: [MonitoredVersionsRepository, ProductsService, ProductReadersModule],
})
export class ProductsModule {}
