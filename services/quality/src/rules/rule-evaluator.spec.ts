import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CheckRule } from './check-rule';
import { evaluateRules } from './rule-evaluator';

const rule = (id: string, fields: Partial<CheckRule>): CheckRule => ({
  id,
  table: 'orders',
  field: null,
  severity: 'blocking',
  dimension: null,
  threshold: { operator: 'mustBe', value: 0 },
  measure: { kind: 'metric', metric: 'rowCount', arguments: {} },
  implicit: false,
  ...fields,
});

const sql = (id: string, query: string, fields: Partial<CheckRule> = {}) =>
  rule(id, { measure: { kind: 'sql', query }, ...fields });

describe('evaluateRules', () => {
  let dir: string;
  let files: string[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'quality-evaluator-'));
    files = [join(dir, 'a.parquet'), join(dir, 'b.parquet')];
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    await connection.run(
      `COPY (SELECT * FROM (VALUES ('o1', 'paid', 10.5), ('o2', NULL, -1.0), ('o3', 'lost', 3.0))
         AS t(order_id, status, total)) TO '${files[0]}' (FORMAT parquet)`,
    );
    await connection.run(
      `COPY (SELECT * FROM (VALUES ('o1', 'paid', 2.0), ('o4', '', 4.0)) AS t(order_id, status, total))
         TO '${files[1]}' (FORMAT parquet)`,
    );
    connection.closeSync();
    instance.closeSync();
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const evaluate = (rules: CheckRule[]) => evaluateRules({ table: 'orders', files, rules, sqlTimeoutMs: 5_000 });

  it('computes every library metric over all files of the snapshot', async () => {
    const outcomes = await evaluate([
      rule('rows', { threshold: { operator: 'mustBeBetween', value: [1, 10] } }),
      rule('nulls', { field: 'status', measure: { kind: 'metric', metric: 'nullValues', arguments: {} } }),
      rule('missing', { field: 'status', measure: { kind: 'metric', metric: 'missingValues', arguments: {} } }),
      rule('invalid', {
        field: 'status',
        severity: 'warning',
        measure: { kind: 'metric', metric: 'invalidValues', arguments: { validValues: ['paid', ''] } },
      }),
      rule('pattern', {
        field: 'order_id',
        measure: { kind: 'metric', metric: 'invalidValues', arguments: { pattern: 'o[0-9]+' } },
      }),
      rule('duplicates', { field: 'order_id', measure: { kind: 'metric', metric: 'duplicateValues', arguments: {} } }),
    ]);
    expect(outcomes).toEqual([
      { ruleId: 'rows', observed: 5, outcome: 'pass', message: null },
      { ruleId: 'nulls', observed: 1, outcome: 'fail', message: 'observed 1, must be 0' },
      { ruleId: 'missing', observed: 2, outcome: 'fail', message: 'observed 2, must be 0' },
      { ruleId: 'invalid', observed: 1, outcome: 'warn', message: 'observed 1, must be 0' },
      { ruleId: 'pattern', observed: 0, outcome: 'pass', message: null },
      { ruleId: 'duplicates', observed: 1, outcome: 'fail', message: 'observed 1, must be 0' },
    ]);
  });

  it('runs SQL rules over the view named after the table, with the placeholders filled in', async () => {
    const outcomes = await evaluate([
      sql('negative', 'SELECT COUNT(*) FROM ${table} WHERE total < 0'),
      sql('min', 'WITH t AS (SELECT ${column} AS v FROM orders) SELECT MIN(v) FROM t', {
        field: 'total',
        threshold: { operator: 'mustBeGreaterThan', value: 0 },
        severity: 'warning',
      }),
    ]);
    expect(outcomes).toEqual([
      { ruleId: 'negative', observed: 1, outcome: 'fail', message: 'observed 1, must be 0' },
      { ruleId: 'min', observed: -1, outcome: 'warn', message: 'observed -1, must be greater than 0' },
    ]);
  });

  it.each([
    ["COPY orders TO '/tmp/out.csv'", 'rejected: COPY statements are not allowed'],
    ['DELETE FROM orders', 'rejected: DELETE statements are not allowed'],
    ['CREATE TABLE x AS SELECT 1', 'rejected: CREATE statements are not allowed'],
    ["ATTACH '/tmp/other.db'", 'rejected: ATTACH statements are not allowed'],
    ['INSTALL httpfs', 'rejected: INSTALL statements are not allowed'],
    ["SELECT COUNT(*) FROM read_csv('/etc/passwd')", 'rejected: the table function read_csv() is not allowed'],
    [
      "SELECT COUNT(*) FROM orders WHERE status IN (SELECT * FROM glob('/etc/*'))",
      'rejected: the table function glob() is not allowed',
    ],
    ["SELECT COUNT(*) FROM '/etc/passwd'", "rejected: the query reads '/etc/passwd'"],
    ['SELECT COUNT(*) FROM information_schema.tables', "rejected: the query reads 'tables'"],
    ['SELECT 1; SELECT 2', 'rejected: a rule is one SELECT statement, and this query has 2'],
    ['SELEC 1', 'rejected: the query does not parse'],
  ])('rejects %s with a clear reason', async (query, reason) => {
    const [outcome] = await evaluate([sql('bad', query)]);
    expect(outcome.outcome).toBe('error');
    expect(outcome.message).toContain(reason);
  });

  it('stops a query at the timeout', async () => {
    const [outcome] = await evaluateRules({
      table: 'orders',
      files,
      // 5^14 rows of cross joins: minutes of work, unless interrupted.
      rules: [sql('slow', `SELECT COUNT(*) FROM ${Array.from({ length: 14 }, (_, i) => `orders o${i}`).join(', ')}`)],
      sqlTimeoutMs: 300,
    });
    expect(outcome).toEqual({
      ruleId: 'slow',
      observed: null,
      outcome: 'error',
      message: 'the query ran longer than 300 ms',
    });
  });

  it('reports a rule on a column the files do not have, and still runs the others', async () => {
    const outcomes = await evaluate([
      rule('ghost', { field: 'ghost', measure: { kind: 'metric', metric: 'nullValues', arguments: {} } }),
      rule('rows', { threshold: { operator: 'mustBe', value: 5 } }),
    ]);
    expect(outcomes).toEqual([
      { ruleId: 'ghost', observed: null, outcome: 'error', message: "the table has no column 'ghost'" },
      { ruleId: 'rows', observed: 5, outcome: 'pass', message: null },
    ]);
  });

  it('counts nothing in a snapshot without files', async () => {
    const outcomes = await evaluateRules({
      table: 'orders',
      files: [],
      rules: [rule('rows', { threshold: { operator: 'mustBeGreaterThan', value: 0 } })],
      sqlTimeoutMs: 1000,
    });
    expect(outcomes).toEqual([
      { ruleId: 'rows', observed: 0, outcome: 'fail', message: 'observed 0, must be greater than 0' },
    ]);
  });
});
