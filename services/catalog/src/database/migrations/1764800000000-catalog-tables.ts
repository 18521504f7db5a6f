import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The catalog's state: namespaces (domains), each table's current metadata pointer (the compare-and-swap target
 * of every commit), the read grants, and what the product lifecycle says about tables (which product and port a
 * table serves, and the contract of its published version).
 */
export class CatalogTables1764800000000 implements MigrationInterface {
  name = 'CatalogTables1764800000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE namespaces (
        name text PRIMARY KEY,
        properties jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      CREATE TABLE iceberg_tables (
        namespace text NOT NULL REFERENCES namespaces (name),
        name text NOT NULL,
        table_uuid text NOT NULL,
        metadata_location text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (namespace, name)
      )`);
    await runner.query(`
      CREATE TABLE grants (
        grant_id text PRIMARY KEY,
        principal text NOT NULL,
        domain text NOT NULL,
        product text NOT NULL,
        port text,
        expires_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX grants_principal_product ON grants (principal, domain, product)`);
    await runner.query(`
      CREATE TABLE product_descriptors (
        domain text NOT NULL,
        product text NOT NULL,
        version text NOT NULL,
        descriptor jsonb NOT NULL,
        PRIMARY KEY (domain, product, version)
      )`);
    await runner.query(`
      CREATE TABLE table_bindings (
        namespace text NOT NULL,
        table_name text NOT NULL,
        domain text NOT NULL,
        product text NOT NULL,
        version text NOT NULL,
        port text NOT NULL,
        contract jsonb,
        published_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (namespace, table_name)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['table_bindings', 'product_descriptors', 'grants', 'iceberg_tables', 'namespaces'])
      await runner.query(`DROP TABLE ${table}`);
  }
}
