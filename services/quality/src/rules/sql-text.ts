import type { Scalar } from '@mesh/descriptor';

/** A DuckDB identifier, quoted so that any column or table name is taken as a name. */
export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** A DuckDB literal of a contract value. */
export function sqlLiteral(value: Scalar): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return `'${value.replaceAll("'", "''")}'`;
}

/** A DuckDB list literal of strings, e.g. the paths of a view's files. */
export function sqlStringList(values: readonly string[]): string {
  return `[${values.map(sqlLiteral).join(', ')}]`;
}
