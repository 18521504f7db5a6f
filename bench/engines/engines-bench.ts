/**
 * Engines benchmark, on the real catalog with its warehouse in the stack's S3 store and the stack's Trino
 * (`MESH_TRINO=1`). Prints one JSON document.
 *
 * 1. Quality: the ten rules of bench/quality over a snapshot of `--rows` rows (10 million), checked by the quality
 *    service's two executors: DuckDB (the snapshot's files fetched through the catalog's signer, then the locked view;
 *    cold = fetching included, warm = cached files) and Trino (the table at the snapshot, read in place).
 * 2. Planning: `EXPLAIN` of a filtered aggregate on that table through our REST catalog (every load authorised, the
 *    metadata read from the store) against the same table registered in Trino's JDBC catalog on Postgres.
 *
 *   node -r @swc-node/register bench/engines/engines-bench.ts [--rows 10000000] [--runs 3] [--plans 20]
 */
import {
  actAsKafkaAdmin,
  ADMIN_TOKEN,
  createTrinoCatalog,
  ownSchema,
  requireTrino,
  s3Store,
  stack,
  startCatalog,
  startRegistry,
  trinoRows,
  trinoUrl,
} from '@mesh/testing';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SnapshotFiles } from '../../services/quality/src/checks/snapshot-files';
import { TrinoClient } from '../../services/quality/src/engines/trino-client';
import { evaluateOnTrino } from '../../services/quality/src/engines/trino-evaluator';
import { CatalogClient } from '../../services/quality/src/iceberg/catalog-client';
import { SignedS3Files } from '../../services/quality/src/iceberg/warehouse-files';
import { evaluateRules } from '../../services/quality/src/rules/rule-evaluator';
import { RULES } from '../quality/bench-rules';
import { machine, median, round, runBenchmark } from '../support/report';

const args = new Map(process.argv.slice(2).map((arg, i, all) => [arg, all[i + 1]]));
const ROWS = Number(args.get('--rows') ?? 10_000_000);
const RUNS = Number(args.get('--runs') ?? 3);
const PLANS = Number(args.get('--plans') ?? 20);

const timed = async <T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> => {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
};

async function main() {
  await requireTrino();
  // The registry under test makes its topics as the stack's Kafka admin, as the test runner does.
  actAsKafkaAdmin();
  const store = s3Store();
  const registry = await startRegistry('engines-bench');
  const catalog = await startCatalog('engines-bench', registry, store.warehouseEnv('engines-bench'));
  const trino = await createTrinoCatalog(catalog.url, ADMIN_TOKEN);
  const jdbcSchema = await ownSchema('mesh_test', 'engines_bench_jdbc');
  const cache = await mkdtemp(join(tmpdir(), 'engines-bench-'));
  const admin = { user: 'bench', token: ADMIN_TOKEN };
  try {
    // The same columns as bench/quality's generator, written by Trino as a pipeline would.
    const side = Math.ceil(Math.sqrt(ROWS));
    const generated = await timed(async () => {
      await trinoRows(admin, `CREATE SCHEMA ${trino.name}.bench`);
      await trinoRows(
        admin,
        `CREATE TABLE ${trino.name}.bench.orders AS
         SELECT 'o' || CAST(i AS varchar) AS order_id, 'c' || CAST(i % 500000 AS varchar) AS customer_id,
                element_at(ARRAY['placed', 'paid', 'shipped', 'delivered', 'cancelled'], CAST(1 + i % 5 AS integer)) AS status,
                element_at(ARRAY['EUR', 'GBP', 'USD'], CAST(1 + i % 3 AS integer)) AS currency,
                round(((i * 7919) % 100000) / 100.0, 2) AS total, CAST(1 + i % 9 AS bigint) AS quantity
         FROM (SELECT a * ${side} + b AS i FROM UNNEST(sequence(0, ${side - 1})) x(a) CROSS JOIN UNNEST(sequence(0, ${side - 1})) y(b))
         WHERE i < ${ROWS}`,
      );
    });
    const client = new CatalogClient(catalog.url, ADMIN_TOKEN);
    const files = new SignedS3Files(client, {
      endpoint: new URL(store.endpoint),
      region: store.region,
      directory: cache,
      maxFiles: 4096,
    });
    const snapshots = new SnapshotFiles(client, files);
    const located = (await snapshots.locate({ table: 'bench.orders', metadataLocation: null, snapshotId: null }))!;
    const snapshotId = located.snapshotId!;

    const onDuckDb = async () => {
      const dataFiles = await snapshots.dataFiles(located.snapshot);
      return evaluateRules({ table: 'orders', files: dataFiles, rules: RULES, sqlTimeoutMs: 600_000 });
    };
    const trinoClient = new TrinoClient(trinoUrl(), 'bench', ADMIN_TOKEN);
    const onTrino = () =>
      evaluateOnTrino({
        trino: trinoClient,
        catalog: trino.name,
        identifier: 'bench.orders',
        snapshotId,
        table: 'orders',
        rules: RULES,
        sqlTimeoutMs: 600_000,
      });
    const cold = await timed(onDuckDb);
    const duckdb: number[] = [];
    const onTrinoMs: number[] = [];
    let trinoOutcomes = (await timed(onTrino)).value;
    // Alternate, so that load drifts on a shared machine hit both alike.
    for (let run = 0; run < RUNS; run++) {
      duckdb.push((await timed(onDuckDb)).ms);
      const ran = await timed(onTrino);
      onTrinoMs.push(ran.ms);
      trinoOutcomes = ran.value;
    }
    const same = JSON.stringify(trinoOutcomes) === JSON.stringify(cold.value);

    // The same table in Trino's JDBC catalog (Postgres), registered from the metadata file our catalog points at.
    // Trino does not create the JDBC catalog's tables: Iceberg's, in a schema of their own.
    await jdbcSchema.sql(`CREATE TABLE iceberg_tables (catalog_name varchar(255) NOT NULL,
      table_namespace varchar(255) NOT NULL, table_name varchar(255) NOT NULL, metadata_location varchar(1000),
      previous_metadata_location varchar(1000), iceberg_type varchar(5),
      PRIMARY KEY (catalog_name, table_namespace, table_name))`);
    await jdbcSchema.sql(`CREATE TABLE iceberg_namespace_properties (catalog_name varchar(255) NOT NULL,
      namespace varchar(255) NOT NULL, property_key varchar(255), property_value varchar(1000),
      PRIMARY KEY (catalog_name, namespace, property_key))`);
    const loaded = await catalog.sql<{ metadata_location: string }>(
      "SELECT metadata_location FROM iceberg_tables WHERE namespace = 'bench' AND name = 'orders'",
    );
    const metadataLocation = loaded[0].metadata_location;
    const jdbc = `${trino.name}_jdbc`;
    const database = new URL(stack.databaseUrl('mesh_test'));
    const jdbcProperties: Record<string, string> = {
      'iceberg.catalog.type': 'jdbc',
      'iceberg.jdbc-catalog.driver-class': 'org.postgresql.Driver',
      'iceberg.jdbc-catalog.connection-url': `jdbc:postgresql://${database.host}${database.pathname}?currentSchema=${jdbcSchema.schema}`,
      'iceberg.jdbc-catalog.connection-user': decodeURIComponent(database.username),
      'iceberg.jdbc-catalog.connection-password': decodeURIComponent(database.password),
      'iceberg.jdbc-catalog.catalog-name': 'bench',
      'iceberg.jdbc-catalog.default-warehouse-dir': catalog.warehouse,
      'iceberg.register-table-procedure.enabled': 'true',
      'fs.native-s3.enabled': 'true',
      's3.endpoint': store.endpoint,
      's3.region': store.region,
      's3.path-style-access': 'true',
      's3.aws-access-key': store.accessKeyId,
      's3.aws-secret-key': store.secretAccessKey,
    };
    const withClause = Object.entries(jdbcProperties)
      .map(([key, value]) => `"${key}" = '${value}'`)
      .join(', ');
    await trinoRows(admin, `CREATE CATALOG ${jdbc} USING iceberg WITH (${withClause})`);
    try {
      await trinoRows(admin, `CREATE SCHEMA ${jdbc}.bench`);
      await trinoRows(
        admin,
        `CALL ${jdbc}.system.register_table(schema_name => 'bench', table_name => 'orders', table_location => '${metadataLocation.replace(/\/metadata\/[^/]+$/, '')}', metadata_file_name => '${metadataLocation.split('/').pop()}')`,
      );
      const plan = (name: string) =>
        timed(() =>
          trinoRows(
            admin,
            `EXPLAIN SELECT status, count(*), sum(total) FROM ${name}.bench.orders WHERE currency = 'EUR' GROUP BY status`,
          ),
        );
      const rest: number[] = [];
      const jdbcMs: number[] = [];
      await plan(trino.name);
      await plan(jdbc);
      for (let run = 0; run < PLANS; run++) {
        rest.push((await plan(trino.name)).ms);
        jdbcMs.push((await plan(jdbc)).ms);
      }
      return {
        benchmark: 'engines',
        rows: ROWS,
        rules: RULES.length,
        generateSeconds: round(generated.ms / 1000),
        quality: {
          sameOutcomesOnBothEngines: same,
          duckdb: {
            coldMs: round(cold.ms),
            warmMedianMs: round(median(duckdb)),
            samplesMs: duckdb.map((ms) => round(ms)),
          },
          trino: { medianMs: round(median(onTrinoMs)), samplesMs: onTrinoMs.map((ms) => round(ms)) },
          trinoToDuckdbWarm: round(median(onTrinoMs) / median(duckdb), 2),
        },
        planning: {
          restCatalogMedianMs: round(median(rest)),
          jdbcCatalogMedianMs: round(median(jdbcMs)),
          ratio: round(median(rest) / median(jdbcMs), 3),
          pairedRatioMedian: round(median(rest.map((ms, run) => ms / jdbcMs[run])), 3),
          target: 1.2,
          runs: PLANS,
        },
        machine: machine(),
      };
    } finally {
      await trinoRows(admin, `DROP CATALOG IF EXISTS ${jdbc}`);
    }
  } finally {
    await trino.drop();
    await catalog.remove();
    await registry.remove();
    await jdbcSchema.drop();
    await rm(cache, { recursive: true, force: true });
  }
}

runBenchmark('engines', main);
