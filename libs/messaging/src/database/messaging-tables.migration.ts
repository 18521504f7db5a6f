import type { MigrationInterface, QueryRunner } from 'typeorm';
import { OUTBOX_CHANNEL } from '../outbox/outbox-channel';

/**
 * Creates `processed_events` and `outbox` in the connection's schema. Services list this class
 * in their DataSource `migrations`, with `ProcessedEventEntity` and `OutboxEntity` in `entities`.
 */
export class MessagingTables1764288000000 implements MigrationInterface {
  readonly name = 'MessagingTables1764288000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE processed_events (
        consumer_group text NOT NULL,
        event_id text NOT NULL,
        processed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer_group, event_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE outbox (
        id bigserial PRIMARY KEY,
        topic text NOT NULL,
        key text NOT NULL,
        event_type text NOT NULL,
        event jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        sent_at timestamptz
      )`);
    // The relay claims by id and checks older rows of a key; both only ever look at unsent rows.
    await queryRunner.query('CREATE INDEX outbox_unsent_idx ON outbox (id) WHERE sent_at IS NULL');
    await queryRunner.query('CREATE INDEX outbox_unsent_key_idx ON outbox (key, id) WHERE sent_at IS NULL');
    // One notification per inserting statement, delivered at commit: the relay wakes as soon as
    // rows become visible instead of waiting for its next poll.
    await queryRunner.query(`
      CREATE FUNCTION outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('${OUTBOX_CHANNEL}', '');
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      'CREATE TRIGGER outbox_notify AFTER INSERT ON outbox FOR EACH STATEMENT EXECUTE FUNCTION outbox_notify()',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE outbox');
    await queryRunner.query('DROP FUNCTION outbox_notify()');
    await queryRunner.query('DROP TABLE processed_events');
  }
}
