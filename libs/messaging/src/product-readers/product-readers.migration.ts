import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who may read each product, as a service that hides restricted products learns it from the mesh's events: whether
 * the product is restricted (from its published descriptor) and the grants on it (from `access.granted` and
 * `access.revoked`). Services list this migration beside their own; see ProductReaders.
 */
export class ProductReaders1766100000000 implements MigrationInterface {
  name = 'ProductReaders1766100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE product_visibility (
        domain text NOT NULL,
        name text NOT NULL,
        restricted boolean NOT NULL,
        PRIMARY KEY (domain, name)
      )`);
    await queryRunner.query(`
      CREATE TABLE product_grants (
        grant_id text PRIMARY KEY,
        domain text NOT NULL,
        name text NOT NULL,
        principal text NOT NULL,
        active boolean NOT NULL,
        expires_at timestamptz
      )`);
    await queryRunner.query('CREATE INDEX product_grants_reader_idx ON product_grants (domain, name, principal)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE product_grants');
    await queryRunner.query('DROP TABLE product_visibility');
  }
}
