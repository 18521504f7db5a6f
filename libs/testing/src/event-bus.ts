import {
  EventCodec,
  HttpSchemaRegistry,
  newEvent,
  type EventType,
  type MeshEvent,
  type PayloadOf,
} from '@mesh/contracts';
import { createKafka, EventPublisher, prefixedTopics } from '@mesh/messaging';
import type { Consumer, Kafka } from 'kafkajs';
import { ADMIN_TOKEN, type RegistryUnderTest } from './registry-under-test';
import { stack } from './stack';
import { eventually } from './test-database';

export interface EventBusOptions {
  /** The Kafka client id, and the producer the events the test publishes name. */
  clientId: string;
  /** The contract topics (without the run's prefix) whose events the test reads; none when it only publishes. */
  observe?: readonly string[];
  /** How long awaitEvent waits unless a call says otherwise; 30 s by default. */
  timeoutMs?: number;
  /** Added to the message of a wait that timed out: the output of the service under test, say. */
  diagnostics?: () => string;
}

/**
 * A test's seat on the Kafka topics of one run (the registry's topic prefix, with the registry's schemas): it
 * publishes what another service would, and reads what the services under test announce.
 */
export interface TestEventBus {
  kafka: Kafka;
  publish<T extends EventType>(type: T, subject: string, payload: PayloadOf<T>): Promise<MeshEvent<T>>;
  /** Every event read so far on the observed topics, in the order consumed. */
  events(): readonly MeshEvent[];
  /** When the test read the event (epoch ms). */
  receivedAt(eventId: string): number | undefined;
  /** Waits for an event on the observed topics that matches, and returns the first. */
  awaitEvent<T extends EventType>(
    type: T,
    match: (event: MeshEvent<T>) => boolean,
    timeoutMs?: number,
  ): Promise<MeshEvent<T>>;
  /** Disconnects the test's producer and consumer; the run's topics stay until deleteRunTopics. */
  disconnect(): Promise<void>;
}

export async function joinEventBus(registry: RegistryUnderTest, options: EventBusOptions): Promise<TestEventBus> {
  const prefix = registry.topicPrefix;
  const kafka = createKafka({ brokers: stack.kafkaBrokers(), clientId: options.clientId, logLevel: 'error' });
  const codec = new EventCodec(new HttpSchemaRegistry(registry.schemaRegistryUrl, { token: ADMIN_TOKEN }));
  const publisher = new EventPublisher(kafka, codec, { resolveTopic: prefixedTopics(prefix) });
  await publisher.connect();
  const events: MeshEvent[] = [];
  const arrivals = new Map<string, number>();
  const observed = options.observe ?? [];
  const consumer =
    observed.length === 0
      ? undefined
      : await observe(kafka, prefix, observed, codec, (event) => {
          arrivals.set(event.eventId, Date.now());
          events.push(event);
        });

  return {
    kafka,
    publish: async (type, subject, payload) => {
      const event = newEvent(type, { subject, producer: options.clientId, payload });
      await publisher.publish(event);
      return event;
    },
    events: () => events,
    receivedAt: (eventId) => arrivals.get(eventId),
    awaitEvent: async <T extends EventType>(
      type: T,
      match: (event: MeshEvent<T>) => boolean,
      timeoutMs = options.timeoutMs,
    ) => {
      const isWanted = (event: MeshEvent): event is MeshEvent<T> => event.type === type && match(event as MeshEvent<T>);
      await eventually(
        () => events.some(isWanted),
        () =>
          `no matching ${type}; seen: ${events.map((event) => event.type).join(', ')}` +
          (options.diagnostics === undefined ? '' : `\n${options.diagnostics()}`),
        timeoutMs,
      );
      return events.find(isWanted)!;
    },
    disconnect: async () => {
      await consumer?.disconnect();
      await publisher.disconnect();
    },
  };
}

async function observe(
  kafka: Kafka,
  prefix: string,
  topics: readonly string[],
  codec: EventCodec,
  received: (event: MeshEvent) => void,
): Promise<Consumer> {
  const consumer = kafka.consumer({ groupId: `${prefix}observer` });
  await consumer.connect();
  // The services under test created the contract topics at start, before they answered their health checks.
  await consumer.subscribe({ topics: topics.map((topic) => `${prefix}${topic}`), fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }) => {
      if (message.value !== null) received(await codec.decode(message.value));
    },
  });
  return consumer;
}

/** Deletes the Kafka topics of one run: those under its prefix. */
export async function deleteRunTopics(prefix: string): Promise<void> {
  const admin = createKafka({ brokers: stack.kafkaBrokers(), clientId: 'it-cleanup', logLevel: 'error' }).admin();
  await admin.connect();
  try {
    const topics = (await admin.listTopics()).filter((topic) => topic.startsWith(prefix));
    if (topics.length > 0) await admin.deleteTopics({ topics });
  } finally {
    await admin.disconnect();
  }
}
