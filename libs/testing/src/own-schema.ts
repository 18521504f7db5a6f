import { Client } from 'pg';
import { stack } from './stack';
import { uniqueName } from './unique';

/** A Postgres schema of its own in one of the stack's databases, for a service process under test. */
export interface OwnSchema {
  schema: string;
  /** A connection URL whose sessions use the schema: the DATABASE_URL to give the process. */
  url: string;
  /** Runs SQL in the schema. */
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Drops the schema and everything in it. */
  drop(): Promise<void>;
}

/**
 * Creates a fresh schema in `database` (e.g. mesh_catalog), so that a test file's service sees none of a developer's
 * data or another test file's, and runs repeat cleanly.
 */
export async function ownSchema(database: string, label: string): Promise<OwnSchema> {
  const base = stack.databaseUrl(database);
  const schema = uniqueName(`it_${label}`).replaceAll('-', '_');
  await runSql(base, `CREATE SCHEMA ${schema}`);
  const url = `${base}${base.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  return {
    schema,
    url,
    sql: (text, params) => runSql(url, text, params),
    drop: async () => {
      await runSql(base, `DROP SCHEMA ${schema} CASCADE`);
    },
  };
}

async function runSql<T>(databaseUrl: string, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: databaseUrl });
  try {
    await client.connect();
    return (await client.query(text, params)).rows as T[];
  } catch (error) {
    const where = new URL(databaseUrl);
    throw new Error(`database ${where.pathname.slice(1)} on ${where.host}: ${(error as Error).message}`, {
      cause: error,
    });
  } finally {
    await client.end();
  }
}
