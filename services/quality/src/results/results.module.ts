import { Module } from '@nestjs/common';
import { AlertsModule } from '../alerts/alerts.module';
import { ChecksModule } from '../checks/checks.module';
import { ProductsModule } from '../products/products.module';
import { ResultsController } from './results.controller';
import { ResultsService } from './results.service';

/** The read API: results history, score and open alerts per product. */
@Module({
  imports: [ChecksModule, ProductsModule, AlertsModule],
  controllers: [ResultsController],
  providers: [ResultsService],
})
export class ResultsModule {}
