import { defineConfig, env, type ConfigOf } from '@mesh/platform';
import { z } from 'zod';

/**
 * The catalog's environment, validated at boot. Other services start the catalog in their tests with these
 * variables, so their names and meanings stay stable:
 *
 * | variable               | default                                        | meaning                                                         |
 * | ---------------------- | ---------------------------------------------- | --------------------------------------------------------------- |
 * | PORT                   | 8181                                           | HTTP port; clients use `http://127.0.0.1:8181` as catalog URI   |
 * | DATABASE_URL           | postgres://mesh:mesh@127.0.0.1:5432/mesh_catalog | namespaces, table pointers, grants, product bindings, outbox  |
 * | LOG_LEVEL              | info                                           |                                                                 |
 * | REGISTRY_URL           | http://127.0.0.1:3001                          | token introspection, event schemas, published descriptors      |
 * | REGISTRY_TOKEN         | (none)                                         | the catalog's service token for introspection (secret)          |
 * | KAFKA_BROKERS          | 127.0.0.1:9092                                 |                                                                 |
 * | MESH_TOPIC_PREFIX      | (empty)                                        | prefix of every topic and consumer group (tests)                |
 * | CATALOG_WAREHOUSE      | .mesh/warehouse                                | a directory (relative to the working directory) or s3://bucket/prefix |
 * | S3_ENDPOINT            | (none)                                         | S3-compatible endpoint, for an s3:// warehouse                  |
 * | S3_REGION              | us-east-1                                      |                                                                 |
 * | S3_ACCESS_KEY_ID       | (none)                                         | the store's key, required for s3://; the catalog signs clients' requests with it and never hands it out (secret) |
 * | S3_SECRET_ACCESS_KEY   | (none)                                         | idem (secret)                                                   |
 * | CATALOG_URL            | http://127.0.0.1:$PORT                         | the catalog's address as clients reach it: the S3 signer's URI in loadTable's config |
 * | CATALOG_MAX_BODY_BYTES | 4194304                                        | larger request bodies are refused with 413                      |
 * | CATALOG_COMMIT_RETRIES | 10                                             | server-side retries of a commit that lost the pointer race while its requirements still hold |
 */
export const catalogConfig = defineConfig(
  {
    PORT: env.port(8181),
    DATABASE_URL: env.url('postgres://mesh:mesh@127.0.0.1:5432/mesh_catalog'),
    LOG_LEVEL: env.logLevel(),
    REGISTRY_URL: env.url('http://127.0.0.1:3001'),
    REGISTRY_TOKEN: env.token(),
    KAFKA_BROKERS: env.brokers('127.0.0.1:9092'),
    MESH_TOPIC_PREFIX: env.topicPrefix(),
    CATALOG_WAREHOUSE: z.string().min(1).default('.mesh/warehouse'),
    S3_ENDPOINT: env.optional(z.string().url()),
    S3_REGION: z.string().min(1).default('us-east-1'),
    S3_ACCESS_KEY_ID: env.optional(z.string()),
    S3_SECRET_ACCESS_KEY: env.optional(z.string()),
    CATALOG_URL: env.optional(z.string().url()),
    CATALOG_MAX_BODY_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .default(4 * 1024 * 1024),
    CATALOG_COMMIT_RETRIES: z.coerce.number().int().min(0).max(100).default(10),
  },
  ['DATABASE_URL', 'REGISTRY_TOKEN', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'],
);

export type CatalogConfig = ConfigOf<typeof catalogConfig>;
