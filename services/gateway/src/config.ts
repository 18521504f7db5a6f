import { defineConfig, env, type ConfigOf } from '@mesh/platform';
import { z } from 'zod';

const serviceUrl = (port: number) => env.url(`http://127.0.0.1:${port}`);
const millis = (fallback: number, max = 600_000) => z.coerce.number().int().min(1).max(max).default(fallback);

/**
 * The gateway's environment, validated at boot. It owns no data: it needs the URL of every service it composes,
 * Kafka for the subscriptions, and a service token to introspect callers' tokens with (REGISTRY_TOKEN, a secret).
 */
export const gatewayConfig = defineConfig(
  {
    PORT: env.port(4000),
    LOG_LEVEL: env.logLevel(),
    KAFKA_BROKERS: env.brokers('127.0.0.1:9092'),
    MESH_TOPIC_PREFIX: env.topicPrefix(),
    REGISTRY_URL: serviceUrl(3001),
    REGISTRY_TOKEN: env.token(),
    GOVERNANCE_URL: serviceUrl(3002),
    PROVISIONING_URL: serviceUrl(3003),
    QUALITY_URL: serviceUrl(3005),
    SEARCH_URL: serviceUrl(3006),
    LINEAGE_URL: serviceUrl(5000),
    // What consumers are told to point their tools at: the public addresses of the catalog and Schema Registry.
    CATALOG_PUBLIC_URL: serviceUrl(8181),
    SCHEMA_REGISTRY_PUBLIC_URL: env.url('http://127.0.0.1:3001/schema-registry'),
    // And Trino's (the stack's with MESH_TRINO=1), with its Iceberg catalog on the mesh's catalog, for ports' snippets.
    TRINO_PUBLIC_URL: env.url('http://127.0.0.1:8088'),
    TRINO_CATALOG: z.string().min(1).default('mesh'),
    // One call to a service may take this long; a whole query this long.
    SERVICE_TIMEOUT_MS: millis(5_000),
    QUERY_TIMEOUT_MS: millis(15_000),
    // Limits on what one query may ask for (see src/graphql/limits.ts).
    MAX_QUERY_DEPTH: z.coerce.number().int().min(2).max(50).default(12),
    MAX_QUERY_COST: z.coerce.number().int().min(10).max(1_000_000).default(5_000),
    MAX_PAGE_SIZE: z.coerce.number().int().min(1).max(1_000).default(100),
    // How often a subscriber's token is checked again, so that a revoked one is cut off in time (the
    // introspection cache keeps a valid answer 30 s at most, so revocation is seen within 30 s + this).
    TOKEN_RECHECK_INTERVAL_MS: millis(10_000, 60_000),
    // Unsent bytes a subscriber's socket may hold before the subscriber is dropped, rather than buffered without bound.
    SUBSCRIBER_BUFFER_LIMIT_BYTES: z.coerce.number().int().min(1_024).default(1_048_576),
    // Where the built web app is, when there is one to serve at /.
    WEB_ROOT: env.optional(z.string().min(1)),
  },
  ['REGISTRY_TOKEN'],
);

export type GatewayConfig = ConfigOf<typeof gatewayConfig>;
