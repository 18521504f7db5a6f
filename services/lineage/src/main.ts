import { connectMeshEvents, migrateServiceDatabase } from '@mesh/messaging';
import { runService } from '@mesh/platform';
import { AppModule } from './app.module';
import { DATABASE } from './database/database.module';
import { lineageConfig } from './config';

void runService({
  name: 'lineage',
  description:
    'Dataset and product lineage: OpenLineage ingestion and queries (Marquez-compatible), column lineage, impact analysis',
  config: lineageConfig,
  module: () => AppModule,
  port: (config) => config.PORT,
  logLevel: (config) => config.LOG_LEVEL,
  // OpenLineage batches and events with column lineage are large.
  jsonBodyLimit: (config) => config.MAX_BODY_BYTES,
  connectMicroservices: connectMeshEvents,
  migrate: migrateServiceDatabase(DATABASE),
});
