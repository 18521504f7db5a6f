/**
 * Quality benchmark: the checks of a 10-million-row Iceberg snapshot with 10 rules, against DuckDB running the same
 * SQL on the same Parquet files directly (the floor), in one run. The snapshot is real: DuckDB writes the Parquet
 * files, PyIceberg commits them with real metadata JSON and Avro manifests. The measured path is the service's:
 * SnapshotFiles (metadata, manifest list and manifests read with avsc), the locked DuckDB view, the guard on SQL rules,
 * the one-scan metric query. Prints one JSON document.
 *
 *   node -r @swc-node/register bench/quality/quality-bench.ts [--rows 10000000] [--files 10] [--runs 5] [--storage local|s3]
 *
 * `--storage local` (the default): PyIceberg's SqlCatalog on a temporary warehouse (`add_files`), read in place.
 * `--storage s3`: the files in the stack's S3 store, committed by PyIceberg through a catalog process of its own on a
 * prefix of the store (remote signing), and read as the service reads an S3 warehouse: through that catalog's signer
 * with a platform reader's token (no key to the store), into a download directory that each run starts empty, as
 * for a snapshot whose files the service has never seen. The floor reads the same files on the local disk.
 */
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { DuckDBInstance } from '@duckdb/node-api';
import { parseS3 } from '@mesh/storage';
import {
  actAsKafkaAdmin,
  ADMIN_TOKEN,
  s3Store,
  startCatalog,
  startRegistry,
  uniqueName,
  writeIceberg,
  type WriteRequest,
} from '@mesh/testing';
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { SnapshotFiles } from '../../services/quality/src/checks/snapshot-files';
import { CatalogClient } from '../../services/quality/src/iceberg/catalog-client';
import { LOCAL_FILES, SignedS3Files, type WarehouseFiles } from '../../services/quality/src/iceberg/warehouse-files';
import type { CheckRule } from '../../services/quality/src/rules/check-rule';
import { metricExpression, scanQuery } from '../../services/quality/src/rules/metric-query';
import { evaluateRules } from '../../services/quality/src/rules/rule-evaluator';
import { renderRuleQuery } from '../../services/quality/src/rules/sql-rule-guard';
import { sqlStringList } from '../../services/quality/src/rules/sql-text';
import { machine, median, round, runBenchmark } from '../support/report';
import { RULES } from './bench-rules';

const args = new Map(process.argv.slice(2).map((arg, i, all) => [arg, all[i + 1]]));
const ROWS = Number(args.get('--rows') ?? 10_000_000);
const FILES = Number(args.get('--files') ?? 10);
const RUNS = Number(args.get('--runs') ?? 5);
const STORAGE = args.get('--storage') ?? 'local';
if (STORAGE !== 'local' && STORAGE !== 's3') throw new Error(`--storage is local or s3, not ${STORAGE}`);

const FIELDS: WriteRequest['fields'] = [
  { name: 'order_id', type: 'string' },
  { name: 'customer_id', type: 'string' },
  { name: 'status', type: 'string' },
  { name: 'currency', type: 'string' },
  { name: 'total', type: 'double' },
  { name: 'quantity', type: 'long' },
];

async function generate(dir: string): Promise<string[]> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const perFile = Math.ceil(ROWS / FILES);
  const files: string[] = [];
  for (let file = 0; file < FILES; file++) {
    const path = join(dir, `orders-${file}.parquet`);
    const first = file * perFile;
    const last = Math.min(ROWS, first + perFile);
    await connection.run(`
      COPY (
        SELECT 'o' || i AS order_id, 'c' || (i % 500000) AS customer_id,
               (['placed', 'paid', 'shipped', 'delivered', 'cancelled'])[1 + (i % 5)::INTEGER] AS status,
               (['EUR', 'GBP', 'USD'])[1 + (i % 3)::INTEGER] AS currency,
               round(((i * 7919) % 100000) / 100.0, 2)::DOUBLE AS total, (1 + i % 9)::BIGINT AS quantity
        FROM range(${first}, ${last}) AS t(i)
      ) TO '${path}' (FORMAT parquet)`);
    files.push(path);
  }
  connection.closeSync();
  instance.closeSync();
  return files;
}

/** A committed snapshot of the generated files, and the service's way of reading it. */
interface Snapshot {
  table: string;
  metadataLocation: string;
  /** The service's reading path as a process that has read nothing of the snapshot yet has it. */
  reader(): { files: WarehouseFiles; catalog: CatalogClient; done(): void };
  close(): Promise<void>;
}

/** PyIceberg's SqlCatalog on a warehouse in `dir`, the files added where they are. */
function localSnapshot(dir: string, files: string[]): Snapshot {
  const table = 'bench.orders';
  const written = writeIceberg({
    catalog: { type: 'sql', uri: `sqlite:///${dir}/catalog.db`, warehouse: `file://${dir}/warehouse` },
    table,
    fields: FIELDS,
    operations: [{ add_files: files }],
  });
  return {
    table,
    metadataLocation: written.metadataLocation,
    // An event names the metadata file, so the catalog is never asked.
    reader: () => ({ files: LOCAL_FILES, catalog: new CatalogClient('http://127.0.0.1:0', undefined), done: () => {} }),
    close: async () => {},
  };
}

/**
 * The files uploaded into a table's data directory in the stack's store and committed by PyIceberg through a catalog
 * of its own (remote signing), read through that catalog's signer with a platform reader's token.
 */
async function s3Snapshot(dir: string, files: string[]): Promise<Snapshot> {
  actAsKafkaAdmin();
  const store = s3Store();
  const registry = await startRegistry('quality-bench', { env: { LOG_LEVEL: 'error' } });
  const catalog = await startCatalog('quality-bench', registry, {
    LOG_LEVEL: 'error',
    ...store.warehouseEnv('quality-bench'),
  });
  try {
    const namespace = uniqueName('bench');
    const table = `${namespace}.orders`;
    const dataDirectory = parseS3(`${catalog.warehouse}/${namespace}/orders/data`)!;
    // The domain's pipeline puts its files in the store (with the keys PyIceberg's add_files would have used)...
    for (const file of files)
      await store.client.send(
        new PutObjectCommand({
          Bucket: dataDirectory.bucket,
          Key: `${dataDirectory.key}/${basename(file)}`,
          Body: createReadStream(file),
          ContentLength: statSync(file).size,
        }),
      );
    // ...and commits them through the catalog, signing remotely.
    const written = writeIceberg(
      {
        catalog: { type: 'rest', uri: catalog.url, token: ADMIN_TOKEN },
        table,
        fields: FIELDS,
        operations: [
          { add_files: files.map((file) => `s3://${dataDirectory.bucket}/${dataDirectory.key}/${basename(file)}`) },
        ],
      },
      's3',
    );
    const reader = await platformReaderToken(registry.serviceUrl);
    return {
      table,
      metadataLocation: written.metadataLocation,
      reader: () => {
        const downloads = mkdtempSync(join(dir, 'downloads-'));
        const client = new CatalogClient(catalog.url, reader);
        const endpoint = new URL(store.endpoint);
        return {
          files: new SignedS3Files(client, { endpoint, region: store.region, directory: downloads, maxFiles: 512 }),
          catalog: client,
          done: () => rmSync(downloads, { recursive: true, force: true }),
        };
      },
      close: async () => {
        await catalog.remove();
        await registry.remove();
      },
    };
  } catch (error) {
    await catalog.remove();
    await registry.remove();
    throw error;
  }
}

/** A token of a principal with the quality service's reading role: it reads every product's tables, and no more. */
async function platformReaderToken(registryUrl: string): Promise<string> {
  const post = async <T>(path: string, body: unknown): Promise<T> => {
    const response = await fetch(`${registryUrl}${path}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${path} → ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
  const { id } = await post<{ id: string }>('/v1/principals', {
    name: uniqueName('quality-bench'),
    kind: 'service',
    roles: [{ role: 'platform-reader' }],
  });
  return (await post<{ token: string }>(`/v1/principals/${id}/tokens`, { name: 'bench' })).token;
}

/** The service's path: the snapshot's files from the Iceberg metadata (fetched first on S3), then every rule. */
async function serviceCheck(snapshot: Snapshot) {
  const reader = snapshot.reader();
  try {
    const started = performance.now();
    const snapshots = new SnapshotFiles(reader.catalog, reader.files);
    const located = await snapshots.locate({
      table: snapshot.table,
      metadataLocation: snapshot.metadataLocation,
      snapshotId: null,
    });
    const files = await snapshots.dataFiles(located!.snapshot);
    const resolvedMs = performance.now() - started;
    const outcomes = await evaluateRules({ table: 'orders', files, rules: RULES, sqlTimeoutMs: 600_000 });
    return { ms: performance.now() - started, resolvedMs, outcomes };
  } finally {
    reader.done();
  }
}

/** The floor: the same metric scan and SQL rules, run by DuckDB on the same files, nothing else. */
async function floorCheck(files: string[]) {
  const started = performance.now();
  const source = `read_parquet(${sqlStringList(files)})`;
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const metrics = RULES.filter(
    (rule): rule is CheckRule & { measure: { kind: 'metric' } } => rule.measure.kind === 'metric',
  );
  const scan = scanQuery(
    'orders',
    metrics.map((rule) => metricExpression({ ...rule.measure, field: rule.field })),
  );
  const values = [(await connection.runAndReadAll(scan.replace('FROM "orders"', `FROM ${source}`))).getRows()[0]];
  for (const rule of RULES) {
    if (rule.measure.kind !== 'sql') continue;
    const query = renderRuleQuery(rule.measure.query, 'orders', rule.field).replaceAll('"orders"', source);
    values.push((await connection.runAndReadAll(query)).getRows()[0]);
  }
  connection.closeSync();
  instance.closeSync();
  return { ms: performance.now() - started, values };
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'quality-bench-'));
  try {
    const generateStarted = performance.now();
    const files = await generate(dir);
    const generatedS = (performance.now() - generateStarted) / 1000;
    const snapshot = STORAGE === 's3' ? await s3Snapshot(dir, files) : localSnapshot(dir, files);
    try {
      const compared = await compare(snapshot, files);
      return { benchmark: 'quality-snapshot-check', storage: STORAGE, generateSeconds: round(generatedS), ...compared };
    } finally {
      await snapshot.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The service's check and the floor, alternated. */
async function compare(snapshot: Snapshot, files: string[]) {
  // One warm-up each (page cache, DuckDB's first allocations), then alternate, so load drifts hit both alike.
  const warm = await serviceCheck(snapshot);
  await floorCheck(files);
  const service: number[] = [];
  const resolve: number[] = [];
  const floor: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const checked = await serviceCheck(snapshot);
    service.push(checked.ms);
    resolve.push(checked.resolvedMs);
    floor.push((await floorCheck(files)).ms);
  }
  const serviceMs = median(service);
  const floorMs = median(floor);
  return {
    rows: ROWS,
    files: FILES,
    megabytes: round(files.reduce((sum, file) => sum + statSync(file).size, 0) / 2 ** 20),
    rules: RULES.length,
    runs: RUNS,
    outcomes: Object.fromEntries(warm.outcomes.map((outcome) => [outcome.ruleId, [outcome.outcome, outcome.observed]])),
    service: {
      medianMs: round(serviceMs),
      minMs: round(Math.min(...service)),
      samplesMs: service.map((ms) => round(ms)),
      // Reading the metadata and manifests, and on S3 fetching every file of the snapshot, before DuckDB starts.
      filesMedianMs: round(median(resolve)),
    },
    duckdbFloor: {
      medianMs: round(floorMs),
      minMs: round(Math.min(...floor)),
      samplesMs: floor.map((ms) => round(ms)),
    },
    ratioToFloor: round(serviceMs / floorMs, 3),
    // Each run of the service next to the floor run right after it: load drifts on a shared machine cancel out.
    pairedRatioMedian: round(median(service.map((ms, run) => ms / floor[run])), 3),
    bestRatioToFloor: round(Math.min(...service) / Math.min(...floor), 3),
    target: STORAGE === 's3' ? 1.5 : 1.3,
    machine: machine(),
  };
}

runBenchmark('quality', main);
