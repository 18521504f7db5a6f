import { DataSource, type MigrationInterface } from 'typeorm';
import { stack } from './stack';
import { uniqueName } from './unique';

/** A Postgres schema of its own in mesh_test, with the given migrations run, dropped after the test file. */
export interface TestDatabase {
  schema: string;
  /** A connection URL whose sessions use the schema, for child processes. */
  url: string;
  dataSource: DataSource;
  remove(): Promise<void>;
}

type Migrations = readonly (new () => MigrationInterface)[];

export async function createTestDatabase(label: string, migrations: Migrations): Promise<TestDatabase> {
  const schema = uniqueName(`it_${label}`).replaceAll('-', '_');
  const base = stack.databaseUrl('mesh_test');
  const admin = await new DataSource({ type: 'postgres', url: base }).initialize();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.destroy();

  const url = `${base}${base.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  const dataSource = await new DataSource({
    type: 'postgres',
    url,
    migrations: [...migrations],
    migrationsTableName: 'migrations',
    poolSize: 20,
  }).initialize();
  await dataSource.runMigrations();
  return {
    schema,
    url,
    dataSource,
    remove: async () => {
      await dataSource.query(`DROP SCHEMA ${schema} CASCADE`);
      await dataSource.destroy();
    },
  };
}

/** Polls until `check` holds, failing with `describe()` after the timeout. */
export async function eventually(
  check: () => Promise<boolean> | boolean,
  describe: () => string | Promise<string>,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms: ${await describe()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
