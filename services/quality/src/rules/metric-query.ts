import type { MetricArguments, QualityMetric } from '@mesh/descriptor';
import { quoteIdentifier, sqlLiteral } from './sql-text';

/** What a missing value is when a missingValues rule does not say: null or the empty string (ODCS's example). */
const DEFAULT_MISSING = [''] as const;

/** Where the engines' SQL differs for the metrics: matching a whole value against a regular expression. */
export interface SqlDialect {
  fullMatch(value: string, pattern: string): string;
}

export const DUCKDB: SqlDialect = { fullMatch: (value, pattern) => `regexp_full_match(${value}, ${pattern})` };

/** Trino's regexp_like finds a match anywhere: anchoring the pattern makes it match the whole value. */
export const TRINO: SqlDialect = {
  fullMatch: (value, pattern) => `regexp_like(${value}, '^(?:' || ${pattern} || ')$')`,
};

/** A metric rule ready to be computed: its field (none for rowCount) and what to measure. */
export interface MetricRequest {
  metric: QualityMetric;
  field: string | null;
  arguments: MetricArguments;
}

function requireField(request: MetricRequest): string {
  if (request.field === null) throw new Error(`the ${request.metric} metric needs a field`);
  return quoteIdentifier(request.field);
}

/**
 * The aggregate expression of one library metric, in rows (our descriptor has no percent unit). Every metric is
 * an aggregate over the same rows, so that all of a table's metric rules are computed by one scan.
 */
export function metricExpression(request: MetricRequest, dialect: SqlDialect = DUCKDB): string {
  switch (request.metric) {
    case 'rowCount':
      return 'COUNT(*)';
    case 'nullValues':
      return `COUNT(*) FILTER (WHERE ${requireField(request)} IS NULL)`;
    case 'missingValues': {
      const column = requireField(request);
      const missing = (request.arguments.missingValues ?? DEFAULT_MISSING).map((value) =>
        sqlLiteral(typeof value === 'string' ? value : String(value)),
      );
      return `COUNT(*) FILTER (WHERE ${column} IS NULL OR CAST(${column} AS VARCHAR) IN (${missing.join(', ')}))`;
    }
    case 'invalidValues': {
      const column = requireField(request);
      const { validValues, pattern } = request.arguments;
      const conditions = [
        ...(validValues === undefined ? [] : [`${column} NOT IN (${validValues.map(sqlLiteral).join(', ')})`]),
        ...(pattern === undefined
          ? []
          : [`NOT ${dialect.fullMatch(`CAST(${column} AS VARCHAR)`, sqlLiteral(pattern))}`]),
      ];
      if (conditions.length === 0) throw new Error('invalidValues needs validValues or a pattern in its arguments');
      // Nulls are not invalid: nullValues counts them.
      return `COUNT(*) FILTER (WHERE ${column} IS NOT NULL AND (${conditions.join(' OR ')}))`;
    }
    case 'duplicateValues': {
      const column = requireField(request);
      // Rows whose value another row already has: non-null values minus distinct ones.
      return `COUNT(${column}) - COUNT(DISTINCT ${column})`;
    }
  }
}

/** One SELECT computing every expression over the view in a single scan, as columns m0, m1, …. */
export function scanQuery(view: string, expressions: readonly string[]): string {
  const columns = expressions.map((expression, index) => `${expression} AS m${index}`);
  return `SELECT ${columns.join(', ')} FROM ${quoteIdentifier(view)}`;
}
