import {
  newEvent,
  EventCodec,
  HttpSchemaRegistry,
  type EventType,
  type MeshEvent,
  type PayloadOf,
} from '@mesh/contracts';
import { createKafka, EventPublisher, prefixedTopics } from '@mesh/messaging';
import type { RoleGrant } from '@mesh/platform';
import {
  ADMIN_TOKEN,
  HttpApi,
  startGovernance,
  startRegistry,
  stack,
  uniqueName,
  type CopyableDescriptor,
  type GovernanceUnderTest,
  type RegistryUnderTest,
  type Reply,
} from '@mesh/testing';
import type { Kafka } from 'kafkajs';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse, stringify } from 'yaml';

/** A real registry and a real governance service on the same topics, as the platform runs them. */
export interface GovernanceMesh {
  registry: RegistryUnderTest;
  governance: GovernanceUnderTest;
  /** The registry as its bootstrap admin sees it. */
  admin: HttpApi;
  /** Governance as the platform admin sees it. */
  governanceAdmin: HttpApi;
  /** A principal with these roles, and its view of the registry and of governance. */
  actor(roles: RoleGrant[]): Promise<{ registry: HttpApi; governance: HttpApi }>;
  /** Publishes an event as another service (provisioning, lineage) would. */
  publish<T extends EventType>(type: T, subject: string, payload: PayloadOf<T>): Promise<MeshEvent<T>>;
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

async function expectOk<T>(reply: Promise<Reply<T>>, what: string): Promise<T> {
  const { status, body } = await reply;
  if (status >= 300) throw new Error(`${what}: ${status} ${JSON.stringify(body)}`);
  return body;
}

export async function startGovernanceMesh(label: string, env: Record<string, string> = {}): Promise<GovernanceMesh> {
  const registry = await startRegistry(label);
  const governance = await startGovernance(label, registry, { REEVALUATION_INTERVAL_MS: '500', ...env }).catch(
    async (error: unknown) => {
      await registry.remove();
      throw error;
    },
  );
  const admin = new HttpApi(registry.serviceUrl, ADMIN_TOKEN);
  const kafka = createKafka({ brokers: stack.kafkaBrokers(), clientId: `it-governance-${label}`, logLevel: 'error' });
  const publisher = new EventPublisher(kafka, new EventCodec(new HttpSchemaRegistry(registry.schemaRegistryUrl)), {
    resolveTopic: prefixedTopics(registry.topicPrefix),
  });
  await publisher.connect();

  return {
    registry,
    governance,
    admin,
    governanceAdmin: new HttpApi(governance.serviceUrl, ADMIN_TOKEN),
    actor: async (roles) => {
      const principal = await expectOk(
        admin.post<{ id: string }>('/v1/principals', { name: uniqueName('user'), kind: 'user', roles }),
        'creating a principal',
      );
      const { token } = await expectOk(
        admin.post<{ token: string }>(`/v1/principals/${principal.id}/tokens`, { name: 'it-governance' }),
        'creating a token',
      );
      return { registry: admin.as(token), governance: new HttpApi(governance.serviceUrl, token) };
    },
    publish: async (type, subject, payload) => {
      const event = newEvent(type, { subject, producer: 'it-governance', payload });
      await publisher.publish(event);
      return event;
    },
    sql: (text, params) => governance.sql(text, params),
    close: async () => {
      await publisher.disconnect();
      await governance.remove();
      await registry.remove();
      await deleteTopics(kafka, registry.topicPrefix);
    },
  };
}

async function deleteTopics(kafka: Kafka, prefix: string): Promise<void> {
  const kafkaAdmin = kafka.admin();
  await kafkaAdmin.connect();
  try {
    const topics = (await kafkaAdmin.listTopics()).filter((topic) => topic.startsWith(prefix));
    await kafkaAdmin.deleteTopics({ topics });
  } finally {
    await kafkaAdmin.disconnect();
  }
}

/** A descriptor of examples/products, parsed, for a test to change. */
export interface Descriptor extends CopyableDescriptor {
  metadata: { name: string; domain: string; version: string; [key: string]: unknown };
  spec: {
    outputPorts: { name: string; table?: string; [key: string]: unknown }[];
    contract: {
      schema: { name: string; fields: { name: string; [key: string]: unknown }[] }[];
      quality?: { table: string; [key: string]: unknown }[];
      [key: string]: unknown;
    };
    access: { visibility: string; approval: string };
    [key: string]: unknown;
  };
  [key: string]: unknown;
}

export function example(file: 'sales-orders' | 'sales-customers' | 'logistics-shipments' | 'finance-revenue') {
  return parse(readFileSync(resolve(__dirname, `../../../../examples/products/${file}.yaml`), 'utf8')) as Descriptor;
}

export function asYaml(descriptor: Descriptor): string {
  return stringify(descriptor);
}
