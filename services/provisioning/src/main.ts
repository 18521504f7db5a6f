import { connectMeshEvents, migrateServiceDatabase } from '@mesh/messaging';
import { runService } from '@mesh/platform';
import { AppModule } from './app.module';
import { DATABASE } from './database/database.module';
import { provisioningConfig } from './config';

void runService({
  name: 'provisioning',
  description: 'Self-serve output ports: BullMQ flows that create Iceberg tables, Kafka topics and catalog grants',
  config: provisioningConfig,
  module: () => AppModule,
  port: (config) => config.PORT,
  logLevel: (config) => config.LOG_LEVEL,
  connectMicroservices: connectMeshEvents,
  migrate: migrateServiceDatabase(DATABASE),
});
