import { defineConfig, env, type ConfigOf } from '@mesh/platform';
import { z } from 'zod';

/**
 * The search service's environment, validated at boot. DATABASE_URL carries a password and REGISTRY_TOKEN is the
 * service principal's token, so neither reaches a log.
 */
export const searchConfig = defineConfig(
  {
    PORT: env.port(3006),
    DATABASE_URL: env.url('postgres://mesh:mesh@127.0.0.1:5432/mesh_search'),
    LOG_LEVEL: env.logLevel(),
    KAFKA_BROKERS: env.brokers('127.0.0.1:9092'),
    MESH_TOPIC_PREFIX: env.topicPrefix(),
    OPENSEARCH_URL: env.url('http://127.0.0.1:9200'),
    // Every index and alias is named `<prefix>-products...`, so that test runs never touch each other's indices.
    SEARCH_INDEX_PREFIX: z
      .string()
      .regex(/^[a-z0-9][a-z0-9._-]*$/, 'expected lower-case letters, digits, ".", "_" or "-"')
      .default('mesh'),
    // The registry: the source of truth the index is built from, the token introspection and the Schema Registry.
    REGISTRY_URL: env.url('http://127.0.0.1:3001'),
    REGISTRY_TOKEN: env.token(),
    // How often the index is compared with the registry and repaired; 0 turns the periodic check off.
    DRIFT_CHECK_INTERVAL_MS: z.coerce.number().int().min(0).default(300_000),
    // Products indexed in one bulk request at most, and how long a change may wait for others to join it.
    INDEX_BATCH_SIZE: z.coerce.number().int().min(1).max(5_000).default(500),
    INDEX_FLUSH_INTERVAL_MS: z.coerce.number().int().min(1).max(60_000).default(20),
    // Answers are kept until this instance next changes the index, and this long at most: the bound on how stale
    // an answer can be after another instance wrote. 0 turns the cache off.
    SEARCH_CACHE_TTL_MS: z.coerce.number().int().min(0).max(60_000).default(500),
    SEARCH_CACHE_ENTRIES: z.coerce.number().int().min(1).max(100_000).default(2_000),
    // How long the indexer waits before trying again when OpenSearch or the registry fails.
    INDEX_RETRY_DELAY_MS: z.coerce.number().int().min(10).default(1_000),
  },
  ['DATABASE_URL', 'REGISTRY_TOKEN'],
);

export type SearchConfig = ConfigOf<typeof searchConfig>;
