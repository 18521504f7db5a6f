import { generateToken } from '@mesh/platform';
import { ownSchema } from './own-schema';
import { revokeKafkaRun } from './kafka-access';
import { startService, type RunningService } from './service-process';
import { uniqueName } from './unique';
import { freePort } from './free-port';

/** The bootstrap admin's token (MESH_ADMIN_TOKEN) of every registry a test file starts. */
export const ADMIN_TOKEN = generateToken();

/** The registry service run from source as its own process, against a Postgres schema of its own. */
export interface RegistryUnderTest {
  /** Base URL of the Schema Registry API, as clients are given it. */
  schemaRegistryUrl: string;
  /** The prefix of the Kafka topics this registry uses (see `prefixedTopics` in @mesh/messaging). */
  topicPrefix: string;
  serviceUrl: string;
  /** The registry's process (another one after a restart). */
  readonly service: RunningService;
  /** Runs SQL in the registry's database schema, to look at what the API cannot show. */
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Stops the process and starts it again on the same port and database, with `env` added to its environment. */
  restart(env?: Record<string, string>): Promise<void>;
  /** Stops the process and drops its database schema. */
  remove(): Promise<void>;
}

/**
 * Each test file gets a fresh Postgres schema in the registry database, so that the settings it changes (the
 * global compatibility level) reach neither other test files nor a developer's registry, and runs repeat cleanly.
 * It also gets Kafka topics of its own (MESH_TOPIC_PREFIX, unless `env` sets one): a registry under test must never
 * join the real topics' consumer group and take a running platform's events.
 */
export async function startRegistry(
  label: string,
  options: { env?: Record<string, string> } = {},
): Promise<RegistryUnderTest> {
  const database = await ownSchema('mesh_registry', `registry_${label}`);
  const port = await freePort();
  const topicPrefix = options.env?.MESH_TOPIC_PREFIX ?? `${uniqueName(`it-${label}`)}.`;
  const start = (env: Record<string, string> = {}) =>
    startService('registry', {
      port,
      env: {
        DATABASE_URL: database.url,
        MESH_ADMIN_TOKEN: ADMIN_TOKEN,
        MESH_TOPIC_PREFIX: topicPrefix,
        ...options.env,
        ...env,
      },
    });

  let service: RunningService = await start();
  const serviceUrl = service.url;
  return {
    serviceUrl,
    topicPrefix,
    schemaRegistryUrl: `${serviceUrl}/schema-registry`,
    get service() {
      return service;
    },
    sql: database.sql,
    restart: async (env) => {
      await service.stop();
      service = await start(env);
    },
    remove: async () => {
      await service.stop();
      await database.drop();
      await revokeKafkaRun(topicPrefix);
    },
  };
}
