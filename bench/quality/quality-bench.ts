/**
 * Quality benchmark: the checks of a 10-million-row Iceberg snapshot with 10 rules, against DuckDB running the same
 * SQL on the same Parquet files directly (the floor), in one run. The snapshot is real: DuckDB writes the Parquet
 * files, PyIceberg (SqlCatalog on a temporary warehouse, `add_files`) commits them with real metadata JSON and Avro
 * manifests. The measured path is the service's: metadata, manifest list and manifests read with avsc, the locked
 * DuckDB view, the guard on SQL rules, the one-scan metric query. Prints one JSON document.
 *
 *   node -r @swc-node/register bench/quality/quality-bench.ts [--rows 10000000] [--files 10] [--runs 5]
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { liveDataFiles } from '../../services/quality/src/iceberg/manifests';
import { localPath } from '../../services/quality/src/iceberg/file-location';
import { parseTableMetadata, snapshotOf } from '../../services/quality/src/iceberg/table-metadata';
import type { CheckRule } from '../../services/quality/src/rules/check-rule';
import { metricExpression, scanQuery } from '../../services/quality/src/rules/metric-query';
import { evaluateRules } from '../../services/quality/src/rules/rule-evaluator';
import { renderRuleQuery } from '../../services/quality/src/rules/sql-rule-guard';
import { sqlStringList } from '../../services/quality/src/rules/sql-text';
import { writeIceberg } from '@mesh/testing';
import { machine, round, runBenchmark } from '../support/report';
import { RULES } from './bench-rules';

const args = new Map(process.argv.slice(2).map((arg, i, all) => [arg, all[i + 1]]));
const ROWS = Number(args.get('--rows') ?? 10_000_000);
const FILES = Number(args.get('--files') ?? 10);
const RUNS = Number(args.get('--runs') ?? 5);

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

/** The service's path: the snapshot's files from the Iceberg metadata, then every rule. */
async function serviceCheck(metadataLocation: string) {
  const started = performance.now();
  const metadata = parseTableMetadata(readFileSync(localPath(metadataLocation), 'utf8'));
  const snapshot = snapshotOf(metadata, null)!;
  const files = await liveDataFiles(snapshot['manifest-list']);
  const resolvedMs = performance.now() - started;
  const outcomes = await evaluateRules({ table: 'orders', files, rules: RULES, sqlTimeoutMs: 600_000 });
  return { ms: performance.now() - started, resolvedMs, outcomes };
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

const median = (samples: number[]) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)];

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'quality-bench-'));
  try {
    const generateStarted = performance.now();
    const files = await generate(dir);
    const generatedS = (performance.now() - generateStarted) / 1000;
    const written = writeIceberg({
      catalog: { type: 'sql', uri: `sqlite:///${dir}/catalog.db`, warehouse: `file://${dir}/warehouse` },
      table: 'bench.orders',
      fields: [
        { name: 'order_id', type: 'string' },
        { name: 'customer_id', type: 'string' },
        { name: 'status', type: 'string' },
        { name: 'currency', type: 'string' },
        { name: 'total', type: 'double' },
        { name: 'quantity', type: 'long' },
      ],
      operations: [{ add_files: files }],
    });

    // One warm-up each (page cache, DuckDB's first allocations), then alternate, so load drifts hit both alike.
    const warm = await serviceCheck(written.metadataLocation);
    await floorCheck(files);
    const service: number[] = [];
    const resolve: number[] = [];
    const floor: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const checked = await serviceCheck(written.metadataLocation);
      service.push(checked.ms);
      resolve.push(checked.resolvedMs);
      floor.push((await floorCheck(files)).ms);
    }
    const serviceMs = median(service);
    const floorMs = median(floor);
    return {
      benchmark: 'quality-snapshot-check',
      rows: ROWS,
      files: FILES,
      rules: RULES.length,
      runs: RUNS,
      generateSeconds: round(generatedS),
      outcomes: Object.fromEntries(
        warm.outcomes.map((outcome) => [outcome.ruleId, [outcome.outcome, outcome.observed]]),
      ),
      service: {
        medianMs: round(serviceMs),
        minMs: round(Math.min(...service)),
        samplesMs: service.map((ms) => round(ms)),
        metadataMedianMs: round(median(resolve)),
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
      target: 1.3,
      machine: machine(),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

runBenchmark('quality', main);
