import type { DuckDBConnection } from '@duckdb/node-api';
import { quoteIdentifier } from './sql-text';

export type GuardVerdict = { allowed: true } | { allowed: false; reason: string };

/** Kinds of FROM items a read-only rule over its table may use; anything else (table functions) can reach files. */
const READING_REFS = new Set(['BASE_TABLE', 'JOIN', 'SUBQUERY', 'EMPTY', 'EXPRESSION_LIST']);

interface SerializedSql {
  error: boolean;
  error_type?: string;
  error_message?: string;
  statements?: unknown[];
}

/** The SQL of a contract rule with ODCS's placeholders filled in: `${table}` is the view, `${column}` the field. */
export function renderRuleQuery(query: string, view: string, field: string | null): string {
  const withTable = query.replaceAll('${table}', quoteIdentifier(view));
  return field === null ? withTable : withTable.replaceAll('${column}', quoteIdentifier(field));
}

const rejected = (reason: string): GuardVerdict => ({ allowed: false, reason });

function firstKeyword(query: string): string {
  return (/^[\s(]*([A-Za-z]+)/.exec(query)?.[1] ?? 'this').toUpperCase();
}

/**
 * Decides whether a contract's SQL rule may run, from DuckDB's own parse of it rather than from patterns: exactly
 * one statement (DuckDB's statement extraction), a SELECT (json_serialize_sql serialises nothing else), and FROM
 * items that only read the table's view, its CTEs and subqueries — no table function (read_csv, read_parquet,
 * glob, …) and no other table or file name. The connection is locked down as well (no external access), so a
 * rule that slipped through could still reach no file; the guard is what gives the author a clear reason.
 */
export async function guardSqlRule(connection: DuckDBConnection, query: string, view: string): Promise<GuardVerdict> {
  let count: number;
  try {
    count = (await connection.extractStatements(query)).count;
  } catch (error) {
    return rejected(`the query does not parse: ${(error as Error).message.split('\n')[0]}`);
  }
  if (count !== 1) return rejected(`a rule is one SELECT statement, and this query has ${count}`);

  const reader = await connection.runAndReadAll('SELECT json_serialize_sql($1::VARCHAR) AS tree', [query]);
  const tree = JSON.parse(String(reader.getRowObjects()[0].tree)) as SerializedSql;
  if (tree.error) {
    return tree.error_type === 'not implemented'
      ? rejected(
          `${firstKeyword(query)} statements are not allowed: a rule is a single read-only SELECT (or WITH … SELECT) over ${view}`,
        )
      : rejected(`the query does not parse: ${tree.error_message ?? 'unknown error'}`);
  }
  return checkReads(tree.statements ?? [], view);
}

/** Walks the serialised statement: every FROM item must read the view, a CTE of the query, or a subquery. */
function checkReads(statements: unknown[], view: string): GuardVerdict {
  const cteNames = new Set<string>();
  const refs: Record<string, unknown>[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    if (typeof record.type === 'string' && !('class' in record) && 'alias' in record && 'sample' in record) {
      refs.push(record);
    }
    const cteMap = record.cte_map as { map?: { key?: unknown }[] } | undefined;
    for (const entry of cteMap?.map ?? []) if (typeof entry.key === 'string') cteNames.add(entry.key.toLowerCase());
    Object.values(record).forEach(visit);
  };
  visit(statements);

  for (const ref of refs) {
    const type = ref.type as string;
    if (type === 'TABLE_FUNCTION') {
      const name = (ref.function as { function_name?: string } | undefined)?.function_name ?? 'unknown';
      return rejected(
        `the table function ${name}() is not allowed: a rule may only read ${view}, not files or other sources`,
      );
    }
    if (!READING_REFS.has(type)) return rejected(`${type} is not allowed in a rule: it may only read ${view}`);
    if (type !== 'BASE_TABLE') continue;
    const name = String(ref.table_name);
    const qualified = [ref.catalog_name, ref.schema_name].some((part) => typeof part === 'string' && part !== '');
    if (qualified || (name.toLowerCase() !== view.toLowerCase() && !cteNames.has(name.toLowerCase()))) {
      return rejected(`the query reads '${name}': a rule may only read ${view}, not other tables or files`);
    }
  }
  return { allowed: true };
}
