import { Inject, Injectable, type DynamicModule, type OnModuleInit } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { HttpSchemaRegistry, type EventType } from '@mesh/contracts';
import { CONFIG, LOGGER, MetricsRegistry, ReadinessRegistry } from '@mesh/platform';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { AuditTrailModule } from '../audit-trail/audit-trail.module';
import { contractTopics, prefixedTopics } from '../kafka/topic-resolver';
import { Messaging, type MessagingOptions } from '../messaging';
import { MessagingModule, type MessagingModuleAsyncOptions } from './messaging.module';

/** The variables of a service's config that its messaging is built from. */
export interface ServiceMessagingConfig {
  KAFKA_BROKERS: string[];
  /** Put before every topic and consumer group name, so that test runs and shared clusters stay apart. */
  MESH_TOPIC_PREFIX: string;
  /** The registry, whose Schema Registry API serves the event schemas. */
  REGISTRY_URL: string;
  REGISTRY_TOKEN?: string;
}

export interface ServiceMessagingOptions {
  /** The Kafka client id, and the producer named in dead letters. */
  serviceName: string;
  /**
   * The consumer group and the events it handles, by `@EventPattern` handlers run through
   * `connectMeshEvents(app)`; a service that only publishes has none.
   */
  consumer?: {
    /** A frozen wire name: renaming it would replay or skip events. Prefixed with MESH_TOPIC_PREFIX. */
    group: string;
    events: readonly EventType[];
  };
  /** Whether the service writes events to the outbox for the relay to publish (default true). */
  outboxRelay?: boolean;
}

/** Reports Kafka in /ready: without it the service neither hears nor announces anything. */
@Injectable()
export class KafkaReadiness implements OnModuleInit {
  constructor(
    @Inject(Messaging) private readonly messaging: Messaging,
    @Inject(ReadinessRegistry) private readonly readiness: ReadinessRegistry,
  ) {}

  onModuleInit(): void {
    this.readiness.register({ name: 'kafka', probe: () => this.messaging.probe() });
  }
}

/** The Messaging options of a service, from its config: the same wiring for every service but the registry. */
export function serviceMessagingOptions(
  options: ServiceMessagingOptions,
  config: ServiceMessagingConfig,
  dataSource: DataSource,
  metrics: MetricsRegistry,
  logger: Logger,
): MessagingOptions {
  const prefix = config.MESH_TOPIC_PREFIX;
  const { serviceName, consumer } = options;
  return {
    kafka: { brokers: config.KAFKA_BROKERS, clientId: serviceName, logger },
    schemaRegistry: new HttpSchemaRegistry(`${config.REGISTRY_URL.replace(/\/+$/, '')}/schema-registry`, {
      token: config.REGISTRY_TOKEN,
    }),
    dataSource,
    serviceName,
    consumer: consumer === undefined ? undefined : { groupId: `${prefix}${consumer.group}`, events: consumer.events },
    outboxRelay: options.outboxRelay ?? true,
    resolveTopic: prefix === '' ? contractTopics : prefixedTopics(prefix),
    metricsRegistry: metrics.registry,
    logger,
  };
}

/**
 * Kafka for one service: its consumer group, the outbox relay, schemas from the registry's Schema Registry API,
 * Kafka in /ready, and (with the relay) the audit trail: every write request it answers goes to the mesh's audit log. Needs the service's TypeORM data source, CONFIG (see ServiceMessagingConfig) and the platform's
 * LOGGER and registries.
 */
export function serviceMessagingModule(
  options: ServiceMessagingOptions,
  extra: Pick<MessagingModuleAsyncOptions, 'imports'> = {},
): DynamicModule {
  const module = MessagingModule.forRootAsync({
    ...extra,
    inject: [CONFIG, getDataSourceToken(), MetricsRegistry, LOGGER],
    useFactory: (config: ServiceMessagingConfig, dataSource: DataSource, metrics: MetricsRegistry, logger: Logger) =>
      serviceMessagingOptions(options, config, dataSource, metrics, logger),
  });
  const auditTrail =
    (options.outboxRelay ?? true) ? [AuditTrailModule.forService({ service: options.serviceName })] : [];
  return {
    ...module,
    imports: [...(module.imports ?? []), ...auditTrail],
    providers: [...(module.providers ?? []), KafkaReadiness],
  };
}
