import { defineConfig, env, type ConfigOf } from '@mesh/platform';
import { z } from 'zod';

/**
 * The provisioning service's environment, validated at boot. DATABASE_URL and REDIS_URL may carry passwords, and
 * the tokens are credentials, so none of them reaches a log.
 */
export const provisioningConfig = defineConfig(
  {
    PORT: env.port(3003),
    DATABASE_URL: env.url('postgres://mesh:mesh@127.0.0.1:5432/mesh_provisioning'),
    REDIS_URL: env.url('redis://127.0.0.1:6379'),
    LOG_LEVEL: env.logLevel(),
    KAFKA_BROKERS: env.brokers('127.0.0.1:9092'),
    MESH_TOPIC_PREFIX: env.topicPrefix(),
    REGISTRY_URL: env.url('http://127.0.0.1:3001'),
    // The service principal's token: introspection, the registry's API and Schema Registry, and the catalog.
    REGISTRY_TOKEN: env.token(),
    CATALOG_URI: env.url('http://127.0.0.1:8181'),
    // The catalog's own token when it differs from REGISTRY_TOKEN.
    CATALOG_TOKEN: env.token(),
    // Runs of a provisioning job before it is reported failed; with the backoff below, 8 runs span about 2 minutes.
    JOB_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
    // First retry delay; each next one doubles, up to JOB_BACKOFF_MAX_MS.
    JOB_BACKOFF_MS: z.coerce.number().int().min(10).default(1000),
    JOB_BACKOFF_MAX_MS: z.coerce.number().int().min(10).default(60_000),
    // How long a worker owns a running job; after a crash, its job runs again once this lapses.
    JOB_LOCK_MS: z.coerce.number().int().min(1000).default(30_000),
    // How often work recorded in Postgres but missing from Redis is queued again.
    REQUEUE_INTERVAL_MS: z.coerce.number().int().min(100).default(30_000),
    WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  },
  ['DATABASE_URL', 'REDIS_URL', 'REGISTRY_TOKEN', 'CATALOG_TOKEN'],
);

export type ProvisioningConfig = ConfigOf<typeof provisioningConfig>;
