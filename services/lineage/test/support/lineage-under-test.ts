import {
  EventCodec,
  HttpSchemaRegistry,
  newEvent,
  type EventType,
  type MeshEvent,
  type PayloadOf,
} from '@mesh/contracts';
import { createKafka, EventPublisher, prefixedTopics } from '@mesh/messaging';
import {
  ADMIN_TOKEN,
  serviceToken,
  eventually,
  freePort,
  ownSchema,
  stack,
  startRegistry,
  startService,
  type RegistryUnderTest,
  type RunningService,
} from '@mesh/testing';
import type { Consumer, Kafka } from 'kafkajs';

/** The topics the lineage service writes and the tests read. */
const OBSERVED_TOPICS = ['mesh.lineage.v1', 'mesh.data-published.v1', 'mesh.quality.v1'] as const;

export interface Reply<T> {
  status: number;
  body: T;
}

/**
 * A real registry and a real lineage service on Kafka topics of their own (the registry's MESH_TOPIC_PREFIX) and a
 * Postgres schema of their own. The test publishes what governance and provisioning would, and reads what the
 * lineage service published.
 */
export interface LineageUnderTest {
  registry: RegistryUnderTest;
  url: string;
  /** A request to the lineage service, with the admin's token unless another (or none) is given. */
  request<T = unknown>(method: string, path: string, body?: unknown, token?: string | null): Promise<Reply<T>>;
  /** A request to the registry with the admin's token. */
  registryRequest<T = unknown>(method: string, path: string, body?: unknown, contentType?: string): Promise<Reply<T>>;
  publish<T extends EventType>(type: T, subject: string, payload: PayloadOf<T>): Promise<MeshEvent<T>>;
  awaitEvent<T extends EventType>(type: T, match: (event: MeshEvent<T>) => boolean): Promise<MeshEvent<T>>;
  close(): Promise<void>;
}

export async function startLineage(label: string): Promise<LineageUnderTest> {
  const registry = await startRegistry(label);
  const database = await ownSchema('mesh_lineage', `lineage_${label}`);
  let service: RunningService;
  try {
    service = await startService('lineage', {
      port: await freePort(),
      env: {
        DATABASE_URL: database.url,
        REGISTRY_URL: registry.serviceUrl,
        // Its own principal's token, as in production.
        REGISTRY_TOKEN: await serviceToken(registry.serviceUrl, 'lineage'),
        MESH_TOPIC_PREFIX: registry.topicPrefix,
      },
    });
  } catch (error) {
    await registry.remove();
    throw error;
  }

  const kafka = createKafka({ brokers: stack.kafkaBrokers(), clientId: `it-lineage-${label}`, logLevel: 'error' });
  const codec = new EventCodec(new HttpSchemaRegistry(registry.schemaRegistryUrl, { token: ADMIN_TOKEN }));
  const publisher = new EventPublisher(kafka, codec, { resolveTopic: prefixedTopics(registry.topicPrefix) });
  await publisher.connect();
  const events: MeshEvent[] = [];
  const consumer = await consume(kafka, registry.topicPrefix, codec, events);

  const call = async <T>(url: string, method: string, body: unknown, headers: Record<string, string>) => {
    const response = await fetch(url, {
      method,
      headers: { Accept: 'application/json', ...headers },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: (text === '' ? undefined : JSON.parse(text)) as T };
  };

  return {
    registry,
    url: service.url,
    request: (method, path, body, token = ADMIN_TOKEN) =>
      call(`${service.url}${path}`, method, body, {
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(token === null ? {} : { Authorization: `Bearer ${token}` }),
      }),
    registryRequest: (method, path, body, contentType = 'application/json') =>
      call(`${registry.serviceUrl}${path}`, method, body, {
        ...(body === undefined ? {} : { 'Content-Type': contentType }),
        Authorization: `Bearer ${ADMIN_TOKEN}`,
      }),
    publish: async (type, subject, payload) => {
      const event = newEvent(type, { subject, producer: `it-lineage-${label}`, payload });
      await publisher.publish(event);
      return event;
    },
    awaitEvent: async <T extends EventType>(type: T, match: (event: MeshEvent<T>) => boolean) => {
      const isWanted = (event: MeshEvent): event is MeshEvent<T> => event.type === type && match(event as MeshEvent<T>);
      await eventually(
        () => events.some(isWanted),
        () => `no matching ${type}; seen: ${events.map((e) => e.type).join(', ')}\n${service.output()}`,
        45_000,
      );
      return events.find(isWanted) as MeshEvent<T>;
    },
    close: async () => {
      await consumer.disconnect();
      await publisher.disconnect();
      await service.stop();
      await database.drop();
      await registry.remove();
      await deleteTopics(kafka, registry.topicPrefix);
    },
  };
}

async function consume(kafka: Kafka, prefix: string, codec: EventCodec, into: MeshEvent[]): Promise<Consumer> {
  const consumer = kafka.consumer({ groupId: `${prefix}lineage-observer` });
  await consumer.connect();
  // The registry created every contract topic at start, before it answered its health check.
  await consumer.subscribe({ topics: OBSERVED_TOPICS.map((topic) => `${prefix}${topic}`), fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }) => {
      if (message.value !== null) into.push(await codec.decode(message.value));
    },
  });
  return consumer;
}

async function deleteTopics(kafka: Kafka, prefix: string): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    await admin.deleteTopics({ topics: (await admin.listTopics()).filter((topic) => topic.startsWith(prefix)) });
  } finally {
    await admin.disconnect();
  }
}
