import { DuckDBInstance } from '@duckdb/node-api';
import type { CheckRule } from '../rules/check-rule';
import { TRINO } from '../rules/metric-query';
import { evaluateOn, QueryTimeout, type SnapshotRelation } from '../rules/rule-engine';
import type { RuleOutcome } from '../rules/rule-outcome';
import { guardSqlRule } from '../rules/sql-rule-guard';
import { quoteIdentifier } from '../rules/sql-text';
import { TrinoError, type TrinoClient } from './trino-client';

export interface TrinoEvaluation {
  trino: TrinoClient;
  /** Trino's Iceberg catalog on the mesh's REST catalog. */
  catalog: string;
  /** The table's identifier in the mesh's catalog (`namespace.table`). */
  identifier: string;
  snapshotId: string;
  /** The contract table; the relation the rules read is named after it. */
  table: string;
  rules: readonly CheckRule[];
  sqlTimeoutMs: number;
}

/**
 * Runs a table's rules on Trino, over the Iceberg table at the snapshot (FOR VERSION AS OF): the same rules, metric
 * SQL and verdicts as with DuckDB (evaluateOn). Each query gets the snapshot as a CTE named after the contract's
 * table, so a rule reads exactly what it reads on DuckDB. SQL rules pass the same guard first, on DuckDB's parse of
 * them (a parser only: no data is opened there).
 */
export async function evaluateOnTrino(evaluation: TrinoEvaluation): Promise<RuleOutcome[]> {
  const instance = await DuckDBInstance.create(':memory:');
  const parser = await instance.connect();
  try {
    return await evaluateOn(
      trinoRelation(evaluation, parser),
      evaluation.table,
      evaluation.rules,
      evaluation.sqlTimeoutMs,
    );
  } finally {
    parser.closeSync();
    instance.closeSync();
  }
}

function trinoRelation(
  evaluation: TrinoEvaluation,
  parser: Awaited<ReturnType<DuckDBInstance['connect']>>,
): SnapshotRelation {
  const [namespace, name] = evaluation.identifier.split('.');
  const source = `${quoteIdentifier(evaluation.catalog)}.${quoteIdentifier(namespace)}.${quoteIdentifier(name)}`;
  const snapshot = `${quoteIdentifier(evaluation.table)} AS (SELECT * FROM ${source} FOR VERSION AS OF ${BigInt(evaluation.snapshotId)})`;
  // The snapshot as the first CTE; a rule's own WITH list follows it.
  const over = (query: string) => {
    const own = /^\s*WITH\s+(?!RECURSIVE\b)/i.exec(query);
    return own === null ? `WITH ${snapshot} ${query}` : `WITH ${snapshot}, ${query.slice(own[0].length)}`;
  };
  return {
    dialect: TRINO,
    columns: async () =>
      new Set(
        (await evaluation.trino.query(over(`SELECT * FROM ${quoteIdentifier(evaluation.table)} LIMIT 0`))).columns,
      ),
    firstRow: async (query, timeoutMs) => {
      try {
        return (await evaluation.trino.query(over(query), timeoutMs)).rows[0]?.map(toNumber);
      } catch (error) {
        if (error instanceof TrinoError && error.errorName === 'EXCEEDED_TIME_LIMIT') throw new QueryTimeout(query);
        throw error;
      }
    },
    guard: (query) => guardSqlRule(parser, query, evaluation.table),
  };
}

/** Trino's JSON values: numbers as numbers, except decimals (strings) and booleans. */
function toNumber(value: unknown): number | null {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return null;
}
