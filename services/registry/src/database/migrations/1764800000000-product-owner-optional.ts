import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A descriptor may leave its owner out: the governance starter pack rejects such a version with its own message,
 * which is policy as code rather than a schema rule. The product row mirrors the latest proposal, so it may too.
 */
export class ProductOwnerOptional1764800000000 implements MigrationInterface {
  readonly name = 'ProductOwnerOptional1764800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE products ALTER COLUMN owner DROP NOT NULL');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("UPDATE products SET owner = '' WHERE owner IS NULL");
    await queryRunner.query('ALTER TABLE products ALTER COLUMN owner SET NOT NULL');
  }
}
