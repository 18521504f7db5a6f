import { createKafka } from '@mesh/messaging';
import { Redis } from 'ioredis';
import { execFile, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { startCatalog, type CatalogUnderTest } from './catalog-under-test';
import { deleteRunTopics } from './event-bus';
import { s3Store } from './s3-store';
import { startGovernance, type GovernanceUnderTest } from './governance-under-test';
import { ownSchema, type OwnSchema } from './own-schema';
import { pyicebergRun } from './quality/iceberg-writer';
import { freePort } from './free-port';
import { ADMIN_TOKEN, startRegistry, type RegistryUnderTest } from './registry-under-test';
import { startService, type RunningService } from './service-process';
import { serviceToken } from './service-tokens';
import { stack } from './stack';
import { uniqueName } from './unique';

/** The services a mesh under test runs beside the registry, governance and the catalog. */
export type MeshService = 'provisioning' | 'quality' | 'search' | 'lineage' | 'gateway';

/**
 * The whole mesh at once, each service a real process on a Postgres schema of its own and all on one run's Kafka
 * topics (the registry's prefix): what end-to-end, gateway and CLI tests drive. Nothing is faked: a product reaches
 * `published` only if governance approves it and provisioning creates its tables through the catalog.
 */
export interface MeshUnderTest {
  registry: RegistryUnderTest;
  governance: GovernanceUnderTest;
  catalog: CatalogUnderTest;
  services: Partial<Record<MeshService, RunningService>>;
  /** The base URL of a running service (registry, governance and catalog included). */
  url(service: MeshService | 'registry' | 'governance' | 'catalog'): string;
  /** The environment a mesh service gets, its own token included, for starting another instance (a second gateway). */
  serviceEnv(service: MeshService): Record<string, string>;
  /** Every process's latest output (its last `maxChars` characters, 4,000 by default), for failure messages. */
  logs(maxChars?: number): string;
  /** Every process of the mesh by service name, for tests that kill, pause or restart them. */
  processes(): Record<string, RunningService>;
  /** Runs SQL in a service's database schema (not the gateway's: it has none). */
  sql<T = Record<string, unknown>>(
    service: Exclude<MeshService, 'gateway'> | 'registry' | 'governance' | 'catalog',
    text: string,
  ): Promise<T[]>;
  /** Stops every process, drops their schemas, deletes the run's topics, queues and index. */
  stop(): Promise<void>;
}

export interface MeshOptions {
  /** The services to run beside the registry, governance and the catalog; all of them by default. */
  services?: readonly MeshService[];
  /** Extra environment per service. */
  env?: Partial<Record<MeshService, Record<string, string>>>;
  /** Told the registry's URL once it runs, before the other services start (a proxy in front of it needs it). */
  onRegistry?: (url: string) => void;
  /** Where the catalog keeps tables: a temporary directory (the default), or a prefix of the stack's S3 store. */
  storage?: 'local' | 's3';
}

const ALL: readonly MeshService[] = ['provisioning', 'quality', 'search', 'lineage', 'gateway'];

export async function startMesh(label: string, options: MeshOptions = {}): Promise<MeshUnderTest> {
  const wanted = new Set(options.services ?? ALL);
  const schemas: OwnSchema[] = [];
  const schemaOf = new Map<MeshService, OwnSchema>();
  const services: Partial<Record<MeshService, RunningService>> = {};
  const indexPrefix = uniqueName(`it-${label}`).toLowerCase();
  const registry = await startRegistry(label);
  options.onRegistry?.(registry.serviceUrl);
  const governance = await startGovernance(label, registry);
  const store = options.storage === 's3' ? s3Store() : undefined;
  const catalog = await startCatalog(label, registry, store?.warehouseEnv(label) ?? {});
  // Each service runs with its own principal's token, as `./platform start` runs it.
  const tokens = new Map<MeshService, string>();
  for (const name of ALL) tokens.set(name, await serviceToken(registry.serviceUrl, name));
  const url = (service: MeshService | 'registry' | 'governance' | 'catalog'): string => {
    if (service === 'registry') return registry.serviceUrl;
    if (service === 'governance') return governance.serviceUrl;
    if (service === 'catalog') return catalog.url;
    const running = services[service];
    if (running === undefined) throw new Error(`the mesh under test runs no ${service}`);
    return running.url;
  };
  const serviceEnv = (service: MeshService): Record<string, string> => ({
    REGISTRY_URL: registry.serviceUrl,
    REGISTRY_TOKEN: tokens.get(service)!,
    MESH_TOPIC_PREFIX: registry.topicPrefix,
    KAFKA_BROKERS: stack.kafkaBrokers().join(','),
    CATALOG_URI: catalog.url,
    REDIS_URL: stack.redisUrl(),
    OPENSEARCH_URL: stack.openSearchUrl(),
    SEARCH_INDEX_PREFIX: indexPrefix,
    GOVERNANCE_URL: governance.serviceUrl,
    CATALOG_PUBLIC_URL: catalog.url,
    SCHEMA_REGISTRY_PUBLIC_URL: registry.schemaRegistryUrl,
    // On S3, quality reads the files through the catalog's signer: the store's address, never its keys.
    ...(store === undefined ? {} : { S3_ENDPOINT: store.endpoint, S3_REGION: store.region }),
    ...Object.fromEntries(
      (['provisioning', 'quality', 'search', 'lineage'] as const)
        .filter((name) => services[name] !== undefined)
        .map((name) => [`${name.toUpperCase()}_URL`, services[name]!.url]),
    ),
  });
  const start = async (name: MeshService, env: Record<string, string>) => {
    if (!wanted.has(name)) return;
    let database: OwnSchema | undefined;
    if (name !== 'gateway') {
      database = await ownSchema(`mesh_${name}`, `${label}_${name}`);
      schemas.push(database);
      schemaOf.set(name, database);
    }
    services[name] = await startService(name, {
      port: await freePort(),
      env: {
        ...serviceEnv(name),
        ...(database === undefined ? {} : { DATABASE_URL: database.url }),
        ...env,
        ...options.env?.[name],
      },
    });
  };

  const mesh: MeshUnderTest = {
    registry,
    governance,
    catalog,
    services,
    url,
    serviceEnv,
    logs: (maxChars = 4000) =>
      [
        ['governance', governance.service.output()],
        ['catalog', catalog.output()],
        ...Object.entries(services).map(([name, service]) => [name, service.output()]),
      ]
        .map(([name, output]) => `--- ${name}:\n${(output ?? '').slice(-maxChars)}`)
        .join('\n'),
    processes: () => ({
      registry: registry.service,
      governance: governance.service,
      catalog: catalog.service,
      ...(services as Record<string, RunningService>),
    }),
    sql: async <T = Record<string, unknown>>(service: string, text: string): Promise<T[]> => {
      if (service === 'registry') return registry.sql<T>(text);
      if (service === 'governance') return governance.sql<T>(text);
      if (service === 'catalog') return catalog.sql<T>(text);
      const database = schemaOf.get(service as MeshService);
      if (database === undefined) throw new Error(`the mesh under test has no database for ${service}`);
      return database.sql<T>(text);
    },
    stop: async () => {
      for (const service of Object.values(services).reverse()) await service.stop();
      await catalog.remove();
      await governance.remove();
      for (const database of schemas) await database.drop();
      await fetch(`${stack.openSearchUrl()}/${indexPrefix}-products*`, { method: 'DELETE' });
      await registry.remove();
      await deleteTopicsAndQueues(registry.topicPrefix);
    },
  };
  try {
    await start('provisioning', { JOB_BACKOFF_MS: '500', JOB_LOCK_MS: '5000' });
    await start('quality', { SLA_CHECK_INTERVAL_MS: '1000' });
    await start('search', { INDEX_RETRY_DELAY_MS: '200' });
    await start('lineage', {});
    await start('gateway', {});
    if (services.gateway !== undefined) await untilReady(services.gateway.url);
  } catch (error) {
    await mesh.stop();
    throw error;
  }
  return mesh;
}

/** Waits for /ready: the gateway must have joined Kafka before a test makes events it should see. */
export async function untilReady(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    const response = await fetch(`${url}/ready`);
    if (response.ok) return;
    last = await response.text();
    await new Promise((wait) => setTimeout(wait, 250));
  }
  throw new Error(`${url} was not ready within ${timeoutMs} ms: ${last}`);
}

type Rows = Record<string, string | number | boolean | null>[];
type Written = { metadataLocation: string; snapshotId: string };

const WRITE_ROWS = resolve(__dirname, '../python/write_rows.py');
const writtenOf = (stdout: string): Written => JSON.parse(stdout.trim().split('\n').pop()!) as Written;

/** Where the rows go: the catalog, the committer's token, and the warehouse's storage (S3 signs remotely). */
export interface RowsTarget {
  token?: string;
  storage?: 'local' | 's3';
}

function writeRowsRun(catalogUrl: string, table: string, rows: Rows, target: RowsTarget) {
  const run = pyicebergRun(target.storage ?? 'local', { uri: catalogUrl, token: target.token ?? ADMIN_TOKEN });
  return { ...run, input: JSON.stringify({ catalog: run.catalog, table, rows }) };
}

/**
 * Commits rows to an Iceberg table through the catalog's REST API with PyIceberg, as a pipeline would
 * (libs/testing/python/write_rows.py), nulls in required columns included: what a faulty pipeline writes.
 */
export function writeRows(catalogUrl: string, table: string, rows: Rows, target: RowsTarget = {}): Written {
  const { python, env, input } = writeRowsRun(catalogUrl, table, rows, target);
  const result = spawnSync(python, [WRITE_ROWS], { input, env, encoding: 'utf8', timeout: 120_000 });
  if (result.status !== 0) {
    throw new Error(
      `PyIceberg failed (${result.status ?? result.signal}): ${result.stderr}${result.error?.message ?? ''}`,
    );
  }
  return writtenOf(result.stdout);
}

/** `writeRows` without blocking the event loop, for a load that keeps other work going while PyIceberg commits. */
export function commitRows(catalogUrl: string, table: string, rows: Rows, target: RowsTarget = {}): Promise<Written> {
  const { python, env, input } = writeRowsRun(catalogUrl, table, rows, target);
  return new Promise((done, failed) => {
    const child = execFile(python, [WRITE_ROWS], { env, timeout: 120_000 }, (error, stdout, stderr) =>
      error === null ? done(writtenOf(stdout)) : failed(new Error(`PyIceberg failed: ${error.message}: ${stderr}`)),
    );
    child.stdin?.end(input);
  });
}

/** The Kafka topics of the run. */
export async function listTopics(): Promise<string[]> {
  const admin = createKafka({ brokers: stack.kafkaBrokers(), clientId: 'it-topics', logLevel: 'error' }).admin();
  await admin.connect();
  try {
    return await admin.listTopics();
  } finally {
    await admin.disconnect();
  }
}

/** The run's Kafka topics and BullMQ keys (provisioning and quality put theirs under the topic prefix). */
async function deleteTopicsAndQueues(prefix: string): Promise<void> {
  await deleteRunTopics(prefix);
  const redis = new Redis(stack.redisUrl());
  try {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
  } finally {
    await redis.quit();
  }
}
