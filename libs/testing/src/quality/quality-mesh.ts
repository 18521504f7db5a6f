import { startBesideRegistry, type ServiceBesideRegistry } from '../beside-registry';
import { startCatalog, type CatalogUnderTest } from '../catalog-under-test';
import { deleteRunTopics, joinEventBus, type TestEventBus } from '../event-bus';
import { HttpApi, type Reply } from '../http-api';
import { publishVersion } from '../product-publication';
import { ADMIN_TOKEN, startRegistry, type RegistryUnderTest } from '../registry-under-test';
import { s3Store } from '../s3-store';
import { stack } from '../stack';
import { eventually } from '../test-database';
import { Redis } from 'ioredis';
import { stringify } from 'yaml';

/** The topics the tests watch: what the quality service says, and what the catalog announces. */
const OBSERVED_TOPICS = ['mesh.quality.v1', 'mesh.data-published.v1', 'mesh.product-lifecycle.v1'] as const;

/**
 * The real stack around the quality service, on topics, schemas and queues of its own: a registry, the Iceberg
 * REST catalog on a temporary warehouse, and the quality service, each its own process. The test plays governance
 * and provisioning by publishing their events, and writes data with PyIceberg through the catalog.
 */
export interface QualityMesh extends Pick<TestEventBus, 'events' | 'receivedAt' | 'awaitEvent' | 'publish'> {
  registry: RegistryUnderTest;
  /** The registry as its bootstrap admin sees it. */
  registryAdmin: HttpApi;
  catalogUrl: string;
  qualityUrl: string;
  /** Where the catalog keeps tables: a temporary directory, or a prefix of the stack's S3 store. */
  storage: 'local' | 's3';
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
 * through the catalog's signer. `qualityEnv` may depend on the catalog's address (a Trino catalog made on it).
 */
export async function startQualityMesh(
  label: string,
  qualityEnv: Record<string, string> | ((catalogUrl: string) => Promise<Record<string, string>>) = {},
  storage: 'local' | 's3' = 'local',
): Promise<QualityMesh> {
  const registry = await startRegistry(label);
  const store = storage === 's3' ? s3Store() : undefined;
  const prefix = registry.topicPrefix;
  let catalog: CatalogUnderTest | undefined;
  let quality: ServiceBesideRegistry | undefined;
  let bus: TestEventBus | undefined;

  const close = async () => {
    await bus?.disconnect();
    await quality?.remove();
    await catalog?.remove();
    await registry.remove();
    await deleteRunTopics(prefix);
    await deleteQueues(prefix);
  };

  try {
    catalog = await startCatalog(label, registry, store?.warehouseEnv(`quality-${label}`) ?? {});
    quality = await startBesideRegistry('quality', label, registry, {
      CATALOG_URI: catalog.url,
      REDIS_URL: stack.redisUrl(),
      ...(store === undefined ? {} : { S3_ENDPOINT: store.endpoint, S3_REGION: store.region }),
      ...(typeof qualityEnv === 'function' ? await qualityEnv(catalog.url) : qualityEnv),
    });
    const { url: catalogUrl } = catalog;
    const { service } = quality;
    const observed = await joinEventBus(registry, {
      clientId: `it-quality-${label}`,
      observe: OBSERVED_TOPICS,
      diagnostics: () => `quality:\n${service.output()}`,
    });
    bus = observed;
    const call = <T>(
      baseUrl: string,
      method: string,
      path: string,
      body?: unknown,
      token: string | null = ADMIN_TOKEN,
    ) => new HttpApi(baseUrl, token ?? undefined).request<T>(method, path, body);

    const registryAdmin = new HttpApi(registry.serviceUrl, ADMIN_TOKEN);
    return {
      registry,
      registryAdmin,
      catalogUrl,
      qualityUrl: service.url,
      storage,
      events: observed.events,
      receivedAt: observed.receivedAt,
      awaitEvent: observed.awaitEvent,
      publish: observed.publish,
      call,
      publishProduct: async (descriptor) => {
        const { domain, name } = descriptor.metadata;
        const created = await registryAdmin.post('/v1/domains', {
          name: domain,
          title: domain,
          owningTeam: `team-${domain}`,
        });
        if (created.status !== 201 && created.status !== 409) throw new Error(`domain: ${JSON.stringify(created)}`);
        const applied = await registryAdmin.put(
          `/v1/products/${domain}/${name}`,
          stringify(descriptor),
          'application/yaml',
        );
        if (applied.status !== 201) throw new Error(`apply: ${applied.status} ${JSON.stringify(applied.body)}`);
        await publishVersion(observed, descriptor.metadata);
        // The quality service monitors the version once it has consumed its publication.
        await eventually(
          async () =>
            (await call(service.url, 'GET', `/v1/products/${domain}/${name}/alerts`)).status === 200 &&
            (await call(service.url, 'GET', `/v1/products/${domain}/${name}/score`)).status === 200,
          () => `quality never monitored ${domain}/${name}:\n${service.output()}`,
        );
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
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
