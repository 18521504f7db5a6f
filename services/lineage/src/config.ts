import { defineConfig, env, type ConfigOf } from '@mesh/platform';
import { z } from 'zod';

/**
 * The lineage service's environment, validated at boot. DATABASE_URL carries the password and REGISTRY_TOKEN is the
 * service principal's token, so neither reaches a log.
 */
export const lineageConfig = defineConfig(
  {
    PORT: env.port(5000),
    DATABASE_URL: env.url('postgres://mesh:mesh@127.0.0.1:5432/mesh_lineage'),
    LOG_LEVEL: env.logLevel(),
    KAFKA_BROKERS: env.brokers('127.0.0.1:9092'),
    MESH_TOPIC_PREFIX: env.topicPrefix(),
    // Tokens are introspected there, descriptors read from there, and event schemas from its Schema Registry API.
    REGISTRY_URL: env.url('http://127.0.0.1:3001'),
    REGISTRY_TOKEN: env.token(),
    // OpenLineage clients batch whole DAG runs; a large Spark plan with column lineage easily exceeds 1 MB.
    MAX_BODY_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .default(16 * 1024 * 1024),
  },
  ['DATABASE_URL', 'REGISTRY_TOKEN'],
);

export type LineageConfig = ConfigOf<typeof lineageConfig>;
