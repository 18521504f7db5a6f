import { Module } from '@nestjs/common';
import { AlertsModule } from '../alerts/alerts.module';
import { MonitoredVersionsRepository } from './monitored-versions.repository';
import { ProductsService } from './products.service';

/** The published versions the service monitors. */
@Module({
  imports: [AlertsModule],
  providers: [MonitoredVersionsRepository, ProductsService],
  exports: [MonitoredVersionsRepository, ProductsService],
})
export class ProductsModule {}
