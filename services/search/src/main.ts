import { connectMeshEvents, migrateServiceDatabase } from '@mesh/messaging';
import { runService } from '@mesh/platform';
import { AppModule } from './app.module';
import { DATABASE } from './database/database.module';
import { searchConfig } from './config';

void runService({
  name: 'search',
  description:
    'Finding data products: full-text search with facets, search by schema field and autocomplete over an ' +
    'OpenSearch index the service keeps in step with the registry from events, with rebuild and drift repair',
  config: searchConfig,
  module: () => AppModule,
  port: (config) => config.PORT,
  logLevel: (config) => config.LOG_LEVEL,
  connectMicroservices: connectMeshEvents,
  migrate: migrateServiceDatabase(DATABASE),
});
