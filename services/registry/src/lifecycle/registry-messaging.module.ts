import { Module } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { contractTopics, MessagingModule, prefixedTopics, type MessagingOptions } from '@mesh/messaging';
import { CONFIG, LOGGER, MetricsRegistry } from '@mesh/platform';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { RegistryConfig } from '../config';
import { InProcessSchemaRegistry } from './in-process-schema-registry';
import { ACCESS_DECISION_EVENTS } from '../access/access.handlers';
import { AUDIT_EVENTS } from '../audit/audit.handlers';
import { LIFECYCLE_EVENTS } from './lifecycle.handlers';

/** The registry's consumer group; a frozen wire name, since renaming it would replay or skip events. */
const REGISTRY_CONSUMER_GROUP = 'registry';

@Module({ providers: [InProcessSchemaRegistry], exports: [InProcessSchemaRegistry] })
class InProcessSchemaRegistryModule {}

/**
 * Kafka for the whole registry: the outbox relay publishes what every module wrote to the outbox, the consumer
 * group (run by connectMeshEvents in main.ts) feeds the lifecycle handlers, and the contract topics are created at start when missing (the registry owns
 * the contracts). MESH_TOPIC_PREFIX prefixes topics and the group alike, so that test runs and shared clusters
 * never see each other's events.
 */
export const RegistryMessagingModule = MessagingModule.forRootAsync({
  imports: [InProcessSchemaRegistryModule],
  inject: [CONFIG, getDataSourceToken(), MetricsRegistry, LOGGER, InProcessSchemaRegistry],
  useFactory: (
    config: RegistryConfig,
    dataSource: DataSource,
    metrics: MetricsRegistry,
    logger: Logger,
    schemaRegistry: InProcessSchemaRegistry,
  ): MessagingOptions => {
    const prefix = config.MESH_TOPIC_PREFIX;
    return {
      kafka: { brokers: config.KAFKA_BROKERS, clientId: 'registry', logger },
      schemaRegistry,
      dataSource,
      serviceName: 'registry',
      consumer: {
        groupId: `${prefix}${REGISTRY_CONSUMER_GROUP}`,
        events: [...LIFECYCLE_EVENTS, ...ACCESS_DECISION_EVENTS, ...AUDIT_EVENTS],
      },
      outboxRelay: true,
      resolveTopic: prefix === '' ? contractTopics : prefixedTopics(prefix),
      metricsRegistry: metrics.registry,
      logger,
    };
  },
});
