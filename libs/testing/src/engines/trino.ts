import { createTrinoCatalogStatement } from '@mesh/storage';
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { pythonTool } from '../python-tools';
import { s3Store } from '../s3-store';
import { uniqueName } from '../unique';

const CLIENT = resolve(__dirname, '../../../../conformance/trino/trino_sql.py');

/** Where the stack's Trino answers (TRINO_URL, else `infra/local/stack`'s port). */
export const trinoUrl = (): string => process.env.TRINO_URL ?? 'http://127.0.0.1:8088';

/** What a statement answered: its rows, or Trino's error (its error name and message). */
export type TrinoAnswer =
  { columns: string[]; rows: unknown[][]; error?: undefined } | { error: { type: string; message: string } };

/** A mesh principal as Trino sees it: a user name, and the mesh token Trino passes on to the catalog. */
export interface TrinoUser {
  user: string;
  token?: string;
}

/** Fails, naming how to start it, unless the stack's Trino answers and has started. */
export async function requireTrino(): Promise<void> {
  const hint = 'start it with `MESH_TRINO=1 infra/local/stack up trino` (or run `./platform test engines`)';
  let info: { starting?: boolean };
  try {
    info = (await (await fetch(`${trinoUrl()}/v1/info`)).json()) as { starting?: boolean };
  } catch (error) {
    throw new Error(`these tests need Trino: ${trinoUrl()} does not answer (${String(error)}); ${hint}`);
  }
  if (info.starting !== false) throw new Error(`Trino at ${trinoUrl()} is still starting; ${hint}`);
}

/** Runs statements in order on one connection, as `who`, through Trino's Python client. */
export function trinoQuery(who: TrinoUser, statements: readonly string[]): Promise<TrinoAnswer[]> {
  // The token by environment: a command line is visible to every process (and to failure messages).
  const env = { ...process.env, MESH_TOKEN: who.token ?? '' };
  const options = { timeout: 300_000, env };
  return new Promise((done, failed) => {
    const child = execFile(
      pythonTool('python', 'venv-engines'),
      [CLIENT, trinoUrl(), who.user],
      options,
      (error, stdout, stderr) =>
        error === null
          ? done(JSON.parse(stdout.trim().split('\n').pop()!) as TrinoAnswer[])
          : failed(new Error(`Trino's client failed: ${error.message}\n${stderr}`)),
    );
    child.stdin?.end(JSON.stringify(statements));
  });
}

/** The rows of a statement's answer; its error fails the caller. */
export async function trinoRows(who: TrinoUser, statement: string): Promise<unknown[][]> {
  const [answer] = await trinoQuery(who, [statement]);
  if (answer.error !== undefined) throw new Error(`Trino: ${answer.error.type}: ${answer.error.message}`);
  return answer.rows;
}

/** A Trino catalog on one of the mesh's Iceberg REST catalogs; `drop` removes it from Trino. */
export interface TrinoCatalog {
  name: string;
  drop(): Promise<void>;
}

/**
 * Makes a Trino catalog (the stack's Trino manages catalogs dynamically) on a mesh catalog whose warehouse is in the
 * stack's S3 store: createTrinoCatalogStatement tells what it holds and why.
 */
export async function createTrinoCatalog(
  catalogUri: string,
  token: string,
  name = uniqueName('mesh').replace(/-/g, '_'),
): Promise<TrinoCatalog> {
  const operator = { user: 'mesh-operator' };
  await trinoRows(operator, createTrinoCatalogStatement(name, { uri: catalogUri, token }, s3Store()));
  return { name, drop: async () => void (await trinoRows(operator, `DROP CATALOG IF EXISTS ${name}`)) };
}
