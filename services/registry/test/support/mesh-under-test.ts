import {
  EventCodec,
  HttpSchemaRegistry,
  newEvent,
  type EventType,
  type MeshEvent,
  type PayloadOf,
} from '@mesh/contracts';
import { createKafka, EventPublisher, prefixedTopics } from '@mesh/messaging';
import { ADMIN_TOKEN, eventually, startRegistry, stack, uniqueName, type RegistryUnderTest } from '@mesh/testing';
import type { Consumer, Kafka } from 'kafkajs';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { RegistryApi, type Reply } from './registry-api';

/** The topics the registry writes and the test reads. */
const OBSERVED_TOPICS = ['mesh.product-lifecycle.v1', 'mesh.access.v1'] as const;

/**
 * A registry on Kafka topics of its own (MESH_TOPIC_PREFIX), the way the other services meet it: the test
 * publishes what governance and provisioning would, and reads what the registry's outbox relay published.
 */
export interface MeshUnderTest {
  registry: RegistryUnderTest;
  admin: RegistryApi;
  /** Publishes an event as another service would, with the platform's codec and the registry's schemas. */
  publish<T extends EventType>(type: T, subject: string, payload: PayloadOf<T>): Promise<MeshEvent<T>>;
  /** Every event the registry published so far on its lifecycle and access topics, in the order consumed. */
  published(): readonly MeshEvent[];
  /** Waits until the registry has published an event matching `match`, and returns it. */
  awaitPublished<T extends EventType>(type: T, match: (event: MeshEvent<T>) => boolean): Promise<MeshEvent<T>>;
  close(): Promise<void>;
}

/** Starts a registry (on topics of its own, see startRegistry) with `env` added to its environment. */
export async function startMesh(label: string, env: Record<string, string> = {}): Promise<MeshUnderTest> {
  const registry = await startRegistry(label, { env });
  const prefix = registry.topicPrefix;

  const kafka = createKafka({ brokers: stack.kafkaBrokers(), clientId: `it-registry-${label}`, logLevel: 'error' });
  const codec = new EventCodec(new HttpSchemaRegistry(registry.schemaRegistryUrl));
  const publisher = new EventPublisher(kafka, codec, { resolveTopic: prefixedTopics(prefix) });
  await publisher.connect();
  const events: MeshEvent[] = [];
  const consumer = await consume(kafka, prefix, codec, events);

  return {
    registry,
    admin: new RegistryApi(registry.serviceUrl, ADMIN_TOKEN),
    publish: async (type, subject, payload) => {
      const event = newEvent(type, { subject, producer: 'it-registry', payload });
      await publisher.publish(event);
      return event;
    },
    published: () => events,
    awaitPublished: async <T extends EventType>(type: T, match: (event: MeshEvent<T>) => boolean) => {
      const isWanted = (event: MeshEvent): event is MeshEvent<T> => event.type === type && match(event as MeshEvent<T>);
      await eventually(
        () => events.some(isWanted),
        () => `the registry published no matching ${type}; it published: ${events.map((e) => e.type).join(', ')}`,
      );
      return events.find(isWanted) as MeshEvent<T>;
    },
    close: async () => {
      await consumer.disconnect();
      await publisher.disconnect();
      await registry.remove();
      await deleteTopics(kafka, prefix);
    },
  };
}

async function consume(kafka: Kafka, prefix: string, codec: EventCodec, into: MeshEvent[]): Promise<Consumer> {
  const consumer = kafka.consumer({ groupId: `${prefix}observer` });
  await consumer.connect();
  // The registry created its topics at start, before it answered its health check.
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
    const topics = (await admin.listTopics()).filter((topic) => topic.startsWith(prefix));
    await admin.deleteTopics({ topics });
  } finally {
    await admin.disconnect();
  }
}

/** An example descriptor of examples/products, as parsed YAML that a test may change before applying it. */
export function example(file: 'sales-orders' | 'sales-customers' | 'logistics-shipments' | 'finance-revenue') {
  return parse(readFileSync(resolve(__dirname, `../../../../examples/products/${file}.yaml`), 'utf8')) as Descriptor;
}

/** A descriptor as tests handle it: enough shape to change what they need. */
export interface Descriptor {
  metadata: { name: string; domain: string; version: string; [key: string]: unknown };
  spec: {
    outputPorts: { name: string; type: string; [key: string]: unknown }[];
    contract: { schema: { name: string; fields: { name: string; [key: string]: unknown }[] }[] };
    access: { approval: string; [key: string]: unknown };
    [key: string]: unknown;
  };
  [key: string]: unknown;
}

/** PUT /v1/products/{domain}/{name} with the descriptor as YAML. */
export async function apply<T = unknown>(api: RegistryApi, descriptor: Descriptor, query = ''): Promise<Reply<T>> {
  const { domain, name } = descriptor.metadata;
  const response = await fetch(`${api.baseUrl}/v1/products/${domain}/${name}${query}`, {
    method: 'PUT',
    headers: {
      'Content-Type': 'application/yaml',
      Accept: 'application/json',
      ...(api.token === undefined ? {} : { Authorization: `Bearer ${api.token}` }),
    },
    body: stringify(descriptor),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as T };
}

/** A copy of the descriptor with another version. */
export function withVersion(descriptor: Descriptor, version: string): Descriptor {
  const copy = structuredClone(descriptor);
  copy.metadata.version = version;
  return copy;
}

/** The domains of the examples, created by the admin; each test file has a database of its own, so no clash. */
export async function createExampleDomains(admin: RegistryApi, names: readonly string[]): Promise<void> {
  for (const name of names) {
    const reply = await admin.post('/v1/domains', { name, title: name, owningTeam: `team-${name}` });
    if (reply.status !== 201) throw new Error(`creating domain ${name}: ${reply.status} ${JSON.stringify(reply.body)}`);
  }
}

export interface VersionReply {
  version: string;
  state: string;
  provisioning: {
    jobId: string;
    ports: { name: string; type: string; address: string; provisioned: boolean }[];
  } | null;
  [key: string]: unknown;
}

export interface ProductReply {
  domain: string;
  name: string;
  versions: VersionReply[];
  [key: string]: unknown;
}

/** The version as GET /v1/products/{domain}/{name} shows it. */
export async function versionOf(api: RegistryApi, ref: VersionRef): Promise<VersionReply> {
  const reply = await api.get<ProductReply>(`/v1/products/${ref.domain}/${ref.name}`);
  const found = reply.body.versions?.find((version) => version.version === ref.version);
  if (found === undefined) throw new Error(`no version ${ref.version}: ${reply.status} ${JSON.stringify(reply.body)}`);
  return found;
}

export interface VersionRef {
  domain: string;
  name: string;
  version: string;
}

/** What governance sends when it approves a version. */
export function approval(ref: VersionRef): PayloadOf<'governance.decision.made'> {
  return {
    decisionId: uniqueName('decision'),
    product: ref,
    outcome: 'approved',
    trigger: 'proposal',
    evaluations: [],
  };
}

/**
 * Takes a proposed version to published as governance and provisioning would: an approval, then one
 * port-provisioned event per port at the address the registry shows, once it has started provisioning.
 */
export async function publishVersion(mesh: MeshUnderTest, ref: VersionRef): Promise<void> {
  const subject = `urn:mesh:product:${ref.domain}:${ref.name}`;
  const sameVersion = (event: MeshEvent<'product.provisioning.started' | 'product.version.published'>) =>
    event.payload.product.version === ref.version && event.subject === subject;
  await mesh.publish('governance.decision.made', subject, approval(ref));
  const started = await mesh.awaitPublished('product.provisioning.started', sameVersion);
  const version = await versionOf(mesh.admin, ref);
  for (const port of version.provisioning?.ports ?? []) {
    await mesh.publish('provisioning.port.provisioned', subject, {
      jobId: started.payload.jobId,
      product: ref,
      port: { name: port.name, type: port.type, address: port.address },
    });
  }
  await mesh.awaitPublished('product.version.published', sameVersion);
}
