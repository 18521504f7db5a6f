import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The copies a service keeps of what the product lifecycle events said about each version. */
export class VersionCopies1765200000000 implements MigrationInterface {
  readonly name = 'VersionCopies1765200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE version_copies (
        domain text NOT NULL,
        name text NOT NULL,
        version text NOT NULL,
        descriptor jsonb,
        output_ports jsonb,
        PRIMARY KEY (domain, name, version)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE version_copies');
  }
}
