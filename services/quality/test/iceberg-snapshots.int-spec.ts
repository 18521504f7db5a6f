import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localPath } from '../src/iceberg/file-location';
import { liveDataFiles } from '../src/iceberg/manifests';
import { parseTableMetadata, snapshotOf } from '../src/iceberg/table-metadata';
import { rulesOf } from '../src/rules/check-rule';
import { evaluateRules } from '../src/rules/rule-evaluator';
import { writeIceberg, type WriteRequest } from '@mesh/testing';

/**
 * The reading path on real Iceberg tables: PyIceberg (SqlCatalog on a local warehouse) writes metadata JSON, Avro
 * manifest lists and manifests and Parquet files; the checks find a snapshot's live files from them.
 */
describe('reading Iceberg snapshots written by PyIceberg', () => {
  let warehouse: string;
  const write = (operations: WriteRequest['operations']) =>
    writeIceberg({
      catalog: { type: 'sql', uri: `sqlite:///${warehouse}/catalog.db`, warehouse: `file://${warehouse}` },
      table: 'sales.orders',
      fields: [
        { name: 'order_id', type: 'string', required: true },
        { name: 'status', type: 'string' },
        { name: 'total', type: 'double' },
      ],
      operations,
    });

  const filesOf = async (metadataLocation: string, snapshotId: string | null) => {
    const metadata = parseTableMetadata(readFileSync(localPath(metadataLocation), 'utf8'));
    const snapshot = snapshotOf(metadata, snapshotId);
    return snapshot === null ? [] : await liveDataFiles(snapshot['manifest-list']);
  };

  beforeAll(() => {
    warehouse = mkdtempSync(join(tmpdir(), 'quality-iceberg-'));
  });

  afterAll(() => rmSync(warehouse, { recursive: true, force: true }));

  it('reads the live data files of each snapshot, leaving out the files a delete removed', async () => {
    const first = write([
      {
        append: [
          { order_id: 'o1', status: 'paid', total: 10 },
          { order_id: 'o2', status: null, total: 5 },
        ],
      },
    ]);
    const second = write([
      { append: [{ order_id: 'o3', status: 'placed', total: -1 }] },
      { delete: "order_id == 'o2'" },
    ]);

    expect(await filesOf(first.metadataLocation, first.snapshotId)).toHaveLength(1);
    const live = await filesOf(second.metadataLocation, second.snapshotId);
    const rules = rulesOf({
      schema: [
        {
          name: 'orders',
          description: 'Orders',
          fields: [
            { name: 'order_id', type: 'string', description: 'Id', required: true },
            { name: 'status', type: 'string', description: 'Status', required: true },
          ],
        },
      ],
      quality: [
        { id: 'rows', table: 'orders', metric: 'rowCount', mustBe: 2, severity: 'blocking' },
        {
          id: 'negative',
          table: 'orders',
          type: 'sql',
          query: 'SELECT COUNT(*) FROM ${table} WHERE total < 0',
          mustBe: 0,
          severity: 'warning',
        },
      ],
    });
    const outcomes = await evaluateRules({ table: 'orders', files: live, rules, sqlTimeoutMs: 10_000 });
    expect(outcomes).toEqual([
      { ruleId: 'rows', observed: 2, outcome: 'pass', message: null },
      { ruleId: 'negative', observed: 1, outcome: 'warn', message: 'observed 1, must be 0' },
      { ruleId: 'orders.order_id.required', observed: 0, outcome: 'pass', message: null },
      { ruleId: 'orders.status.required', observed: 0, outcome: 'pass', message: null },
    ]);

    // The older snapshot still has the null status the delete removed since.
    const older = await evaluateRules({
      table: 'orders',
      files: await filesOf(second.metadataLocation, first.snapshotId),
      rules: rules.filter((rule) => rule.id === 'orders.status.required'),
      sqlTimeoutMs: 10_000,
    });
    expect(older).toEqual([
      { ruleId: 'orders.status.required', observed: 1, outcome: 'fail', message: 'observed 1, must be 0' },
    ]);
  });
});
