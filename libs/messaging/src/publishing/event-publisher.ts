import { Partitioners, type IHeaders, type Kafka, type Producer } from 'kafkajs';
import { topicOf, type EventCodec, type MeshEvent } from '@mesh/contracts';
import { eventHeaders } from '../kafka/headers';
import { contractTopics, type TopicResolver } from '../kafka/topic-resolver';
import { MessagingMetrics } from '../metrics/messaging-metrics';
import { SendCoalescer } from './send-coalescer';

/** A message ready for Kafka: physical topic, key and the already encoded value. */
export interface OutgoingRecord {
  topic: string;
  key: Buffer | string | null;
  value: Buffer;
  headers: IHeaders;
}

export interface EventPublisherOptions {
  resolveTopic?: TopicResolver;
  metrics?: MessagingMetrics;
  /** Upper bound on messages per produce request. */
  maxRecordsPerSend?: number;
}

/**
 * Errors after which an idempotent producer never sends again: after a broker restart it may keep sequence numbers
 * the broker no longer expects (OUT_OF_ORDER_SEQUENCE_NUMBER on every retry, for ever). Only a new producer id
 * gets it going; what it resends may duplicate what the broker kept, which consumers drop by event id.
 */
const FATAL_TO_PRODUCER = new Set(['OUT_OF_ORDER_SEQUENCE_NUMBER', 'UNKNOWN_PRODUCER_ID', 'INVALID_PRODUCER_EPOCH']);

export function isFatalToProducer(error: unknown): boolean {
  const type = (error as { type?: unknown } | null)?.type;
  return typeof type === 'string' && FATAL_TO_PRODUCER.has(type);
}

/**
 * Publishes mesh events: the topic comes from the contract (`topicOf`), the key is the subject
 * URN (so one subject's events share a partition and stay in order), the value is the Confluent
 * framed Avro of the event.
 */
export class EventPublisher {
  private producer: Producer;
  private connected = false;
  private readonly resolveTopic: TopicResolver;
  private readonly metrics: MessagingMetrics;
  private readonly coalescer: SendCoalescer<OutgoingRecord>;

  constructor(
    private readonly kafka: Kafka,
    private readonly codec: EventCodec,
    options: EventPublisherOptions = {},
  ) {
    this.resolveTopic = options.resolveTopic ?? contractTopics;
    this.metrics = options.metrics ?? MessagingMetrics.of();
    this.producer = this.newProducer();
    this.coalescer = new SendCoalescer((records) => this.sendNow(records), options.maxRecordsPerSend ?? 1000);
  }

  async connect(): Promise<void> {
    await this.producer.connect();
    this.connected = true;
  }

  async disconnect(): Promise<void> {
    this.connected = false;
    await this.producer.disconnect();
  }

  async publish(event: MeshEvent): Promise<void> {
    await this.send([await this.prepare(event)]);
  }

  /** Publishes in the given order; events of one subject keep that order in their partition. */
  async publishBatch(events: readonly MeshEvent[]): Promise<void> {
    await this.send(await Promise.all(events.map((event) => this.prepare(event))));
  }

  async prepare(event: MeshEvent): Promise<OutgoingRecord> {
    return {
      topic: this.resolveTopic(topicOf(event.type)),
      key: event.subject,
      value: await this.codec.encode(event),
      headers: eventHeaders(event),
    };
  }

  /** Sends prepared or raw records (dead letters, replays) and resolves once Kafka acknowledged them. */
  send(records: readonly OutgoingRecord[]): Promise<void> {
    return this.coalescer.send(records);
  }

  private async sendNow(records: readonly OutgoingRecord[]): Promise<void> {
    const byTopic = new Map<string, OutgoingRecord[]>();
    for (const record of records) {
      const list = byTopic.get(record.topic) ?? [];
      list.push(record);
      byTopic.set(record.topic, list);
    }
    try {
      await this.producer.sendBatch({
        acks: -1,
        topicMessages: [...byTopic].map(([topic, list]) => ({
          topic,
          messages: list.map(({ key, value, headers }) => ({ key, value, headers })),
        })),
      });
    } catch (error) {
      // The caller retries (the relay's next round, the consumer's retry); it must find a producer that can send.
      if (isFatalToProducer(error)) await this.replaceProducer();
      throw error;
    }
    for (const [topic, list] of byTopic) this.metrics.published.inc({ topic }, list.length);
  }

  private async replaceProducer(): Promise<void> {
    const broken = this.producer;
    this.producer = this.newProducer();
    await broken.disconnect().catch(() => undefined);
    if (this.connected) await this.producer.connect();
  }

  /**
   * Idempotence makes broker-side retries safe (no duplicates, no reordering within a partition); it requires acks
   * from all in-sync replicas and one request in flight. The default partitioner is murmur2 like the Java client, so
   * Python and JVM producers place a subject on the same partition as we do.
   */
  private newProducer(): Producer {
    return this.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      createPartitioner: Partitioners.DefaultPartitioner,
      allowAutoTopicCreation: false,
    });
  }
}
