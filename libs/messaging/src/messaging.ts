import { EventCodec, type SchemaRegistry } from '@mesh/contracts';
import type { Kafka } from 'kafkajs';
import type { Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { EventConsumer, type ConsumerTuning } from './consuming/event-consumer';
import { bindHandlers, resolveHandlers, type ConsumerSubscription } from './consuming/handler-registry';
import { MessageProcessor } from './consuming/message-processor';
import { retryPolicy, type RetryPolicy } from './consuming/retry-policy';
import { MessagingError } from './errors';
import { IdempotentExecutor } from './idempotency/idempotent-executor';
import {
  DEFAULT_PROCESSED_EVENT_RETENTION_MS,
  ProcessedEventsRetention,
} from './idempotency/processed-events-retention';
import { createKafka, type KafkaConnectionOptions } from './kafka/kafka-connection';
import { ensureTopics } from './kafka/ensure-topics';
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
  consumers?: readonly ConsumerOptions[];
  retry?: Partial<RetryPolicy>;
  /** How long consumers remember processed event ids (default: the topics' 7-day retention). */
  processedEventRetentionMs?: number;
  /** Runs the outbox relay in this process. */
  outboxRelay?: OutboxRelayOptions | boolean;
  /** Creates missing contract topics at start (the platform's provisioning does it otherwise). */
  ensureTopics?: boolean;
  resolveTopic?: TopicResolver;
  metricsRegistry?: Registry;
  logger?: MessagingLogger;
}

/**
 * Publisher, consumers and relay of one process, wired from one options object. `start` checks
 * the handlers against the subscriptions before connecting anything, so a mismatch stops the
 * service at boot with the list of problems.
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
  private consumers: EventConsumer[] = [];
  private retention: ProcessedEventsRetention | undefined;
  private started = false;

  constructor(private readonly options: MessagingOptions) {
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

  /** `handlerInstances`: objects whose classes have `@OnEvent` methods. */
  async start(handlerInstances: readonly object[] = []): Promise<void> {
    if (this.started) return;
    const consumers = this.createConsumers(handlerInstances);
    this.started = true;
    try {
      if (this.options.ensureTopics === true) await this.ensureTopics();
      await this.publisher.connect();
      await this.relay?.start();
      this.consumers = consumers;
      await Promise.all(consumers.map((consumer) => consumer.start()));
      if (consumers.length > 0) {
        this.retention = new ProcessedEventsRetention(
          this.requireDataSource('consumers'),
          this.options.processedEventRetentionMs ?? DEFAULT_PROCESSED_EVENT_RETENTION_MS,
          this.logger,
        );
        this.retention.start();
      }
    } catch (error) {
      await this.stop();
      throw error;
    }
  }

  /**
   * Consumers first (in-flight handlers finish, offsets are committed; dead letters still need
   * the producer), then the relay (its round completes), then the producer.
   */
  async stop(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    this.retention?.stop();
    await Promise.all(this.consumers.map((consumer) => consumer.stop()));
    this.consumers = [];
    await this.relay?.stop();
    await this.publisher.disconnect();
  }

  /** For readiness checks: resolves when a broker answers a metadata request. */
  async probe(): Promise<void> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      await admin.describeCluster();
    } finally {
      await admin.disconnect();
    }
  }

  private createConsumers(handlerInstances: readonly object[]): EventConsumer[] {
    const subscriptions = this.options.consumers ?? [];
    const handlers = resolveHandlers(subscriptions, bindHandlers(handlerInstances));
    if (subscriptions.length === 0) return [];
    const executor = new IdempotentExecutor(this.requireDataSource('consumers'));
    return subscriptions.map((subscription) => {
      const { groupId } = subscription;
      const groupHandlers = handlers.get(groupId) ?? new Map();
      const processor = new MessageProcessor({
        groupId,
        producer: this.options.serviceName ?? this.options.kafka.clientId,
        handlers: groupHandlers,
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
        groupHandlers,
        processor,
        this.resolveTopic,
        this.logger,
        subscription,
      );
    });
  }

  private async ensureTopics(): Promise<void> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const result = await ensureTopics(admin, { resolveTopic: this.resolveTopic });
      if (result.partitionDrift.length > 0)
        this.logger.warn({ drift: result.partitionDrift }, 'topics differ from the contract in partition count');
    } finally {
      await admin.disconnect();
    }
  }

  private requireDataSource(user: string): DataSource {
    if (this.options.dataSource === undefined) {
      throw new MessagingError('invalid-options', `${user} need a TypeORM DataSource (options.dataSource)`);
    }
    return this.options.dataSource;
  }
}
