import { runService } from '@mesh/platform';
import { AppModule } from './app.module';
import { gatewayConfig } from './config';

void runService({
  name: 'gateway',
  description:
    'The one front door of the mesh for apps and dashboards: GraphQL at /graphql over every service, with ' +
    'subscriptions (graphql-ws) fed by the Kafka event streams. It owns no data; each service keeps deciding ' +
    'who may do what with the caller’s own token.',
  config: gatewayConfig,
  module: () => AppModule,
  port: (config) => config.PORT,
  logLevel: (config) => config.LOG_LEVEL,
});
