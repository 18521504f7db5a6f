// @mesh/messaging: mesh events on Kafka. Typed publishing, consumer groups with idempotent
// handling, retries and dead letters, and the transactional outbox with its relay.
export { MessagingError, NonRetryableError, type MessagingErrorCode } from './errors';
export type { MessagingLogger } from './logger';

export { createKafka, type KafkaConnectionOptions } from './kafka/kafka-connection';
export { contractTopics, prefixedTopics, type TopicResolver } from './kafka/topic-resolver';
export { HEADERS } from './kafka/headers';
export { ensureTopics, type EnsureTopicsOptions, type EnsureTopicsResult } from './kafka/ensure-topics';
export type { KafkaCredentials } from './kafka/security/sasl-authentication';
export { kafkaCredentialsEnvironment, kafkaCredentialsFromEnvironment } from './kafka/security/kafka-credentials';
export { upsertScramUser, deleteScramUser, type ScramAdminConnection } from './kafka/security/scram-credentials';
export {
  KAFKA_SERVICES,
  grantMeshAcls,
  revokeMeshAcls,
  deploymentAcls,
  everyBindingOn,
  isKafkaService,
  grantAcls,
  type KafkaService,
} from './kafka/security/mesh-acls';
export {
  bootstrapMeshStreams,
  ensureServiceKafkaUser,
  type KafkaBootstrapOptions,
} from './kafka/security/kafka-bootstrap';
export { issuePipelineCredentials, type PipelineCredentials } from './kafka/security/pipeline-credentials';

export { EventPublisher, type EventPublisherOptions, type OutgoingRecord } from './publishing/event-publisher';

export type { MeshEventContext } from './consuming/event-context';
export type { ConsumerSubscription } from './consuming/handler-registry';
export { DEFAULT_RETRY_POLICY, type RetryPolicy } from './consuming/retry-policy';
export { backoffDelay, type BackoffSchedule } from './util/backoff';
export type { ConsumerTuning } from './consuming/event-consumer';

export { DEAD_LETTER_TYPE, type DeadLetterEvent } from './dead-letters/dead-letter-event';
export { replayDeadLetters, type ReplayOptions, type ReplayResult } from './dead-letters/replay';
export type { ReplayFilter } from './dead-letters/replay-filter';

export { ProcessedEventEntity } from './idempotency/processed-event.entity';
export { DEFAULT_PROCESSED_EVENT_RETENTION_MS, pruneProcessedEvents } from './idempotency/processed-events-retention';
export { OutboxEntity } from './outbox/outbox.entity';
export { MessagingTables1764288000000 } from './database/messaging-tables.migration';
export { Outbox } from './outbox/outbox';
export { OutboxRelay, type OutboxRelayOptions } from './outbox/outbox-relay';
export { Wakeup } from './outbox/wakeup';
export { NotificationListener } from './outbox/notification-listener';

export { MessagingMetrics } from './metrics/messaging-metrics';
export { Messaging, type ConsumerOptions, type MessagingOptions } from './messaging';
export { MessagingModule, MESSAGING_OPTIONS, type MessagingModuleAsyncOptions } from './nest/messaging.module';
export { MeshEventsServer } from './nest/mesh-events.server';
export { HandlerErrorsFilter } from './nest/handler-errors.filter';
export { connectMeshEvents } from './nest/connect-mesh-events';
export {
  KafkaReadiness,
  serviceMessagingModule,
  serviceMessagingOptions,
  type ServiceMessagingConfig,
  type ServiceMessagingOptions,
} from './nest/service-messaging.module';
export {
  DatabaseReadiness,
  migrateServiceDatabase,
  serviceDatabaseModule,
  serviceMigrations,
  type ServiceDatabaseOptions,
} from './nest/service-database.module';

/** What a service lists in its DataSource: `entities: [...MESSAGING_ENTITIES]`, `migrations: [...MESSAGING_MIGRATIONS]`. */
export { MESSAGING_ENTITIES, MESSAGING_MIGRATIONS } from './database/messaging-schema';
export { AfterCommit } from './database/after-commit';
export { Unaudited } from './audit-trail/unaudited';
export { AuditTrailModule } from './audit-trail/audit-trail.module';

export { ACCESS_GRANT_EVENTS, AccessGrantsHandlers } from './product-readers/access-grants.handlers';
export { ProductReaders1766100000000 } from './product-readers/product-readers.migration';
export {
  ProductReaders,
  readableCondition,
  type ProductGrant,
  type ProductKey,
  type ReadableCondition,
} from './product-readers/product-readers';
export { ProductReadersModule } from './product-readers/product-readers.module';
export { VersionCopies, type VersionCopy } from './version-copies/version-copies';
