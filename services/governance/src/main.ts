import { connectMeshEvents, migrateServiceDatabase } from '@mesh/messaging';
import { runService } from '@mesh/platform';
import { AppModule } from './app.module';
import { DATABASE } from './database/database.module';
import { governanceConfig } from './config';

void runService({
  name: 'governance',
  description: 'Federated governance: policies as code (CEL) that gate every product version, compliance, waivers',
  config: governanceConfig,
  module: () => AppModule,
  port: (config) => config.PORT,
  logLevel: (config) => config.LOG_LEVEL,
  connectMicroservices: connectMeshEvents,
  migrate: migrateServiceDatabase(DATABASE),
});
