import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import type { CheckRule } from './check-rule';
import { DUCKDB } from './metric-query';
import { emptySnapshotOutcomes, evaluateOn, QueryTimeout, type SnapshotRelation } from './rule-engine';
import type { RuleOutcome } from './rule-outcome';
import { guardSqlRule } from './sql-rule-guard';
import { quoteIdentifier, sqlStringList } from './sql-text';

export interface Evaluation {
  /** The contract table; the view the rules read is named after it. */
  table: string;
  /** Local paths of the snapshot's live Parquet data files. */
  files: readonly string[];
  rules: readonly CheckRule[];
  sqlTimeoutMs: number;
}

/**
 * Runs a table's rules with DuckDB over the snapshot's Parquet files: a view named after the table, then the
 * configuration locked so that nothing but those files can be read or written. A fresh in-memory database per
 * evaluation, so that no rule sees another table or run.
 */
export async function evaluateRules(evaluation: Evaluation): Promise<RuleOutcome[]> {
  if (evaluation.files.length === 0) return emptySnapshotOutcomes(evaluation.rules);
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
    return await evaluateOn(duckdbRelation(connection, view), view, evaluation.rules, evaluation.sqlTimeoutMs);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

function duckdbRelation(connection: DuckDBConnection, view: string): SnapshotRelation {
  return {
    dialect: DUCKDB,
    columns: async () => {
      const reader = await connection.runAndReadAll(`DESCRIBE ${quoteIdentifier(view)}`);
      return new Set(reader.getRowObjects().map((row) => String(row.column_name)));
    },
    firstRow: async (query, timeoutMs) => {
      let timedOut = false;
      const timer =
        timeoutMs === undefined
          ? undefined
          : setTimeout(() => {
              timedOut = true;
              connection.interrupt();
            }, timeoutMs);
      try {
        return (await connection.runAndReadAll(query)).getRows()[0]?.map(toNumber);
      } catch (error) {
        throw timedOut ? new QueryTimeout(query) : error;
      } finally {
        clearTimeout(timer);
      }
    },
    guard: (query) => guardSqlRule(connection, query, view),
  };
}

function toNumber(value: DuckDBValue | undefined): number | null {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'object' && value !== null && 'toDouble' in value) return value.toDouble();
  return null;
}
