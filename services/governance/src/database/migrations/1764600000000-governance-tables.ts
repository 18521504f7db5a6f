import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Policies and their revisions, the local copies of product versions and lineage edges the policies read,
 * evaluations, compliance (status per published version, violations, daily snapshots), waivers, and the queue of
 * re-evaluations. Values are spelled out rather than imported: a migration must not change after it ran.
 */
export class GovernanceTables1764600000000 implements MigrationInterface {
  readonly name = 'GovernanceTables1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE policies (
        id text PRIMARY KEY CHECK (id ~ '^[a-z][a-z0-9]*(-[a-z0-9]+)*$' AND length(id) <= 63),
        revision integer NOT NULL CHECK (revision >= 1),
        title text NOT NULL,
        description text NOT NULL,
        domain text,
        severity text NOT NULL CHECK (severity IN ('blocking', 'warning')),
        target text NOT NULL CHECK (target IN ('product-version', 'access-request')),
        expression text NOT NULL,
        message text NOT NULL,
        deleted boolean NOT NULL DEFAULT false,
        updated_by text,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE policy_revisions (
        policy_id text NOT NULL REFERENCES policies (id),
        revision integer NOT NULL,
        change text NOT NULL CHECK (change IN ('created', 'updated', 'deleted')),
        policy jsonb NOT NULL,
        changed_by text,
        changed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (policy_id, revision)
      )`);
    await queryRunner.query(`
      CREATE TABLE product_versions (
        domain text NOT NULL,
        name text NOT NULL,
        version text NOT NULL,
        descriptor jsonb NOT NULL,
        state text NOT NULL CHECK (state IN ('proposed', 'published', 'deprecated', 'retired')),
        sunset_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (domain, name, version)
      )`);
    await queryRunner.query(
      `CREATE INDEX product_versions_readable_idx ON product_versions (domain, name) WHERE state IN ('published', 'deprecated')`,
    );
    await queryRunner.query(`
      CREATE TABLE lineage_edges (
        upstream text NOT NULL,
        downstream text NOT NULL,
        PRIMARY KEY (upstream, downstream)
      )`);
    await queryRunner.query('CREATE INDEX lineage_edges_downstream_idx ON lineage_edges (downstream)');
    await queryRunner.query(`
      CREATE TABLE evaluations (
        decision_id uuid PRIMARY KEY,
        domain text NOT NULL,
        name text NOT NULL,
        version text NOT NULL,
        trigger text NOT NULL CHECK (trigger IN ('proposal', 'policy_change')),
        outcome text NOT NULL CHECK (outcome IN ('approved', 'rejected')),
        evaluations jsonb NOT NULL,
        waived text[] NOT NULL DEFAULT '{}',
        evaluated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      'CREATE INDEX evaluations_version_idx ON evaluations (domain, name, version, evaluated_at)',
    );
    await queryRunner.query(`
      CREATE TABLE compliance_status (
        domain text NOT NULL,
        name text NOT NULL,
        version text NOT NULL,
        outcome text NOT NULL CHECK (outcome IN ('approved', 'rejected')),
        failing text[] NOT NULL DEFAULT '{}',
        evaluated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (domain, name, version)
      )`);
    await queryRunner.query(`
      CREATE TABLE violations (
        id bigserial PRIMARY KEY,
        domain text NOT NULL,
        name text NOT NULL,
        version text NOT NULL,
        policy_id text NOT NULL,
        policy_version integer NOT NULL,
        severity text NOT NULL,
        outcome text NOT NULL CHECK (outcome IN ('fail', 'error')),
        message text NOT NULL,
        status text NOT NULL CHECK (status IN ('open', 'resolved')),
        opened_at timestamptz NOT NULL DEFAULT now(),
        resolved_at timestamptz
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX violations_open_idx ON violations (domain, name, version, policy_id) WHERE status = 'open'`,
    );
    await queryRunner.query(`
      CREATE TABLE compliance_snapshots (
        day date NOT NULL,
        domain text NOT NULL,
        products integer NOT NULL,
        passing integer NOT NULL,
        open_violations integer NOT NULL,
        PRIMARY KEY (day, domain)
      )`);
    await queryRunner.query(`
      CREATE TABLE waivers (
        id uuid PRIMARY KEY,
        domain text NOT NULL,
        name text NOT NULL,
        policy_id text NOT NULL,
        reason text NOT NULL,
        approver text NOT NULL,
        expires_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        revoked_by text,
        expiry_handled boolean NOT NULL DEFAULT false
      )`);
    await queryRunner.query(
      'CREATE INDEX waivers_active_idx ON waivers (domain, name) WHERE revoked_at IS NULL AND NOT expiry_handled',
    );
    // One row per requested re-evaluation: a policy change (the whole scope) or a waiver change (one product).
    await queryRunner.query(`
      CREATE TABLE reevaluations (
        id bigserial PRIMARY KEY,
        domain text,
        name text,
        reason text NOT NULL,
        requested_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz,
        products integer,
        changed integer
      )`);
    await queryRunner.query('CREATE INDEX reevaluations_pending_idx ON reevaluations (id) WHERE finished_at IS NULL');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'reevaluations',
      'waivers',
      'compliance_snapshots',
      'violations',
      'compliance_status',
      'evaluations',
      'lineage_edges',
      'product_versions',
      'policy_revisions',
      'policies',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
