import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import type { CheckRule } from './check-rule';
import { metricExpression, scanQuery } from './metric-query';
import { errored, judge, type RuleOutcome } from './rule-outcome';
import { guardSqlRule, renderRuleQuery } from './sql-rule-guard';
import { quoteIdentifier, sqlStringList } from './sql-text';

export interface Evaluation {
  /** The contract table; the view the rules read is named after it. */
  table: string;
  /** Local paths of the snapshot's live Parquet data files. */
  files: readonly string[];
  rules: readonly CheckRule[];
  sqlTimeoutMs: number;
}

type MetricRule = CheckRule & { measure: { kind: 'metric' } };
type SqlRule = CheckRule & { measure: { kind: 'sql' } };

/**
 * Runs a table's rules with DuckDB over the snapshot's Parquet files: a view named after the table, then the
 * configuration locked so that nothing but those files can be read or written; every metric rule in one scan;
 * each SQL rule, once the guard let it through, with a timeout. A fresh in-memory database per evaluation, so
 * that no rule sees another table or run.
 */
export async function evaluateRules(evaluation: Evaluation): Promise<RuleOutcome[]> {
  const metricRules = evaluation.rules.filter((rule): rule is MetricRule => rule.measure.kind === 'metric');
  const sqlRules = evaluation.rules.filter((rule): rule is SqlRule => rule.measure.kind === 'sql');
  if (evaluation.files.length === 0) {
    // An empty snapshot: every count is 0, and a query has nothing to read.
    return evaluation.rules.map((rule) =>
      rule.measure.kind === 'metric' ? judge(rule, 0) : errored(rule.id, 'the snapshot has no data files to query'),
    );
  }

  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const view = evaluation.table;
    const files = sqlStringList(evaluation.files);
    await connection.run(
      `CREATE VIEW ${quoteIdentifier(view)} AS SELECT * FROM read_parquet(${files}, union_by_name = true)`,
    );
    await connection.run(`SET allowed_paths = ${files}`);
    await connection.run('SET enable_external_access = false');
    await connection.run('SET lock_configuration = true');
    const columns = await columnsOf(connection, view);
    const outcomes = new Map(
      [
        ...(await runMetrics(connection, view, columns, metricRules)),
        ...(await runSqlRules(connection, view, sqlRules, evaluation.sqlTimeoutMs)),
      ].map((outcome) => [outcome.ruleId, outcome]),
    );
    // In the contract's order, whatever order they ran in.
    return evaluation.rules.map((rule) => outcomes.get(rule.id)!);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

async function columnsOf(connection: DuckDBConnection, view: string): Promise<Set<string>> {
  const reader = await connection.runAndReadAll(`DESCRIBE ${quoteIdentifier(view)}`);
  return new Set(reader.getRowObjects().map((row) => String(row.column_name)));
}

async function runMetrics(
  connection: DuckDBConnection,
  view: string,
  columns: ReadonlySet<string>,
  rules: readonly MetricRule[],
): Promise<RuleOutcome[]> {
  const outcomes = new Map<string, RuleOutcome>();
  const runnable: { rule: MetricRule; expression: string }[] = [];
  for (const rule of rules) {
    if (rule.field !== null && !columns.has(rule.field)) {
      outcomes.set(rule.id, errored(rule.id, `the table has no column '${rule.field}'`));
      continue;
    }
    try {
      runnable.push({ rule, expression: metricExpression({ ...rule.measure, field: rule.field }) });
    } catch (error) {
      outcomes.set(rule.id, errored(rule.id, (error as Error).message));
    }
  }
  if (runnable.length > 0) {
    try {
      const reader = await connection.runAndReadAll(
        scanQuery(
          view,
          runnable.map((entry) => entry.expression),
        ),
      );
      const row = reader.getRows()[0];
      runnable.forEach(({ rule }, index) => outcomes.set(rule.id, judge(rule, toNumber(row[index]) ?? 0)));
    } catch (error) {
      const message = `the metrics could not be computed: ${firstLine(error)}`;
      runnable.forEach(({ rule }) => outcomes.set(rule.id, errored(rule.id, message)));
    }
  }
  return rules.map((rule) => outcomes.get(rule.id) as RuleOutcome);
}

async function runSqlRules(
  connection: DuckDBConnection,
  view: string,
  rules: readonly SqlRule[],
  timeoutMs: number,
): Promise<RuleOutcome[]> {
  const outcomes: RuleOutcome[] = [];
  for (const rule of rules) {
    const query = renderRuleQuery(rule.measure.query, view, rule.field);
    const verdict = await guardSqlRule(connection, query, view);
    if (!verdict.allowed) {
      outcomes.push(errored(rule.id, `rejected: ${verdict.reason}`));
      continue;
    }
    outcomes.push(await runSqlRule(connection, rule, query, timeoutMs));
  }
  return outcomes;
}

async function runSqlRule(
  connection: DuckDBConnection,
  rule: SqlRule,
  query: string,
  timeoutMs: number,
): Promise<RuleOutcome> {
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    connection.interrupt();
  }, timeoutMs);
  try {
    const rows = (await connection.runAndReadAll(query)).getRows();
    const observed = rows.length === 0 ? null : toNumber(rows[0][0]);
    if (observed === null) return errored(rule.id, 'the query returned no number (a rule returns one numeric value)');
    return judge(rule, observed);
  } catch (error) {
    return errored(
      rule.id,
      timedOut ? `the query ran longer than ${timeoutMs} ms` : `the query failed: ${firstLine(error)}`,
    );
  } finally {
    clearTimeout(timer);
  }
}

function toNumber(value: DuckDBValue | undefined): number | null {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'object' && value !== null && 'toDouble' in value) return value.toDouble();
  return null;
}

function firstLine(error: unknown): string {
  return (error as Error).message.split('\n')[0];
}
