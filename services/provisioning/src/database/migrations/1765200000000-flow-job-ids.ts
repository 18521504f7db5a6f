import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A flow keeps the job id its events carry. Flows recorded before had the id of their parent job, which is what
 * their events carried, so that is what they keep.
 */
export class FlowJobIds1765200000000 implements MigrationInterface {
  readonly name = 'FlowJobIds1765200000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE flows ADD COLUMN job_id text');
    await runner.query(`UPDATE flows SET job_id = kind || '.' || domain || '.' || product || '.' || version`);
    await runner.query('ALTER TABLE flows ALTER COLUMN job_id SET NOT NULL');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE flows DROP COLUMN job_id');
  }
}
