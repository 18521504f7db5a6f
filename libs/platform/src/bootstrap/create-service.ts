import { DynamicModule, ExceptionFilter, INestApplication, Module, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { DestinationStream, Logger } from 'pino';
import { ConfigError, ConfigShape, ConfigSpec, loadConfig, redactConfig } from '../config/config';
import { ErrorResponse } from '../auth/openapi';
import { GlobalErrorFilter } from '../errors/error-filter';
import { httpLogging } from '../logging/http-logging';
import { createLogger, PinoNestLogger } from '../logging/logger';
import { MetricsRegistry } from '../metrics/metrics';
import { completeOpenApi } from './openapi-completion';
import { PlatformModule } from './platform.module';

export interface ServiceDefinition<S extends ConfigShape> {
  /** The service's name in logs, metrics and the OpenAPI document. */
  name: string;
  description: string;
  config: ConfigSpec<S>;
  /** The service's root module, given its validated config. */
  module: (config: ConfigOf<S>) => Type<unknown> | DynamicModule;
  port: (config: ConfigOf<S>) => number;
  logLevel?: (config: ConfigOf<S>) => string;
  /**
   * The largest JSON body the service reads, in bytes: 1 MiB by default, the same as YAML descriptors, so a
   * descriptor is accepted or refused alike in both forms. Services that take larger documents (OpenLineage
   * batches) raise it; a larger body is a 413 naming the limit.
   */
  jsonBodyLimit?: (config: ConfigOf<S>) => number;
  /** The class documenting the service's error body, when it is not the platform's (the catalog's Iceberg one). */
  errorResponse?: Type<unknown>;
  /**
   * The filter of errors raised outside any controller (a body the JSON parser cannot read): the platform's
   * GlobalErrorFilter by default. A service with routes that answer in another shape (the registry's Confluent
   * Schema Registry API) gives one that answers those in it too.
   */
  globalErrorFilter?: (logger: Logger) => ExceptionFilter;
  /**
   * Connects the service's microservices (its Kafka consumer group), making it a hybrid application: they start
   * once every module is initialised, before the HTTP server listens.
   */
  connectMicroservices?: (app: INestApplication) => void;
  /**
   * Runs the service's pending database migrations, for `MIGRATE_ONLY=1` (`migrateServiceDatabase` of
   * @mesh/messaging); a service without a database has none.
   */
  migrate?: (config: ConfigOf<S>, logger: Logger) => Promise<void>;
}

/** The platform's JSON body limit unless a service says otherwise. */
export const DEFAULT_JSON_BODY_LIMIT = 1_048_576;

type ConfigOf<S extends ConfigShape> = ReturnType<typeof loadConfig<S>>;

export interface CreatedService<S extends ConfigShape> {
  app: INestApplication;
  config: ConfigOf<S>;
  logger: Logger;
}

/**
 * Builds a service's Nest application with everything the platform promises: JSON logs
 * with request ids, /health, /ready, /metrics, the error mapping, OpenAPI at /openapi.json
 * (UI at /docs) and graceful shutdown. Tests use it too, so they exercise the real wiring.
 */
export async function createService<S extends ConfigShape>(
  definition: ServiceDefinition<S>,
  env: NodeJS.ProcessEnv = process.env,
  logDestination?: DestinationStream,
): Promise<CreatedService<S>> {
  const config = loadConfig(definition.config, env);
  const logger = createLogger(
    definition.name,
    definition.logLevel?.(config) ?? env.LOG_LEVEL ?? 'info',
    logDestination,
  );

  @Module({
    imports: [PlatformModule.forRoot({ service: definition.name, config, logger }), definition.module(config)],
  })
  class ServiceRoot {}

  const app = await NestFactory.create<NestExpressApplication>(ServiceRoot, {
    logger: new PinoNestLogger(logger),
    bufferLogs: true,
  });
  // Installed before init, Nest's own parsers (100 kB) see these in place and add none; a service that installs a
  // JSON parser of its own while its modules are built (the catalog's exact-integer one) keeps it, in front.
  const bodyLimit = definition.jsonBodyLimit?.(config) ?? DEFAULT_JSON_BODY_LIMIT;
  app.useBodyParser('json', { limit: bodyLimit });
  app.useBodyParser('urlencoded', { extended: true, limit: bodyLimit });
  app.use(httpLogging(logger));
  app.use(app.get(MetricsRegistry).httpMiddleware());
  app.useGlobalFilters(definition.globalErrorFilter?.(logger) ?? new GlobalErrorFilter(logger));
  definition.connectMicroservices?.(app);

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle(`mesh ${definition.name}`)
      .setDescription(definition.description)
      .addBearerAuth()
      .build(),
    { extraModels: [definition.errorResponse ?? ErrorResponse] },
  );
  completeOpenApi(document, (definition.errorResponse ?? ErrorResponse).name);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'openapi.json' });

  logger.info({ config: redactConfig(definition.config, config) }, 'configuration loaded');
  return { app, config, logger };
}

/**
 * SIGTERM/SIGINT close the server and run every shutdown hook (consumers and workers drain
 * there), then the process exits 0. A second signal while draining exits at once.
 */
function exitGracefullyOnSignals(app: INestApplication, logger: Logger): void {
  const shutdown = (signal: NodeJS.Signals) => {
    process.once(signal, () => process.exit(1));
    logger.info({ signal }, 'shutting down');
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

/**
 * `MIGRATE_ONLY=1`: the service's migrations run, and the process exits without serving, so that a deployment's
 * migration job (deploy/helm/mesh) runs the service's own image before the new version's instances start.
 */
async function migrateOnly<S extends ConfigShape>(definition: ServiceDefinition<S>): Promise<void> {
  const config = loadConfig(definition.config);
  const logger = createLogger(definition.name, definition.logLevel?.(config) ?? process.env.LOG_LEVEL ?? 'info');
  if (definition.migrate === undefined) logger.info('no database: nothing to migrate');
  else await definition.migrate(config, logger);
}

/**
 * The entry point of a service's main.ts: boot, listen on loopback by default, or fail in one line; under
 * `MIGRATE_ONLY=1`, migrate and exit.
 */
export async function runService<S extends ConfigShape>(
  definition: ServiceDefinition<S>,
): Promise<INestApplication | undefined> {
  try {
    if (process.env.MIGRATE_ONLY === '1') {
      await migrateOnly(definition);
      return undefined;
    }
    const { app, config, logger } = await createService(definition);
    const port = definition.port(config);
    const host = process.env.HOST ?? '127.0.0.1';
    await app.init();
    await app.startAllMicroservices();
    await app.listen(port, host);
    logger.info({ port, host }, `${definition.name} listening on http://${host}:${port}`);
    exitGracefullyOnSignals(app, logger);
    return app;
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${definition.name}: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
