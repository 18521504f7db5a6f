import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Lets the retention job find old processed events without scanning the table. */
export class ProcessedEventsAgeIndex1764600000000 implements MigrationInterface {
  readonly name = 'ProcessedEventsAgeIndex1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX processed_events_age_idx ON processed_events (processed_at)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX processed_events_age_idx');
  }
}
