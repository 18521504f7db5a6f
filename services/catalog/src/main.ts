import { connectMeshEvents, migrateServiceDatabase } from '@mesh/messaging';
import { runService } from '@mesh/platform';
import { AppModule } from './app.module';
import { DATABASE } from './database/database.module';
import { IcebergError } from './http/iceberg-openapi';
import { catalogConfig } from './config';

void runService({
  name: 'catalog',
  description:
    'The shared Iceberg REST catalog: namespaces are domains, writes need the domain, reads need a grant, ' +
    'commits keep the published contract and announce data.published',
  config: catalogConfig,
  module: () => AppModule,
  port: (config) => config.PORT,
  logLevel: (config) => config.LOG_LEVEL,
  connectMicroservices: connectMeshEvents,
  migrate: migrateServiceDatabase(DATABASE),
  errorResponse: IcebergError,
});
