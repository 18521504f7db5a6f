import { Module } from '@nestjs/common';
import { AlertsModule } from '../alerts/alerts.module';
import { ChecksModule } from '../checks/checks.module';
import { ProductsModule } from '../products/products.module';
import { ResultsController } from './results.controller';
import { ResultsService } from './results.service';
import { ScoresController } from './scores.controller';
import { ScoresRepository } from './scores.repository';

/** The read API: results history, score and open alerts per product, and scores of many products at once. */
@Module({
  imports: [ChecksModule, ProductsModule, AlertsModule],
  controllers: [ResultsController, ScoresController],
  providers: [ResultsService, ScoresRepository],
})
export class ResultsModule {}
