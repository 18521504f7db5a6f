import {
  EventCodec,
  HttpSchemaRegistry,
  newEvent,
  type EventType,
  type MeshEvent,
  type PayloadOf,
} from '@mesh/contracts';
import { createKafka, EventPublisher, prefixedTopics } from '@mesh/messaging';
import { ADMIN_TOKEN, freePort, startRegistry, type RegistryUnderTest } from '../registry-under-test';
import { startService, type RunningService } from '../service-process';
import { serviceToken } from '../service-tokens';
import { s3Store } from '../s3-store';
import { stack } from '../stack';
import { createTestDatabase, eventually, type TestDatabase } from '../test-database';
import { uniqueName } from '../unique';
import { Redis } from 'ioredis';
import type { Consumer, Kafka } from 'kafkajs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';

/** The topics the tests watch: what the quality service says, and what the catalog announces. */
const OBSERVED_TOPICS = ['mesh.quality.v1', 'mesh.data-published.v1', 'mesh.product-lifecycle.v1'] as const;

export interface Reply<T> {
  status: number;
  body: T;
}

/**
 * The real stack around the quality service, on topics, schemas and queues of its own: a registry, the Iceberg
 * REST catalog on a temporary warehouse, and the quality service, each its own process. The test plays governance
 * and provisioning by publishing their events, and writes data with PyIceberg through the catalog.
 */
export interface QualityMesh {
  registry: RegistryUnderTest;
  catalogUrl: string;
  qualityUrl: string;
  /** Where the catalog keeps tables: a temporary directory, or a prefix of the stack's S3 store. */
  storage: 'local' | 's3';
  /** Every event seen so far on the observed topics. */
  events(): readonly MeshEvent[];
  /** When the test's consumer received the event (epoch ms). */
  receivedAt(eventId: string): number | undefined;
  awaitEvent<T extends EventType>(
    type: T,
    match: (event: MeshEvent<T>) => boolean,
    timeoutMs?: number,
  ): Promise<MeshEvent<T>>;
  publish<T extends EventType>(type: T, subject: string, payload: PayloadOf<T>): Promise<MeshEvent<T>>;
  /** Calls an API with a token (the admin's unless given). */
  call<T>(baseUrl: string, method: string, path: string, body?: unknown, token?: string | null): Promise<Reply<T>>;
  /** Creates the domain, applies the descriptor and takes its version to published, as governance and provisioning would. */
  publishProduct(descriptor: TestDescriptor): Promise<void>;
  close(): Promise<void>;
}

export interface TestDescriptor {
  metadata: { name: string; domain: string; version: string; [key: string]: unknown };
  spec: Record<string, unknown>;
  [key: string]: unknown;
}

/**
 * `storage: 's3'` puts the warehouse in the stack's S3 store (a prefix of its own), which the quality service reads
 * through the catalog's signer.
 */
export async function startQualityMesh(
  label: string,
  qualityEnv: Record<string, string> = {},
  storage: 'local' | 's3' = 'local',
): Promise<QualityMesh> {
  const registry = await startRegistry(label);
  const prefix = registry.topicPrefix;
  const store = storage === 's3' ? s3Store() : undefined;
  const s3Env = store?.warehouseEnv(`quality-${label}`) ?? {};
  const warehouse = s3Env.CATALOG_WAREHOUSE ?? mkdtempSync(join(tmpdir(), `quality-${label}-`));
  const databases: TestDatabase[] = [
    await createTestDatabase(`catalog_${label}`, []),
    await createTestDatabase(`quality_${label}`, []),
  ];
  const common = { MESH_TOPIC_PREFIX: prefix, REGISTRY_URL: registry.serviceUrl };
  const services: RunningService[] = [];
  const kafka = createKafka({ brokers: stack.kafkaBrokers(), clientId: `it-quality-${label}`, logLevel: 'error' });
  const codec = new EventCodec(new HttpSchemaRegistry(registry.schemaRegistryUrl));
  const publisher = new EventPublisher(kafka, codec, { resolveTopic: prefixedTopics(prefix) });
  const seen: MeshEvent[] = [];
  const arrivals = new Map<string, number>();
  let consumer: Consumer | undefined;

  const close = async () => {
    await consumer?.disconnect();
    await publisher.disconnect();
    for (const service of services.reverse()) await service.stop();
    for (const database of databases) await database.remove();
    await registry.remove();
    await deleteTopics(kafka, prefix);
    await deleteQueues(prefix);
    if (store !== undefined) await store.deleteUnder(warehouse);
    else rmSync(warehouse, { recursive: true, force: true });
  };

  try {
    const catalog = await startService('catalog', {
      port: await freePort(),
      env: {
        ...common,
        // Each service with its own principal's token, as in production.
        REGISTRY_TOKEN: await serviceToken(registry.serviceUrl, 'catalog'),
        DATABASE_URL: databases[0].url,
        CATALOG_WAREHOUSE: warehouse,
        ...s3Env,
      },
    });
    services.push(catalog);
    const quality = await startService('quality', {
      port: await freePort(),
      env: {
        ...common,
        REGISTRY_TOKEN: await serviceToken(registry.serviceUrl, 'quality'),
        DATABASE_URL: databases[1].url,
        CATALOG_URI: catalog.url,
        REDIS_URL: stack.redisUrl(),
        ...(store === undefined ? {} : { S3_ENDPOINT: store.endpoint, S3_REGION: store.region }),
        ...qualityEnv,
      },
    });
    services.push(quality);
    await publisher.connect();
    consumer = await observe(kafka, prefix, codec, (event) => {
      arrivals.set(event.eventId, Date.now());
      seen.push(event);
    });

    const call = async <T>(
      baseUrl: string,
      method: string,
      path: string,
      body?: unknown,
      token: string | null = ADMIN_TOKEN,
    ) => {
      const response = await fetch(`${baseUrl}${path}`, {
        method,
        headers: {
          Accept: 'application/json',
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...(token === null ? {} : { Authorization: `Bearer ${token}` }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, body: (text === '' ? undefined : JSON.parse(text)) as T };
    };
    const awaitEvent = async <T extends EventType>(
      type: T,
      match: (event: MeshEvent<T>) => boolean,
      timeoutMs = 30_000,
    ): Promise<MeshEvent<T>> => {
      const wanted = (event: MeshEvent): event is MeshEvent<T> => event.type === type && match(event as MeshEvent<T>);
      await eventually(
        () => seen.some(wanted),
        () => `no matching ${type}; seen: ${seen.map((event) => event.type).join(', ')}\nquality:\n${quality.output()}`,
        timeoutMs,
      );
      return seen.find(wanted)!;
    };
    const publish = async <T extends EventType>(type: T, subject: string, payload: PayloadOf<T>) => {
      const event = newEvent(type, { subject, producer: 'it-quality', payload });
      await publisher.publish(event);
      return event;
    };

    return {
      registry,
      catalogUrl: catalog.url,
      storage,
      qualityUrl: quality.url,
      events: () => seen,
      receivedAt: (eventId) => arrivals.get(eventId),
      awaitEvent,
      publish,
      call,
      publishProduct: async (descriptor) => {
        const { domain, name, version } = descriptor.metadata;
        const subject = `urn:mesh:product:${domain}:${name}`;
        const created = await call(registry.serviceUrl, 'POST', '/v1/domains', {
          name: domain,
          title: domain,
          owningTeam: `team-${domain}`,
        });
        if (created.status !== 201 && created.status !== 409) throw new Error(`domain: ${JSON.stringify(created)}`);
        const applied = await fetch(`${registry.serviceUrl}/v1/products/${domain}/${name}`, {
          method: 'PUT',
          headers: { 'Content-Type': 'application/yaml', Authorization: `Bearer ${ADMIN_TOKEN}` },
          body: stringify(descriptor),
        });
        if (applied.status !== 201) throw new Error(`apply: ${applied.status} ${await applied.text()}`);
        const ref = { domain, name, version };
        await publish('governance.decision.made', subject, {
          decisionId: uniqueName('decision'),
          product: ref,
          outcome: 'approved',
          trigger: 'proposal',
          evaluations: [],
        });
        const started = await awaitEvent(
          'product.provisioning.started',
          (event) => event.subject === subject && event.payload.product.version === version,
        );
        for (const port of started.payload.outputPorts) {
          await publish('provisioning.port.provisioned', subject, {
            jobId: started.payload.jobId,
            product: ref,
            port: { name: port.name, type: port.type, address: port.address },
          });
        }
        await awaitEvent('product.version.published', (event) => event.subject === subject);
        // The quality service monitors the version once it has consumed its publication.
        await eventually(
          async () =>
            (await call(quality.url, 'GET', `/v1/products/${domain}/${name}/alerts`)).status === 200 &&
            (await call(quality.url, 'GET', `/v1/products/${domain}/${name}/score`)).status === 200,
          () => `quality never monitored ${domain}/${name}:\n${quality.output()}`,
        );
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

async function observe(
  kafka: Kafka,
  prefix: string,
  codec: EventCodec,
  received: (event: MeshEvent) => void,
): Promise<Consumer> {
  const consumer = kafka.consumer({ groupId: `${prefix}observer` });
  await consumer.connect();
  await consumer.subscribe({ topics: OBSERVED_TOPICS.map((topic) => `${prefix}${topic}`), fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }) => {
      if (message.value !== null) received(await codec.decode(message.value));
    },
  });
  return consumer;
}

/** The BullMQ keys of the run's queues (the quality service puts them under `<topic prefix>bull`). */
async function deleteQueues(prefix: string): Promise<void> {
  const redis = new Redis(stack.redisUrl());
  try {
    const keys = await redis.keys(`${prefix}bull:*`);
    if (keys.length > 0) await redis.del(...keys);
  } finally {
    await redis.quit();
  }
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
