import { Module } from '@nestjs/common';
import { ProductReadersModule } from '@mesh/messaging';
import { CurrentVersionsRepository } from './graph/current-versions.repository';
import { GraphController } from './graph/graph.controller';
import { GraphRepository } from './graph/graph.repository';
import { GraphService } from './graph/graph.service';
import { MarquezLineageService } from './graph/marquez-lineage.service';
import { IngestionController } from './openlineage/ingestion.controller';
import { IngestionRepository } from './openlineage/ingestion.repository';
import { IngestionService } from './openlineage/ingestion.service';
import { ProductLineageController } from './products/product-lineage.controller';
import { ProductLineageHandlers } from './products/product-lineage.handlers';
import { LineageReaders } from './products/lineage-readers';
import { ProductLineageService } from './products/product-lineage.service';
import { ProductsRepository } from './products/products.repository';

/**
 * OpenLineage ingestion, the dataset graph and the product lineage rolled up from it. One module: the graph and the
 * roll-up share their repositories, and each concept keeps its own folder.
 */
@Module({
  imports: [ProductReadersModule],
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
export class LineageModule {}
