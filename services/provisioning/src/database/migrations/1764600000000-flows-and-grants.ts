import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Provisioning's record of its work: one flow per version and purpose (provision, retire) with a row per output
 * port, and one row per grant operation. A row is written in the transaction that consumes the event causing it,
 * so that work once consumed is never lost; its state says whether the event announcing its end was emitted.
 * States are spelled out rather than imported: a migration must not change after it ran.
 */
export class FlowsAndGrants1764600000000 implements MigrationInterface {
  readonly name = 'FlowsAndGrants1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE flows (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('provision', 'retire')),
        domain text NOT NULL,
        product text NOT NULL,
        version text NOT NULL,
        descriptor jsonb NOT NULL,
        state text NOT NULL CHECK (state IN ('running', 'completed', 'failed')),
        correlation_id text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        completed_at timestamptz,
        UNIQUE (kind, domain, product, version)
      )`);
    await queryRunner.query('CREATE INDEX flows_created_idx ON flows (created_at DESC, id DESC)');
    await queryRunner.query(`
      CREATE TABLE flow_ports (
        flow_id uuid NOT NULL REFERENCES flows (id) ON DELETE CASCADE,
        name text NOT NULL,
        type text NOT NULL,
        address text NOT NULL,
        state text NOT NULL CHECK (state IN ('pending', 'done', 'failed')),
        outcome text,
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (flow_id, name)
      )`);
    await queryRunner.query(`
      CREATE TABLE grant_operations (
        grant_id text NOT NULL,
        operation text NOT NULL CHECK (operation IN ('apply', 'revoke')),
        principal text NOT NULL,
        domain text NOT NULL,
        product text NOT NULL,
        port text,
        expires_at timestamptz,
        reason text,
        state text NOT NULL CHECK (state IN ('pending', 'done', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        correlation_id text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (grant_id, operation)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE grant_operations');
    await queryRunner.query('DROP TABLE flow_ports');
    await queryRunner.query('DROP TABLE flows');
  }
}
