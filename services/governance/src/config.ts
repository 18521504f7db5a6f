import { defineConfig, env, type ConfigOf } from '@mesh/platform';
import { z } from 'zod';

const interval = (fallback: number) => z.coerce.number().int().min(100).default(fallback);

/**
 * The governance service's environment, validated at boot. DATABASE_URL carries the password and REGISTRY_TOKEN is
 * the service principal's token, so neither reaches a log.
 */
export const governanceConfig = defineConfig(
  {
    PORT: env.port(3002),
    DATABASE_URL: env.url('postgres://mesh:mesh@127.0.0.1:5432/mesh_governance'),
    LOG_LEVEL: env.logLevel(),
    // Tokens are introspected there, and event schemas are read from its Schema Registry API.
    REGISTRY_URL: env.url('http://127.0.0.1:3001'),
    REGISTRY_TOKEN: env.token(),
    KAFKA_BROKERS: env.brokers('127.0.0.1:9092'),
    MESH_TOPIC_PREFIX: env.topicPrefix(),
    // How often pending re-evaluations are looked for, besides being woken when this instance queues one.
    REEVALUATION_INTERVAL_MS: interval(5_000),
    // How often expired waivers are looked for; each one re-evaluates its product.
    WAIVER_EXPIRY_INTERVAL_MS: interval(60_000),
    // How often today's compliance snapshot (the report's trend) is refreshed.
    SNAPSHOT_INTERVAL_MS: interval(3_600_000),
  },
  ['DATABASE_URL', 'REGISTRY_TOKEN'],
);

export type GovernanceConfig = ConfigOf<typeof governanceConfig>;
