import { Module } from '@nestjs/common';
import { AuthModule } from '@mesh/platform';
import { AlertsModule } from './alerts/alerts.module';
import { ChecksModule } from './checks/checks.module';
import { DatabaseModule } from './database/database.module';
import { EventsModule } from './events/events.module';
import { FreshnessModule } from './freshness/freshness.module';
import { IntakeModule } from './intake/intake.module';
import { QualityMessagingModule } from './intake/quality-messaging.module';
import { ProductsModule } from './products/products.module';
import { ResultsModule } from './results/results.module';

@Module({
  imports: [
    DatabaseModule,
    AuthModule.throughRegistry(),
    QualityMessagingModule,
    EventsModule,
    ProductsModule,
    AlertsModule,
    ChecksModule,
    FreshnessModule,
    ResultsModule,
    IntakeModule,
  ],
})
export class AppModule {}
