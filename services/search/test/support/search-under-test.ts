import type { EventType, PayloadOf } from '@mesh/contracts';
import {
  ADMIN_TOKEN,
  serviceToken,
  createTestDatabase,
  freePort,
  HttpApi,
  joinEventBus,
  productCopy,
  stack,
  startRegistry,
  startService,
  uniqueName,
  type RegistryUnderTest,
  type CopyableDescriptor,
  type RunningService,
  type TestDatabase,
} from '@mesh/testing';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { expectStatus } from './http';

const EXAMPLES = resolve(__dirname, '../../../../examples/products');

/**
 * A registry and a search service on Kafka topics of their own (the registry's MESH_TOPIC_PREFIX), the search
 * service on a Postgres schema and an index prefix of its own, so test runs never see each other.
 */
export interface SearchUnderTest {
  registry: RegistryUnderTest;
  /** The registry's API with the admin token. */
  admin: HttpApi;
  /** The search service's API with the admin token. */
  search: HttpApi;
  indexPrefix: string;
  service(): RunningService;
  /** Starts another instance of the search service on the same database, topics and index. */
  startInstance(env?: Record<string, string>): Promise<RunningService>;
  /** Publishes an event as another service (quality, lineage) would. */
  publish<T extends EventType>(type: T, subject: string, payload: PayloadOf<T>): Promise<void>;
  /** Applies a descriptor (YAML) to the registry. */
  apply(yaml: string): Promise<void>;
  close(): Promise<void>;
}

interface Descriptor extends CopyableDescriptor {
  metadata: { domain: string; name: string; title: string; version: string; tags?: string[] };
}

export function example(file: string): string {
  return readFileSync(resolve(EXAMPLES, file), 'utf8');
}

/** An example descriptor with other metadata: a new product (another name, with tables of its own) or a new version. */
export function variant(
  file: string,
  { name, ...changes }: { name?: string; version?: string; title?: string; tags?: string[] },
): string {
  const original = parse(example(file)) as Descriptor;
  const descriptor = name === undefined || name === original.metadata.name ? original : productCopy(original, name);
  Object.assign(descriptor.metadata, changes);
  return stringify(descriptor);
}

export async function startSearch(
  label: string,
  options: { openSearchUrl?: string; env?: Record<string, string> } = {},
): Promise<SearchUnderTest> {
  const registry = await startRegistry(label);
  const database: TestDatabase = await createTestDatabase(`search_${label}`, []);
  const indexPrefix = uniqueName(`it-search-${label}`).toLowerCase();
  const environment = {
    DATABASE_URL: database.url,
    MESH_TOPIC_PREFIX: registry.topicPrefix,
    SEARCH_INDEX_PREFIX: indexPrefix,
    OPENSEARCH_URL: options.openSearchUrl ?? stack.openSearchUrl(),
    REGISTRY_URL: registry.serviceUrl,
    // Its own principal's token, as in production.
    REGISTRY_TOKEN: await serviceToken(registry.serviceUrl, 'search'),
    ...options.env,
  };
  const instances: RunningService[] = [];
  const startInstance = async (env: Record<string, string> = {}) => {
    const instance = await startService('search', { port: await freePort(), env: { ...environment, ...env } });
    instances.push(instance);
    return instance;
  };
  const service = await startInstance();
  const bus = await joinEventBus(registry, { clientId: `it-search-${label}` });
  const admin = new HttpApi(registry.serviceUrl, ADMIN_TOKEN);

  return {
    registry,
    admin,
    search: new HttpApi(service.url, ADMIN_TOKEN),
    indexPrefix,
    service: () => service,
    startInstance,
    publish: async (type, subject, payload) => {
      await bus.publish(type, subject, payload);
    },
    apply: async (yaml) => {
      const { metadata } = parse(yaml) as Descriptor;
      const reply = await admin.put(`/v1/products/${metadata.domain}/${metadata.name}`, yaml, 'application/yaml');
      if (reply.status !== 200) expectStatus(reply, 201);
    },
    close: async () => {
      for (const instance of instances) await instance.stop();
      await bus.disconnect();
      await registry.remove();
      await database.remove();
      await fetch(`${stack.openSearchUrl()}/${indexPrefix}-products*`, { method: 'DELETE' });
    },
  };
}

/** Creates a domain in the registry. */
export async function createDomain(admin: HttpApi, name: string): Promise<void> {
  expectStatus(
    await admin.post('/v1/domains', {
      name,
      title: name,
      description: `The ${name} domain`,
      owningTeam: `${name}-team`,
    }),
    201,
  );
}
