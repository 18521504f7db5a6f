import { defineConfig, env, type ConfigOf } from '@mesh/platform';
import { z } from 'zod';

/**
 * The registry's environment, validated at boot. DATABASE_URL carries the password and MESH_ADMIN_TOKEN is the
 * bootstrap admin's token, so neither reaches a log.
 */
export const registryConfig = defineConfig(
  {
    PORT: env.port(3001),
    DATABASE_URL: env.url('postgres://mesh:mesh@127.0.0.1:5432/mesh_registry'),
    LOG_LEVEL: env.logLevel(),
    MESH_ADMIN_TOKEN: env.token(),
    KAFKA_BROKERS: env.brokers('127.0.0.1:9092'),
    MESH_TOPIC_PREFIX: env.topicPrefix(),
    // Where resolved addresses send consumers for Iceberg tables.
    CATALOG_URI: env.url('http://127.0.0.1:8181'),
    // How often deprecated versions past their sunset are retired.
    RETIREMENT_INTERVAL_MS: z.coerce.number().int().min(100).default(60_000),
  },
  ['DATABASE_URL', 'MESH_ADMIN_TOKEN'],
);

export type RegistryConfig = ConfigOf<typeof registryConfig>;
