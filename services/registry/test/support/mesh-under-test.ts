import type { EventType, MeshEvent, PayloadOf } from '@mesh/contracts';
import {
  ADMIN_TOKEN,
  deleteRunTopics,
  HttpApi,
  joinEventBus,
  startRegistry,
  type RegistryUnderTest,
  type Reply,
  type VersionRef,
} from '@mesh/testing';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse, stringify } from 'yaml';

/**
 * A registry on Kafka topics of its own (MESH_TOPIC_PREFIX), the way the other services meet it: the test
 * publishes what governance and provisioning would, and reads what the registry's outbox relay published.
 */
export interface MeshUnderTest {
  registry: RegistryUnderTest;
  admin: HttpApi;
  /** Publishes an event as another service would, with the platform's codec and the registry's schemas. */
  publish<T extends EventType>(type: T, subject: string, payload: PayloadOf<T>): Promise<MeshEvent<T>>;
  /** Every event the registry published so far on its lifecycle and access topics, in the order consumed. */
  published(): readonly MeshEvent[];
  /** Waits until the registry has published an event matching `match`, and returns it. */
  awaitEvent<T extends EventType>(type: T, match: (event: MeshEvent<T>) => boolean): Promise<MeshEvent<T>>;
  close(): Promise<void>;
}

/** Starts a registry (on topics of its own, see startRegistry) with `env` added to its environment. */
export async function startMesh(label: string, env: Record<string, string> = {}): Promise<MeshUnderTest> {
  const registry = await startRegistry(label, { env });
  // The registry created its topics at start, before it answered its health check.
  const bus = await joinEventBus(registry, {
    clientId: `it-registry-${label}`,
    observe: ['mesh.product-lifecycle.v1', 'mesh.access.v1'],
  });
  return {
    registry,
    admin: new HttpApi(registry.serviceUrl, ADMIN_TOKEN),
    publish: bus.publish,
    published: bus.events,
    awaitEvent: (type, match) => bus.awaitEvent(type, match),
    close: async () => {
      await bus.disconnect();
      await registry.remove();
      await deleteRunTopics(registry.topicPrefix);
    },
  };
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
export async function apply<T = unknown>(api: HttpApi, descriptor: Descriptor, query = ''): Promise<Reply<T>> {
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
export async function createExampleDomains(admin: HttpApi, names: readonly string[]): Promise<void> {
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
export async function versionOf(api: HttpApi, ref: VersionRef): Promise<VersionReply> {
  const reply = await api.get<ProductReply>(`/v1/products/${ref.domain}/${ref.name}`);
  const found = reply.body.versions?.find((version) => version.version === ref.version);
  if (found === undefined) throw new Error(`no version ${ref.version}: ${reply.status} ${JSON.stringify(reply.body)}`);
  return found;
}
