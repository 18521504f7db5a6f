import { EventCodec, type SchemaRegistry } from '@mesh/contracts';
import type { Kafka } from 'kafkajs';
import type { Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { EventConsumer, type ConsumerTuning } from './consuming/event-consumer';
import type { ConsumerSubscription, GroupHandlers } from './consuming/handler-registry';
import { MessageProcessor } from './consuming/message-processor';
import { retryPolicy, type RetryPolicy } from './consuming/retry-policy';
import { MessagingError } from './errors';
import { IdempotentExecutor } from './idempotency/idempotent-executor';
import {
  DEFAULT_PROCESSED_EVENT_RETENTION_MS,
  ProcessedEventsRetention,
} from './idempotency/processed-events-retention';
import { createKafka, type KafkaConnectionOptions } from './kafka/kafka-connection';
import { assertMayConsume } from './kafka/security/mesh-acls';
import { contractTopics, type TopicResolver } from './kafka/topic-resolver';
import { silentLogger, type MessagingLogger } from './logger';
import { MessagingMetrics } from './metrics/messaging-metrics';
import { OutboxRelay, type OutboxRelayOptions } from './outbox/outbox-relay';
import { EventPublisher } from './publishing/event-publisher';
import { sleep } from './util/sleep';

export interface ConsumerOptions extends ConsumerSubscription, ConsumerTuning {}

export interface MessagingOptions {
  kafka: KafkaConnectionOptions;
  schemaRegistry: SchemaRegistry;
  /** Needed by consumers (idempotent handling) and by the outbox relay. */
  dataSource?: DataSource;
  /** Name recorded as the producer of dead letters; defaults to the Kafka client id. */
  serviceName?: string;
  /**
   * The process's consumer group. Its handlers are the `@EventPattern` methods Nest gives a
   * MeshEventsServer (see connectMeshEvents), which runs the group on this object.
   */
  consumer?: ConsumerOptions;
  retry?: Partial<RetryPolicy>;
  /** How long consumers remember processed event ids (default: the topics' 7-day retention). */
  processedEventRetentionMs?: number;
  /** Runs the outbox relay in this process. */
  outboxRelay?: OutboxRelayOptions | boolean;
  resolveTopic?: TopicResolver;
  metricsRegistry?: Registry;
  logger?: MessagingLogger;
}

/**
 * Publisher, consumer group and relay of one process, wired from one options object. The
 * consumer starts with the handlers its transport resolved (`startConsumer`); `stop` stops it
 * before what its dead letters need.
 */
export class Messaging {
  readonly publisher: EventPublisher;
  private readonly kafka: Kafka;
  private readonly codec: EventCodec;
  private readonly metrics: MessagingMetrics;
  private readonly logger: MessagingLogger;
  private readonly resolveTopic: TopicResolver;
  private readonly retry: RetryPolicy;
  private readonly relay: OutboxRelay | undefined;
  private consumer: EventConsumer | undefined;
  private retention: ProcessedEventsRetention | undefined;
  private starting: Promise<void> | undefined;

  constructor(private readonly options: MessagingOptions) {
    if (options.consumer !== undefined)
      assertMayConsume(options.serviceName ?? options.kafka.clientId, options.consumer.events);
    this.kafka = createKafka(options.kafka);
    this.codec = new EventCodec(options.schemaRegistry);
    this.metrics = MessagingMetrics.of(options.metricsRegistry);
    this.logger = options.logger ?? silentLogger;
    this.resolveTopic = options.resolveTopic ?? contractTopics;
    this.retry = retryPolicy(options.retry);
    this.publisher = new EventPublisher(this.kafka, this.codec, {
      resolveTopic: this.resolveTopic,
      metrics: this.metrics,
    });
    const relayOptions = options.outboxRelay === true ? {} : options.outboxRelay;
    this.relay = relayOptions
      ? new OutboxRelay(this.requireDataSource('the outbox relay'), this.publisher, {
          metrics: this.metrics,
          logger: this.logger,
          ...relayOptions,
        })
      : undefined;
  }

  /** Connects the publisher and starts the relay; once, however often it is called. */
  start(): Promise<void> {
    this.starting ??= this.connect().catch(async (error: unknown) => {
      await this.stop();
      throw error;
    });
    return this.starting;
  }

  /** The consumer group and the event types it subscribes to, for its transport to resolve handlers. */
  get subscription(): ConsumerSubscription | undefined {
    return this.options.consumer;
  }

  /** Runs the consumer group with the handlers of its subscribed event types, and prunes processed ids. */
  async startConsumer(handlers: GroupHandlers): Promise<EventConsumer> {
    if (this.consumer !== undefined) return this.consumer;
    await this.start();
    const consumer = this.createConsumer(handlers);
    await consumer.start();
    this.consumer = consumer;
    this.retention = new ProcessedEventsRetention(
      this.requireDataSource('consumers'),
      this.options.processedEventRetentionMs ?? DEFAULT_PROCESSED_EVENT_RETENTION_MS,
      this.logger,
    );
    this.retention.start();
    return consumer;
  }

  /** Lets the consumer's runs in flight finish and commits their offsets; the publisher stays. */
  async stopConsumer(): Promise<void> {
    this.retention?.stop();
    this.retention = undefined;
    const consumer = this.consumer;
    this.consumer = undefined;
    await consumer?.stop();
  }

  /**
   * The consumer first (in-flight handlers finish, offsets are committed; dead letters still need
   * the producer), then the relay (its round completes), then the producer.
   */
  async stop(): Promise<void> {
    if (this.starting === undefined) return;
    this.starting = undefined;
    await this.stopConsumer();
    await this.relay?.stop();
    await this.publisher.disconnect();
  }

  /** For readiness checks: resolves when a broker answers a metadata request and the consumer still consumes. */
  async probe(): Promise<void> {
    this.consumer?.assertConsuming();
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      await admin.describeCluster();
    } finally {
      await admin.disconnect();
    }
  }

  private async connect(): Promise<void> {
    await this.publisher.connect();
    await this.relay?.start();
  }

  private createConsumer(handlers: GroupHandlers): EventConsumer {
    const consumer = this.options.consumer;
    if (consumer === undefined) {
      throw new MessagingError('invalid-options', 'no consumer group is configured (options.consumer)');
    }
    const { groupId } = consumer;
    const executor = new IdempotentExecutor(this.requireDataSource('consumers'));
    const processor = new MessageProcessor({
      groupId,
      producer: this.options.serviceName ?? this.options.kafka.clientId,
      handlers,
      retry: this.retry,
      decode: (bytes) => this.codec.decode(bytes),
      execute: (eventId, work) => executor.runOnce(groupId, eventId, work),
      executeBatch: (eventIds, work) => executor.runBatch(groupId, eventIds, work),
      deadLetter: (event) => this.publisher.publish(event),
      sleep,
      metrics: this.metrics,
      logger: this.logger,
    });
    return new EventConsumer(
      this.kafka,
      groupId,
      handlers,
      processor,
      this.resolveTopic,
      this.metrics,
      this.logger,
      consumer,
    );
  }

  private requireDataSource(user: string): DataSource {
    if (this.options.dataSource === undefined) {
      throw new MessagingError('invalid-options', `${user} need a TypeORM DataSource (options.dataSource)`);
    }
    return this.options.dataSource;
  }
}
