import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An access request's updated_at is kept in milliseconds like its created_at: with microseconds, a request made and
 * granted at once could show an update a fraction of a millisecond before its creation (created_at rounds up).
 */
export class AccessUpdatePrecision1764950000000 implements MigrationInterface {
  readonly name = 'AccessUpdatePrecision1764950000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('UPDATE access_requests SET updated_at = created_at WHERE updated_at < created_at');
    await queryRunner.query('ALTER TABLE access_requests ALTER COLUMN updated_at TYPE timestamptz(3)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE access_requests ALTER COLUMN updated_at TYPE timestamptz');
  }
}
