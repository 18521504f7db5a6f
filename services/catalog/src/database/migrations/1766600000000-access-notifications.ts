import type { MigrationInterface, QueryRunner } from 'typeorm';
import { ACCESS_CHANNEL } from '../../signer/access-changes';

/** The tables a read's rights are resolved from: which table holds an object, the product it serves, the grants. */
const ACCESS_TABLES = ['iceberg_tables', 'table_bindings', 'grants'];

/**
 * Every change to what decides a read (a table created, committed, renamed or dropped; a binding; a grant) notifies
 * ACCESS_CHANNEL when its transaction commits, whichever path made it (API, event, SQL by hand), so that every
 * catalog process forgets the rights its S3 signer cached.
 */
export class AccessNotifications1766600000000 implements MigrationInterface {
  readonly name = 'AccessNotifications1766600000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE FUNCTION notify_access_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('${ACCESS_CHANNEL}', '');
        RETURN NULL;
      END $$`);
    for (const table of ACCESS_TABLES)
      await runner.query(`
        CREATE TRIGGER ${table}_access_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION notify_access_changed()`);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ACCESS_TABLES) await runner.query(`DROP TRIGGER ${table}_access_changed ON ${table}`);
    await runner.query('DROP FUNCTION notify_access_changed()');
  }
}
