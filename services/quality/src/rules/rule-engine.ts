import type { CheckRule } from './check-rule';
import { metricExpression, scanQuery, type SqlDialect } from './metric-query';
import { errored, judge, type RuleOutcome } from './rule-outcome';
import type { GuardVerdict } from './sql-rule-guard';
import { renderRuleQuery } from './sql-rule-guard';

/**
 * One snapshot of a table, as an engine holds it: a relation named after the contract's table, which the rules read.
 * DuckDB (a view over the snapshot's Parquet files) and Trino (the Iceberg table at that snapshot) are the two; the
 * rules, their SQL and their verdicts are the same on both (evaluateOn).
 */
export interface SnapshotRelation {
  readonly dialect: SqlDialect;
  /** The relation's column names. */
  columns(): Promise<ReadonlySet<string>>;
  /** The first row of a query over the relation, its values as numbers (null when not numeric); stopped after timeoutMs. */
  firstRow(query: string, timeoutMs?: number): Promise<(number | null)[] | undefined>;
  /** Whether a contract's SQL rule may run: one read-only SELECT over the relation only. */
  guard(query: string): Promise<GuardVerdict>;
}

type MetricRule = CheckRule & { measure: { kind: 'metric' } };
type SqlRule = CheckRule & { measure: { kind: 'sql' } };

/** The outcomes of a snapshot without data: every count is 0, and a query has nothing to read. */
export function emptySnapshotOutcomes(rules: readonly CheckRule[]): RuleOutcome[] {
  return rules.map((rule) =>
    rule.measure.kind === 'metric' ? judge(rule, 0) : errored(rule.id, 'the snapshot has no data files to query'),
  );
}

/**
 * Runs a table's rules on a relation: every metric rule in one scan, then each SQL rule the guard lets through, with
 * a timeout. Outcomes come in the contract's order, whatever order they ran in.
 */
export async function evaluateOn(
  relation: SnapshotRelation,
  view: string,
  rules: readonly CheckRule[],
  sqlTimeoutMs: number,
): Promise<RuleOutcome[]> {
  const metricRules = rules.filter((rule): rule is MetricRule => rule.measure.kind === 'metric');
  const sqlRules = rules.filter((rule): rule is SqlRule => rule.measure.kind === 'sql');
  const columns = await relation.columns();
  const outcomes = new Map(
    [
      ...(await runMetrics(relation, view, columns, metricRules)),
      ...(await runSqlRules(relation, view, sqlRules, sqlTimeoutMs)),
    ].map((outcome) => [outcome.ruleId, outcome]),
  );
  return rules.map((rule) => outcomes.get(rule.id)!);
}

async function runMetrics(
  relation: SnapshotRelation,
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
      runnable.push({ rule, expression: metricExpression({ ...rule.measure, field: rule.field }, relation.dialect) });
    } catch (error) {
      outcomes.set(rule.id, errored(rule.id, (error as Error).message));
    }
  }
  if (runnable.length > 0) {
    try {
      const row = await relation.firstRow(
        scanQuery(
          view,
          runnable.map((entry) => entry.expression),
        ),
      );
      runnable.forEach(({ rule }, index) => outcomes.set(rule.id, judge(rule, row?.[index] ?? 0)));
    } catch (error) {
      const message = `the metrics could not be computed: ${firstLine(error)}`;
      runnable.forEach(({ rule }) => outcomes.set(rule.id, errored(rule.id, message)));
    }
  }
  return rules.map((rule) => outcomes.get(rule.id) as RuleOutcome);
}

async function runSqlRules(
  relation: SnapshotRelation,
  view: string,
  rules: readonly SqlRule[],
  timeoutMs: number,
): Promise<RuleOutcome[]> {
  const outcomes: RuleOutcome[] = [];
  for (const rule of rules) {
    const query = renderRuleQuery(rule.measure.query, view, rule.field);
    const verdict = await relation.guard(query);
    if (!verdict.allowed) {
      outcomes.push(errored(rule.id, `rejected: ${verdict.reason}`));
      continue;
    }
    outcomes.push(await runSqlRule(relation, rule, query, timeoutMs));
  }
  return outcomes;
}

async function runSqlRule(
  relation: SnapshotRelation,
  rule: SqlRule,
  query: string,
  timeoutMs: number,
): Promise<RuleOutcome> {
  try {
    const observed = (await relation.firstRow(query, timeoutMs))?.[0] ?? null;
    if (observed === null) return errored(rule.id, 'the query returned no number (a rule returns one numeric value)');
    return judge(rule, observed);
  } catch (error) {
    return errored(
      rule.id,
      error instanceof QueryTimeout
        ? `the query ran longer than ${timeoutMs} ms`
        : `the query failed: ${firstLine(error)}`,
    );
  }
}

/** A query stopped at its time limit. */
export class QueryTimeout extends Error {}

function firstLine(error: unknown): string {
  return (error as Error).message.split('\n')[0];
}
