import { connectMeshEvents, migrateServiceDatabase } from '@mesh/messaging';
import { runService } from '@mesh/platform';
import { AppModule } from './app.module';
import { DATABASE } from './database/database.module';
import { qualityConfig } from './config';

void runService({
  name: 'quality',
  description:
    'Quality rules of product contracts run on every published snapshot, measured freshness SLAs, and alerts',
  config: qualityConfig,
  module: () => AppModule,
  port: (config) => config.PORT,
  logLevel: (config) => config.LOG_LEVEL,
  connectMicroservices: connectMeshEvents,
  migrate: migrateServiceDatabase(DATABASE),
});
