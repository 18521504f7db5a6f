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
  eventually,
  HttpApi,
  stack,
  startCatalog,
  startRegistry,
  uniqueName,
  type CatalogUnderTest,
  type RegistryUnderTest,
} from '@mesh/testing';
import type { Consumer, Kafka } from 'kafkajs';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse, stringify } from 'yaml';

export interface IcebergError {
  error: { message: string; type: string; code: number };
}

export interface Actor {
  id: string;
  token: string;
  /** The catalog as this principal sees it. */
  catalog: HttpApi;
  /** The registry as this principal sees it. */
  registry: HttpApi;
}

/** A registry and a catalog on the same Kafka topics, as the platform runs them, and the test's view of both. */
export interface CatalogMesh {
  registry: RegistryUnderTest;
  catalog: CatalogUnderTest;
  admin: Actor;
  /** A fresh domain, created by the admin. */
  createDomain(label?: string): Promise<string>;
  /** A fresh principal with these roles and a token. */
  createActor(roles: { role: string; domain?: string }[]): Promise<Actor>;
  /** Publishes an event as another service would. */
  publish<T extends EventType>(type: T, subject: string, payload: PayloadOf<T>): Promise<MeshEvent<T>>;
  /** Waits for an event on the platform's topics that matches. */
  awaitEvent<T extends EventType>(type: T, match: (event: MeshEvent<T>) => boolean): Promise<MeshEvent<T>>;
  close(): Promise<void>;
}

const OBSERVED_TOPICS = ['mesh.product-lifecycle.v1', 'mesh.access.v1', 'mesh.data-published.v1'] as const;

export async function startCatalogMesh(label: string, catalogEnv: Record<string, string> = {}): Promise<CatalogMesh> {
  const registry = await startRegistry(label);
  const catalog = await startCatalog(label, registry, catalogEnv);
  const prefix = registry.topicPrefix;
  const kafka = createKafka({ brokers: stack.kafkaBrokers(), clientId: `it-catalog-${label}`, logLevel: 'error' });
  const codec = new EventCodec(new HttpSchemaRegistry(registry.schemaRegistryUrl, { token: ADMIN_TOKEN }));
  const publisher = new EventPublisher(kafka, codec, { resolveTopic: prefixedTopics(prefix) });
  await publisher.connect();
  const events: MeshEvent[] = [];
  const consumer = await observe(kafka, prefix, codec, events);
  const adminRegistry = new HttpApi(registry.serviceUrl, ADMIN_TOKEN);
  const admin: Actor = {
    id: 'admin',
    token: ADMIN_TOKEN,
    catalog: new HttpApi(catalog.url, ADMIN_TOKEN),
    registry: adminRegistry,
  };

  return {
    registry,
    catalog,
    admin,
    createDomain: async (domainLabel = 'domain') => {
      const name = uniqueName(domainLabel);
      const reply = await adminRegistry.post('/v1/domains', { name, title: name, owningTeam: `team-${domainLabel}` });
      if (reply.status !== 201) throw new Error(`creating domain ${name}: ${JSON.stringify(reply.body)}`);
      return name;
    },
    createActor: async (roles) => {
      const principal = await adminRegistry.post<{ id: string }>('/v1/principals', {
        name: uniqueName('user'),
        kind: 'user',
        roles,
      });
      if (principal.status !== 201) throw new Error(`creating a principal: ${JSON.stringify(principal.body)}`);
      const token = await adminRegistry.post<{ token: string }>(`/v1/principals/${principal.body.id}/tokens`, {
        name: 'test',
      });
      return {
        id: principal.body.id,
        token: token.body.token,
        catalog: new HttpApi(catalog.url, token.body.token),
        registry: new HttpApi(registry.serviceUrl, token.body.token),
      };
    },
    publish: async (type, subject, payload) => {
      const event = newEvent(type, { subject, producer: 'it-catalog', payload });
      await publisher.publish(event);
      return event;
    },
    awaitEvent: async <T extends EventType>(type: T, match: (event: MeshEvent<T>) => boolean) => {
      const wanted = (event: MeshEvent): event is MeshEvent<T> => event.type === type && match(event as MeshEvent<T>);
      await eventually(
        () => events.some(wanted),
        () => `no matching ${type}; seen: ${events.map((event) => event.type).join(', ')}`,
        60_000,
      );
      return events.find(wanted) as MeshEvent<T>;
    },
    close: async () => {
      await consumer.disconnect();
      await publisher.disconnect();
      await catalog.remove();
      await registry.remove();
      const admin = kafka.admin();
      await admin.connect();
      try {
        await admin.deleteTopics({ topics: (await admin.listTopics()).filter((topic) => topic.startsWith(prefix)) });
      } finally {
        await admin.disconnect();
      }
    },
  };
}

async function observe(kafka: Kafka, prefix: string, codec: EventCodec, into: MeshEvent[]): Promise<Consumer> {
  const consumer = kafka.consumer({ groupId: `${prefix}observer` });
  await consumer.connect();
  // Both services created the contract topics at start, before they answered their health checks.
  await consumer.subscribe({ topics: OBSERVED_TOPICS.map((topic) => `${prefix}${topic}`), fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }) => {
      if (message.value !== null) into.push(await codec.decode(message.value));
    },
  });
  return consumer;
}

/** An example descriptor (examples/products) moved into `domain`, with the access approval given. */
export function exampleDescriptor(domain: string, approval: 'auto' | 'manual'): Record<string, unknown> {
  const descriptor = parse(
    readFileSync(resolve(__dirname, '../../../../examples/products/sales-orders.yaml'), 'utf8'),
  ) as { metadata: { domain: string }; spec: { access: { approval: string } } };
  descriptor.metadata.domain = domain;
  descriptor.spec.access.approval = approval;
  return descriptor as unknown as Record<string, unknown>;
}

/**
 * Applies the descriptor with the owner's token, then takes the version to published as governance and
 * provisioning would: an approval, then one port-provisioned report per port at the address the registry chose.
 */
export async function publishProduct(
  mesh: CatalogMesh,
  owner: Actor,
  descriptor: Record<string, unknown>,
): Promise<{ domain: string; name: string; version: string }> {
  const { domain, name, version } = descriptor.metadata as { domain: string; name: string; version: string };
  const applied = await fetch(`${mesh.registry.serviceUrl}/v1/products/${domain}/${name}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/yaml', Authorization: `Bearer ${owner.token}` },
    body: stringify(descriptor),
  });
  if (applied.status !== 201) throw new Error(`applying ${domain}/${name}: ${applied.status} ${await applied.text()}`);
  const ref = { domain, name, version };
  const subject = `urn:mesh:product:${domain}:${name}`;
  const sameVersion = (event: MeshEvent<'product.provisioning.started' | 'product.version.published'>) =>
    event.subject === subject && event.payload.product.version === version;
  await mesh.publish('governance.decision.made', subject, {
    decisionId: uniqueName('decision'),
    product: ref,
    outcome: 'approved',
    trigger: 'proposal',
    evaluations: [],
  });
  const started = await mesh.awaitEvent('product.provisioning.started', sameVersion);
  const product = await mesh.admin.registry.get<{
    versions: { version: string; provisioning: { ports: { name: string; type: string; address: string }[] } }[];
  }>(`/v1/products/${domain}/${name}`);
  const ports = product.body.versions.find((candidate) => candidate.version === version)?.provisioning.ports ?? [];
  for (const port of ports) {
    await mesh.publish('provisioning.port.provisioned', subject, {
      jobId: started.payload.jobId,
      product: ref,
      port: { name: port.name, type: port.type, address: port.address },
    });
  }
  await mesh.awaitEvent('product.version.published', sameVersion);
  return ref;
}

/** The schema of the example's `orders` table, in Iceberg's JSON form, as its contract has it. */
export const ORDERS_SCHEMA = {
  type: 'struct',
  fields: [
    { id: 1, name: 'order_id', type: 'uuid', required: true },
    { id: 2, name: 'customer_id', type: 'uuid', required: true },
    { id: 3, name: 'channel', type: 'string', required: true },
    { id: 4, name: 'status', type: 'string', required: true },
    { id: 5, name: 'currency', type: 'string', required: true },
    { id: 6, name: 'total_amount', type: 'decimal(12, 2)', required: true },
    { id: 7, name: 'ordered_at', type: 'timestamptz', required: true },
    { id: 8, name: 'updated_at', type: 'timestamptz', required: true },
  ],
};
