import { defineConfig, env, type ConfigOf } from '@mesh/platform';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';

/**
 * The quality service's environment, validated at boot. DATABASE_URL carries a password and the tokens are
 * credentials, so none of them reaches a log.
 */
export const qualityConfig = defineConfig(
  {
    PORT: env.port(3005),
    DATABASE_URL: env.url('postgres://mesh:mesh@127.0.0.1:5432/mesh_quality'),
    LOG_LEVEL: env.logLevel(),
    KAFKA_BROKERS: env.brokers('127.0.0.1:9092'),
    MESH_TOPIC_PREFIX: env.topicPrefix(),
    REDIS_URL: env.url('redis://127.0.0.1:6379'),
    // Tokens are introspected there, descriptors fetched from there, and the event schemas read from there.
    REGISTRY_URL: env.url('http://127.0.0.1:3001'),
    // The quality service's own service principal: introspection and descriptor reads.
    REGISTRY_TOKEN: env.token(),
    // The Iceberg REST catalog that tables are loaded from when an event does not say where their metadata is.
    CATALOG_URI: env.url('http://127.0.0.1:8181'),
    // Defaults to REGISTRY_TOKEN: one service principal is enough for both.
    CATALOG_TOKEN: env.token(),
    // How often every product's freshness is compared with its SLA.
    SLA_CHECK_INTERVAL_MS: z.coerce.number().int().min(100).default(60_000),
    // Snapshots checked at once by this instance; DuckDB itself uses every core for each.
    CHECK_CONCURRENCY: z.coerce.number().int().min(1).max(32).default(2),
    // Runs of a snapshot's check before it is given up (an unreachable catalog, Postgres restarting): the delay doubles
    // from CHECK_BACKOFF_MS up to CHECK_BACKOFF_MAX_MS, so the default 20 runs ride out some 8 minutes of outage.
    CHECK_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(20),
    CHECK_BACKOFF_MS: z.coerce.number().int().min(10).default(1000),
    CHECK_BACKOFF_MAX_MS: z.coerce.number().int().min(10).default(30_000),
    // Longest a contract's SQL rule may run before it is interrupted and reported as an error.
    SQL_RULE_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
    // An S3 warehouse's store: its files are fetched through the catalog's S3 signer with CATALOG_TOKEN, so no key.
    S3_ENDPOINT: env.optional(z.string().url()),
    S3_REGION: z.string().min(1).default('us-east-1'),
    // Where S3 files are kept for DuckDB to read, and how many (Iceberg files never change, so copies stay true).
    QUALITY_CACHE_DIR: z.string().min(1).default(join(tmpdir(), 'mesh-quality-objects')),
    QUALITY_CACHE_FILES: z.coerce.number().int().min(8).default(512),
    // Trino, for snapshots too large for one DuckDB process (src/engines/engine-choice.ts): unset, DuckDB checks all.
    TRINO_URL: env.optional(z.string().url()),
    // Trino's Iceberg catalog on this mesh's REST catalog, and the user the checks run as there.
    TRINO_CATALOG: z.string().min(1).default('mesh'),
    TRINO_USER: z.string().min(1).default('quality'),
    // A snapshot of at least this many rows, or bytes of data files, is checked on Trino.
    QUALITY_TRINO_MIN_ROWS: z.coerce.number().int().min(0).default(50_000_000),
    QUALITY_TRINO_MIN_BYTES: z.coerce
      .number()
      .int()
      .min(0)
      .default(4 * 1024 ** 3),
    // Domains whose snapshots are always checked on Trino, comma-separated.
    QUALITY_TRINO_DOMAINS: z
      .string()
      .default('')
      .transform(
        (list) =>
          new Set(
            list
              .split(',')
              .map((domain) => domain.trim())
              .filter((domain) => domain !== ''),
          ),
      ),
  },
  ['DATABASE_URL', 'REGISTRY_TOKEN', 'CATALOG_TOKEN'],
);

export type QualityConfig = ConfigOf<typeof qualityConfig>;
