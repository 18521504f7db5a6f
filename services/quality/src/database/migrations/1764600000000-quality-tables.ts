import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the quality service knows and measures: the published versions it monitors, each port's last publication
 * and freshness breach, check runs with one result per rule, and alerts. Kinds and outcomes are spelled out rather
 * than imported: a migration must not change after it ran.
 */
export class QualityTables1764600000000 implements MigrationInterface {
  readonly name = 'QualityTables1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE monitored_versions (
        domain text NOT NULL,
        name text NOT NULL,
        version text NOT NULL,
        descriptor jsonb NOT NULL,
        output_ports jsonb NOT NULL,
        published_at timestamptz NOT NULL,
        -- Retired, or superseded by a newer version of its major (which serves the same tables).
        retired_at timestamptz,
        PRIMARY KEY (domain, name, version)
      )`);
    // The publication time of a port never goes back, whatever order events arrive in.
    await queryRunner.query(`
      CREATE TABLE port_freshness (
        domain text NOT NULL,
        name text NOT NULL,
        version text NOT NULL,
        port text NOT NULL,
        last_committed_at timestamptz,
        breached_since timestamptz,
        PRIMARY KEY (domain, name, version, port),
        FOREIGN KEY (domain, name, version) REFERENCES monitored_versions (domain, name, version)
      )`);
    // One run per cause (a data-published event, or an external report), so a retried job records nothing twice.
    await queryRunner.query(`
      CREATE TABLE check_runs (
        id uuid PRIMARY KEY,
        domain text NOT NULL,
        name text NOT NULL,
        version text NOT NULL,
        port text NOT NULL,
        snapshot_id text,
        committed_at timestamptz NOT NULL,
        source text NOT NULL CHECK (source IN ('platform', 'external')),
        cause_id text NOT NULL,
        score double precision,
        checked_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (source, cause_id, port)
      )`);
    await queryRunner.query('CREATE INDEX check_runs_port_idx ON check_runs (domain, name, port, committed_at)');
    await queryRunner.query(`
      CREATE TABLE rule_results (
        id bigserial PRIMARY KEY,
        run_id uuid NOT NULL REFERENCES check_runs (id),
        domain text NOT NULL,
        name text NOT NULL,
        rule_id text NOT NULL,
        severity text,
        dimension text,
        observed double precision,
        threshold text,
        outcome text NOT NULL CHECK (outcome IN ('pass', 'warn', 'fail', 'error')),
        message text,
        checked_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query('CREATE INDEX rule_results_product_idx ON rule_results (domain, name, id DESC)');
    await queryRunner.query('CREATE INDEX rule_results_rule_idx ON rule_results (domain, name, rule_id, id DESC)');
    await queryRunner.query(`
      CREATE TABLE alerts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        domain text NOT NULL,
        name text NOT NULL,
        version text NOT NULL,
        rule_key text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('quality', 'freshness', 'availability')),
        severity text NOT NULL CHECK (severity IN ('critical', 'warning', 'info')),
        message text NOT NULL,
        raised_count integer NOT NULL DEFAULT 1,
        first_raised_at timestamptz NOT NULL DEFAULT now(),
        last_raised_at timestamptz NOT NULL DEFAULT now(),
        acknowledged_by text,
        acknowledged_at timestamptz,
        acknowledgement_note text,
        resolved_at timestamptz,
        resolution text
      )`);
    // At most one open alert per product and rule: a failure that repeats raises its count instead.
    await queryRunner.query(
      'CREATE UNIQUE INDEX alerts_open_idx ON alerts (domain, name, rule_key) WHERE resolved_at IS NULL',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['alerts', 'rule_results', 'check_runs', 'port_freshness', 'monitored_versions']) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
