import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the index is built from besides the registry: the signals other services announce (quality, SLAs, alerts,
 * grants, lineage), which a rebuild must not lose, and the products waiting to be (re)indexed, so that a change
 * seen while OpenSearch is down is written once it is back. Every signal row keeps the time of the event that
 * last set it (`at`, epoch ms), so an older event arriving late never overwrites a newer state.
 */
export class SearchState1764700000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE SEQUENCE search_pending_seq;
      CREATE TABLE search_pending (
        domain text NOT NULL,
        name text NOT NULL,
        seq bigint NOT NULL DEFAULT nextval('search_pending_seq'),
        queued_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        PRIMARY KEY (domain, name)
      );
      CREATE INDEX search_pending_seq_idx ON search_pending (seq);
      CREATE TABLE search_quality (
        domain text NOT NULL,
        name text NOT NULL,
        score double precision NOT NULL,
        at bigint NOT NULL,
        PRIMARY KEY (domain, name)
      );
      CREATE TABLE search_sla (
        domain text NOT NULL,
        name text NOT NULL,
        sla text NOT NULL,
        breached boolean NOT NULL,
        at bigint NOT NULL,
        PRIMARY KEY (domain, name, sla)
      );
      CREATE TABLE search_alerts (
        alert_id text PRIMARY KEY,
        domain text NOT NULL,
        name text NOT NULL,
        open boolean NOT NULL,
        at bigint NOT NULL
      );
      CREATE INDEX search_alerts_product_idx ON search_alerts (domain, name);
      CREATE TABLE search_grants (
        grant_id text PRIMARY KEY,
        domain text NOT NULL,
        name text NOT NULL,
        principal text NOT NULL,
        active boolean NOT NULL,
        expires_at bigint,
        at bigint NOT NULL
      );
      CREATE INDEX search_grants_product_idx ON search_grants (domain, name);
      CREATE TABLE search_lineage (
        upstream text NOT NULL,
        downstream text NOT NULL,
        present boolean NOT NULL,
        at bigint NOT NULL,
        PRIMARY KEY (upstream, downstream)
      );
      CREATE INDEX search_lineage_downstream_idx ON search_lineage (downstream);
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`
      DROP TABLE search_lineage;
      DROP TABLE search_grants;
      DROP TABLE search_alerts;
      DROP TABLE search_sla;
      DROP TABLE search_quality;
      DROP TABLE search_pending;
      DROP SEQUENCE search_pending_seq;
    `);
  }
}
