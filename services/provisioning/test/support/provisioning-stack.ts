import { productUrn, type MeshEvent } from '@mesh/contracts';
import {
  ADMIN_TOKEN,
  approvalOf,
  deleteRunTopics,
  eventually,
  freePort,
  HttpApi,
  joinEventBus,
  ownSchema,
  serviceToken,
  startRegistry,
  startService,
  stack,
  type RegistryUnderTest,
  type RunningService,
  type TestEventBus,
  type VersionRef,
} from '@mesh/testing';
import type { Admin } from 'kafkajs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { Descriptor } from './descriptors';
import { startRegistryGate, type RegistryGate } from './registry-gate';

/** A service process that a test can crash, stop and start again on the same port and database. */
export interface Restartable {
  url: string;
  /** kill -9. */
  kill(): Promise<void>;
  stop(): Promise<void>;
  /** Starts it again (after kill or stop), with `env` added to its environment. */
  start(env?: Record<string, string>): Promise<void>;
  output(): string;
}

/**
 * A registry, a catalog and a provisioning service, each a real process with a database schema of its own, on
 * Kafka topics of their own (one MESH_TOPIC_PREFIX, which also keeps provisioning's BullMQ queue apart). The test
 * plays governance: it publishes the decision that approves a version, and watches what the services announce.
 */
export interface ProvisioningStack extends Pick<TestEventBus, 'publish' | 'events' | 'awaitEvent'> {
  prefix: string;
  registry: RegistryUnderTest;
  /** The registry as provisioning reaches it; open unless a test closes it. */
  registryGate: RegistryGate;
  catalog: Restartable;
  provisioning: Restartable;
  /** The registry's API with the admin token. */
  admin: HttpApi;
  catalogApi: HttpApi;
  provisioningApi: HttpApi;
  kafka: Admin;
  close(): Promise<void>;
}

export async function startProvisioningStack(
  label: string,
  env: { registry?: Record<string, string>; provisioning?: Record<string, string> } = {},
): Promise<ProvisioningStack> {
  const registry = await startRegistry(label, { env: env.registry });
  const prefix = registry.topicPrefix;
  const common = {
    REGISTRY_URL: registry.serviceUrl,
    KAFKA_BROKERS: stack.kafkaBrokers().join(','),
    MESH_TOPIC_PREFIX: prefix,
  };

  const warehouse = mkdtempSync(join(tmpdir(), `it-${label}-warehouse-`));
  const catalogSchema = await ownSchema('mesh_catalog', label);
  // Each service with its own principal's token, as in production.
  const catalog = await restartable('catalog', {
    ...common,
    REGISTRY_TOKEN: await serviceToken(registry.serviceUrl, 'catalog'),
    DATABASE_URL: catalogSchema.url,
    CATALOG_WAREHOUSE: warehouse,
  });
  const provisioningSchema = await ownSchema('mesh_provisioning', label);
  const registryGate = await startRegistryGate(registry.serviceUrl);
  const provisioning = await restartable('provisioning', {
    ...common,
    REGISTRY_URL: registryGate.url,
    REGISTRY_TOKEN: await serviceToken(registry.serviceUrl, 'provisioning'),
    DATABASE_URL: provisioningSchema.url,
    REDIS_URL: stack.redisUrl(),
    CATALOG_URI: catalog.url,
    JOB_BACKOFF_MS: '500',
    JOB_LOCK_MS: '5000',
    ...env.provisioning,
  });

  const bus = await joinEventBus(registry, {
    clientId: `it-${label}`,
    // What the registry and provisioning announce.
    observe: ['mesh.product-lifecycle.v1', 'mesh.provisioning.v1'],
    timeoutMs: 60_000,
    diagnostics: () => `provisioning:\n${provisioning.output()}`,
  });
  const admin = bus.kafka.admin();
  await admin.connect();

  return {
    prefix,
    registry,
    registryGate,
    catalog,
    provisioning,
    admin: new HttpApi(registry.serviceUrl, ADMIN_TOKEN),
    catalogApi: new HttpApi(catalog.url, ADMIN_TOKEN),
    provisioningApi: new HttpApi(provisioning.url, ADMIN_TOKEN),
    kafka: admin,
    publish: bus.publish,
    events: bus.events,
    awaitEvent: bus.awaitEvent,
    close: async () => {
      await bus.disconnect();
      await provisioning.stop();
      await registryGate.stop();
      await catalog.stop();
      await provisioningSchema.drop();
      await catalogSchema.drop();
      await registry.remove();
      await admin.disconnect();
      await deleteRunTopics(prefix);
      rmSync(warehouse, { recursive: true, force: true });
    },
  };
}

async function restartable(name: string, env: Record<string, string>): Promise<Restartable> {
  const port = await freePort();
  let service: RunningService = await startService(name, { port, env });
  let earlier = '';
  return {
    url: service.url,
    kill: () => service.kill(),
    stop: () => service.stop(),
    start: async (extra = {}) => {
      earlier += service.output();
      service = await startService(name, { port, env: { ...env, ...extra } });
    },
    output: () => earlier + service.output(),
  };
}

/** Creates the domain (as the admin) unless it exists. */
export async function ensureDomain(admin: HttpApi, name: string): Promise<void> {
  const reply = await admin.post('/v1/domains', { name, title: name, owningTeam: `team-${name}` });
  if (reply.status !== 201 && reply.status !== 409) {
    throw new Error(`creating domain ${name}: ${reply.status} ${JSON.stringify(reply.body)}`);
  }
}

/** PUT /v1/products/{domain}/{name}: proposes the descriptor's version. */
export async function apply(admin: HttpApi, descriptor: Descriptor): Promise<void> {
  const { domain, name } = descriptor.metadata;
  const reply = await admin.put(`/v1/products/${domain}/${name}`, stringify(descriptor), 'application/yaml');
  if (reply.status !== 201) throw new Error(`applying ${name}: ${reply.status} ${JSON.stringify(reply.body)}`);
}

/** Governance's approval of a version, as the registry consumes it. */
export function approve(mesh: ProvisioningStack, ref: VersionRef): Promise<MeshEvent<'governance.decision.made'>> {
  return mesh.publish('governance.decision.made', productUrn(ref), approvalOf(ref));
}

export interface VersionReply {
  version: string;
  state: string;
  provisioning: {
    jobId: string;
    ports: { name: string; address: string; provisioned: boolean }[];
    failure: { port: string | null; reason: string; attempts: number | null } | null;
  } | null;
}

export async function versionOf(admin: HttpApi, ref: VersionRef): Promise<VersionReply> {
  const reply = await admin.get<{ versions?: VersionReply[] }>(`/v1/products/${ref.domain}/${ref.name}`);
  const found = reply.body.versions?.find((version) => version.version === ref.version);
  if (found === undefined) throw new Error(`no version ${ref.version}: ${reply.status} ${JSON.stringify(reply.body)}`);
  return found;
}

/** Waits until the registry shows the version in `state`. */
export async function awaitState(
  mesh: ProvisioningStack,
  ref: VersionRef,
  state: string,
  timeoutMs = 90_000,
): Promise<void> {
  await eventually(
    async () => (await versionOf(mesh.admin, ref)).state === state,
    async () =>
      `${ref.name} ${ref.version} did not reach ${state}: ${JSON.stringify(await versionOf(mesh.admin, ref))}\n` +
      `flow: ${JSON.stringify((await mesh.provisioningApi.get(`/v1/flows/${ref.domain}/${ref.name}/${ref.version}`)).body)}\n` +
      `provisioning:\n${mesh.provisioning.output()}`,
    timeoutMs,
  );
}
