import { Module } from '@nestjs/common';
import { ProductReadersModule } from '@mesh/messaging';
import { AuthModule, CONFIG, IntrospectionAuthenticator } from '@mesh/platform';
import type { LineageConfig } from './config';
import { DatabaseModule } from './database/database.module';
import { CurrentVersionsRepository } from './graph/current-versions.repository';
import { GraphController } from './graph/graph.controller';
import { GraphRepository } from './graph/graph.repository';
import { GraphService } from './graph/graph.service';
import { MarquezLineageService } from './graph/marquez-lineage.service';
import { LineageMessagingModule } from './messaging/lineage-messaging.module';
import { IngestionController } from './openlineage/ingestion.controller';
import { IngestionRepository } from './openlineage/ingestion.repository';
import { IngestionService } from './openlineage/ingestion.service';
import { ProductLineageController } from './products/product-lineage.controller';
import { ProductLineageHandlers } from './products/product-lineage.handlers';
import { LineageReaders } from './products/lineage-readers';
import { ProductLineageService } from './products/product-lineage.service';
import { ProductsRepository } from './products/products.repository';

@Module({
  imports: [
    DatabaseModule,
    AuthModule.forRoot({
      authenticator: {
        useFactory: (config: LineageConfig) =>
          new IntrospectionAuthenticator(config.REGISTRY_URL, config.REGISTRY_TOKEN),
        inject: [CONFIG],
      },
    }),
    LineageMessagingModule,
    ProductReadersModule,
  ],
  controllers: [IngestionController, GraphController, ProductLineageController, ProductLineageHandlers],
  providers: [
    IngestionService,
    IngestionRepository,
    GraphService,
    GraphRepository,
    MarquezLineageService,
    CurrentVersionsRepository,
    ProductLineageService,
    LineageReaders,
    ProductsRepository,
  ],
})
export class AppModule {}
