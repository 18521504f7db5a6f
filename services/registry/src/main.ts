import { connectMeshEvents, migrateServiceDatabase } from '@mesh/messaging';
import { runService } from '@mesh/platform';
import { AppModule } from './app.module';
import { DATABASE } from './database/database.module';
import { registryConfig } from './config';
import { RegistryErrorFilter } from './schema-registry/schema-registry-errors';

void runService({
  name: 'registry',
  description: 'Domains, data products and their lifecycle, and the Schema Registry API for event contracts',
  config: registryConfig,
  module: () => AppModule,
  port: (config) => config.PORT,
  logLevel: (config) => config.LOG_LEVEL,
  globalErrorFilter: (logger) => new RegistryErrorFilter(logger),
  connectMicroservices: connectMeshEvents,
  migrate: migrateServiceDatabase(DATABASE),
});
