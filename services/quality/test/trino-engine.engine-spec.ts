/**
 * Quality checks on Trino: the same rules as on DuckDB, over the same snapshot, give the same results, rule by rule.
 * Real registry, catalog (its warehouse in the stack's S3 store), quality service and the stack's Trino
 * (`MESH_TRINO=1`); the data is written by Trino, as a domain's pipeline would. The quality service is configured to
 * check the domain on Trino, and its recorded results are compared with DuckDB's run of the same rules here.
 */
import {
  ADMIN_TOKEN,
  createTrinoCatalog,
  ordersProduct,
  requireTrino,
  s3Store,
  startQualityMesh,
  trinoQuery,
  trinoRows,
  trinoUrl,
  type QualityMesh,
  type TrinoCatalog,
} from '@mesh/testing';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SnapshotFiles } from '../src/checks/snapshot-files';
import { TrinoClient } from '../src/engines/trino-client';
import { evaluateOnTrino } from '../src/engines/trino-evaluator';
import { CatalogClient } from '../src/iceberg/catalog-client';
import { SignedS3Files } from '../src/iceberg/warehouse-files';
import { rulesOf } from '../src/rules/check-rule';
import { evaluateRules } from '../src/rules/rule-evaluator';

const sqlRule = (id: string, query: string, threshold: Record<string, unknown>) => ({
  id,
  table: 'orders',
  type: 'sql',
  query,
  severity: 'warning',
  ...threshold,
});

/** Every kind of rule: each library metric, SQL rules (one with its own WITH), one the guard refuses, one that fails. */
const QUALITY = [
  { id: 'rows', table: 'orders', metric: 'rowCount', mustBeBetween: [1, 100], severity: 'blocking' },
  { id: 'nulls', table: 'orders', field: 'total', metric: 'nullValues', mustBe: 0, severity: 'warning' },
  { id: 'missing', table: 'orders', field: 'status', metric: 'missingValues', mustBe: 0, severity: 'warning' },
  {
    id: 'statuses',
    table: 'orders',
    field: 'status',
    metric: 'invalidValues',
    arguments: { validValues: ['paid', 'placed', 'shipped'] },
    mustBe: 0,
    severity: 'warning',
  },
  {
    id: 'ids',
    table: 'orders',
    field: 'order_id',
    metric: 'invalidValues',
    arguments: { pattern: 'o-[0-9]+' },
    mustBe: 0,
    severity: 'blocking',
  },
  { id: 'dupes', table: 'orders', field: 'order_id', metric: 'duplicateValues', mustBe: 0, severity: 'blocking' },
  sqlRule('negative', 'SELECT COUNT(*) FROM ${table} WHERE total < 0', { mustBe: 0 }),
  sqlRule('average', 'SELECT AVG(total) FROM ${table}', { mustBeGreaterThan: 5 }),
  sqlRule('paid-share', "WITH paid AS (SELECT * FROM ${table} WHERE status = 'paid') SELECT COUNT(*) FROM paid", {
    mustBeGreaterOrEqualTo: 3,
  }),
  sqlRule('elsewhere', 'SELECT COUNT(*) FROM other_table', { mustBe: 0 }),
  sqlRule('words', "SELECT 'not a number'", { mustBe: 0 }),
];

const ROWS = [
  "('o-1', 'paid', 10.0)",
  "('o-2', 'placed', 25.5)",
  "('o-3', 'paid', -7.25)",
  "('o-3', 'lost', 99.0)",
  "('x-5', '', NULL)",
  "('o-6', NULL, 3.0)",
  "('o-7', 'paid', 12.0)",
];

describe('quality: Trino as the engine of large or configured products', () => {
  let mesh: QualityMesh;
  let trino: TrinoCatalog;
  let cache: string;

  beforeAll(async () => {
    await requireTrino();
    cache = await mkdtemp(join(tmpdir(), 'quality-trino-'));
    // One Trino catalog for the quality service and the test; the service's token goes with each of its queries.
    mesh = await startQualityMesh(
      'quality-trino',
      async (catalogUrl) => {
        trino = await createTrinoCatalog(catalogUrl, ADMIN_TOKEN);
        return { TRINO_URL: trinoUrl(), TRINO_CATALOG: trino.name, QUALITY_TRINO_DOMAINS: 'sales' };
      },
      's3',
    );
    await mesh.publishProduct(ordersProduct('orders', { quality: QUALITY }));
  }, 300_000);
  afterAll(async () => {
    await trino?.drop();
    await mesh?.close();
    if (cache !== undefined) await rm(cache, { recursive: true, force: true });
  });

  it('records the same result for every rule as DuckDB does on the same snapshot', async () => {
    const owner = { user: 'sales-pipeline', token: ADMIN_TOKEN };
    const written = await trinoQuery(owner, [
      `CREATE SCHEMA IF NOT EXISTS ${trino.name}.sales`,
      `CREATE TABLE ${trino.name}.sales.orders (order_id varchar, status varchar, total double)`,
    ]);
    expect(written.map((answer) => answer.error)).toEqual([undefined, undefined]);
    const published = mesh.awaitEvent(
      'data.published',
      (event) => event.payload.table === 'sales.orders' && event.payload.rowsAdded > 0,
    );
    await trinoRows(owner, `INSERT INTO ${trino.name}.sales.orders VALUES ${ROWS.join(', ')}`);
    const { snapshotId } = (await published).payload;
    const checked = await mesh.awaitEvent(
      'quality.check.completed',
      (event) => event.payload.snapshotId === snapshotId,
    );

    // DuckDB, here, over the same snapshot's files (fetched through the catalog's signer).
    const catalog = new CatalogClient(mesh.catalogUrl, ADMIN_TOKEN);
    const store = s3Store();
    const snapshots = new SnapshotFiles(
      catalog,
      new SignedS3Files(catalog, {
        endpoint: new URL(store.endpoint),
        region: store.region,
        directory: cache,
        maxFiles: 64,
      }),
    );
    const located = await snapshots.locate({ table: 'sales.orders', metadataLocation: null, snapshotId });
    const rules = rulesOf(ordersProduct('orders', { quality: QUALITY }).spec.contract as never);
    const onDuckDb = await evaluateRules({
      table: 'orders',
      files: await snapshots.dataFiles(located!.snapshot),
      rules,
      sqlTimeoutMs: 30_000,
    });
    // And Trino, called directly, over the same snapshot.
    const onTrino = await evaluateOnTrino({
      trino: new TrinoClient(trinoUrl(), 'quality-test', ADMIN_TOKEN),
      catalog: trino.name,
      identifier: 'sales.orders',
      snapshotId,
      table: 'orders',
      rules,
      sqlTimeoutMs: 30_000,
    });

    const comparable = (outcome: { ruleId: string; observed: number | null; outcome: string }) => ({
      ruleId: outcome.ruleId,
      observed: outcome.observed,
      outcome: outcome.outcome,
    });
    expect(onTrino.map(comparable)).toEqual(onDuckDb.map(comparable));
    // The service's run (on Trino, as the domain is configured for it) recorded exactly those results.
    expect(
      checked.payload.results.map((result) => comparable({ ...result, observed: result.observed ?? null })),
    ).toEqual(onDuckDb.map(comparable));
    // Every kind of outcome is in the comparison: passes, failures, warnings and rules that could not run.
    expect(new Set(onDuckDb.map((outcome) => outcome.outcome))).toEqual(new Set(['pass', 'fail', 'warn', 'error']));
    // Refusals and failures say the same on both engines.
    const messages = (outcomes: typeof onDuckDb, id: string) => outcomes.find((o) => o.ruleId === id)?.message;
    for (const id of ['elsewhere', 'words']) expect(messages(onTrino, id)).toBe(messages(onDuckDb, id));

    // And the service's queries did run on Trino, as its principal.
    const ran = await trinoRows(
      { user: 'quality-test' },
      `SELECT count(*) FROM system.runtime.queries WHERE "user" = 'quality' AND query LIKE '%FOR VERSION AS OF ${snapshotId}%'`,
    );
    expect(Number(ran[0][0])).toBeGreaterThan(0);
  });
});
