import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Domains, principals with their roles, API tokens and the audit log. Roles and kinds are spelled out rather than
 * imported: a migration must not change after it ran.
 */
export class DomainsPrincipalsTokensAudit1764400000000 implements MigrationInterface {
  readonly name = 'DomainsPrincipalsTokensAudit1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // A domain's name is its identity everywhere (URNs, catalog namespace, topics), so it is the key and never
    // changes; 63 characters fit every system that names things after it.
    await queryRunner.query(`
      CREATE TABLE domains (
        name text PRIMARY KEY CHECK (name ~ '^[a-z][a-z0-9]*(-[a-z0-9]+)*$' AND length(name) <= 63),
        title text NOT NULL,
        description text,
        owning_team text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE principals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL UNIQUE,
        kind text NOT NULL CHECK (kind IN ('user', 'service')),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Domain roles need their domain, platform-wide roles must not have one, a consumer may belong to a domain.
    await queryRunner.query(`
      CREATE TABLE principal_roles (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        principal_id uuid NOT NULL REFERENCES principals (id),
        role text NOT NULL
          CHECK (role IN ('platform-admin', 'governance-admin', 'domain-owner', 'domain-member', 'consumer')),
        domain text REFERENCES domains (name),
        CHECK (CASE role
          WHEN 'domain-owner' THEN domain IS NOT NULL
          WHEN 'domain-member' THEN domain IS NOT NULL
          WHEN 'consumer' THEN true
          ELSE domain IS NULL
        END)
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX principal_roles_grant_idx ON principal_roles (principal_id, role, COALESCE(domain, ''))`,
    );
    await queryRunner.query('CREATE INDEX principal_roles_domain_idx ON principal_roles (domain, principal_id)');
    // Only the SHA-256 of a token is stored; the check makes a plaintext token impossible to store by mistake.
    await queryRunner.query(`
      CREATE TABLE api_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        principal_id uuid NOT NULL REFERENCES principals (id),
        name text NOT NULL,
        hash text NOT NULL UNIQUE CHECK (hash ~ '^[0-9a-f]{64}$'),
        bootstrap boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        last_used_at timestamptz
      )`);
    await queryRunner.query('CREATE INDEX api_tokens_principal_idx ON api_tokens (principal_id, created_at)');
    // Millisecond timestamps, so that the (at, id) cursors of the API round-trip through JavaScript dates exactly.
    // `domains` lists the domains an entry concerns, which is what a domain owner may see.
    await queryRunner.query(`
      CREATE TABLE audit_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
        actor uuid,
        action text NOT NULL,
        subject text NOT NULL,
        domains text[] NOT NULL DEFAULT '{}',
        before jsonb,
        after jsonb
      )`);
    await queryRunner.query('CREATE INDEX audit_log_at_idx ON audit_log (at, id)');
    await queryRunner.query('CREATE INDEX audit_log_subject_idx ON audit_log (subject, at, id)');
    await queryRunner.query('CREATE INDEX audit_log_actor_idx ON audit_log (actor, at, id)');
    await queryRunner.query('CREATE INDEX audit_log_domains_idx ON audit_log USING gin (domains)');
    // An audit log that can be edited proves nothing: entries are appended, never changed or removed.
    await queryRunner.query(`
      CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE audit_log');
    await queryRunner.query('DROP FUNCTION audit_log_append_only()');
    await queryRunner.query('DROP TABLE api_tokens');
    await queryRunner.query('DROP TABLE principal_roles');
    await queryRunner.query('DROP TABLE principals');
    await queryRunner.query('DROP TABLE domains');
  }
}
