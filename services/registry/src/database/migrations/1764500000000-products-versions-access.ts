import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Data products, their versions with their lifecycle, and access requests. States are spelled out rather than
 * imported: a migration must not change after it ran.
 */
export class ProductsVersionsAccess1764500000000 implements MigrationInterface {
  readonly name = 'ProductsVersionsAccess1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Metadata columns mirror the latest proposed version, for listing and filtering without reading descriptors.
    await queryRunner.query(`
      CREATE TABLE products (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        domain text NOT NULL REFERENCES domains (name),
        name text NOT NULL CHECK (name ~ '^[a-z][a-z0-9]*(-[a-z0-9]+)*$' AND length(name) <= 63),
        title text NOT NULL,
        description text NOT NULL,
        owner text NOT NULL,
        tags text[] NOT NULL DEFAULT '{}',
        classification text NOT NULL,
        latest_version text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (domain, name)
      )`);
    await queryRunner.query('CREATE INDEX products_tags_idx ON products USING gin (tags)');
    // The unique keys back up the advisory lock of an apply: a version number, and a content, appear once per
    // product whatever happens. A deprecated or retired version always has its sunset date.
    await queryRunner.query(`
      CREATE TABLE product_versions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        product_id uuid NOT NULL REFERENCES products (id),
        version text NOT NULL,
        major integer NOT NULL CHECK (major >= 0),
        content_hash text NOT NULL CHECK (content_hash ~ '^[0-9a-f]{64}$'),
        descriptor json NOT NULL,
        state text NOT NULL CHECK (state IN (
          'draft', 'proposed', 'approved', 'rejected', 'provisioning', 'published', 'deprecated', 'retired'
        )),
        state_changed_at timestamptz NOT NULL DEFAULT now(),
        proposed_by uuid,
        proposed_at timestamptz NOT NULL DEFAULT now(),
        decision_id text,
        violations jsonb,
        provisioning_job_id uuid,
        provisioned_ports jsonb NOT NULL DEFAULT '{}',
        provisioning_failure jsonb,
        sunset_at timestamptz,
        replacement text,
        deprecation_reason text,
        UNIQUE (product_id, version),
        UNIQUE (product_id, content_hash),
        CHECK (state NOT IN ('deprecated', 'retired') OR sunset_at IS NOT NULL)
      )`);
    await queryRunner.query('CREATE INDEX product_versions_major_idx ON product_versions (product_id, major)');
    // The retirement check looks for deprecated versions past their sunset.
    await queryRunner.query(
      `CREATE INDEX product_versions_sunset_idx ON product_versions (sunset_at) WHERE state = 'deprecated'`,
    );
    // A grant exists exactly for granted and revoked requests; a decided request has its decision time.
    // Millisecond creation times, so that the (created_at, id) cursors round-trip through JavaScript dates.
    await queryRunner.query(`
      CREATE TABLE access_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        product_id uuid NOT NULL REFERENCES products (id),
        principal_id uuid NOT NULL REFERENCES principals (id),
        requested_by uuid NOT NULL REFERENCES principals (id),
        purpose text NOT NULL,
        until timestamptz NOT NULL,
        state text NOT NULL CHECK (state IN ('pending', 'granted', 'denied', 'revoked')),
        grant_id uuid UNIQUE,
        decided_by uuid REFERENCES principals (id),
        decided_at timestamptz,
        reason text,
        revoked_by uuid REFERENCES principals (id),
        revoked_at timestamptz,
        revocation_reason text,
        created_at timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((state IN ('granted', 'revoked')) = (grant_id IS NOT NULL)),
        CHECK (state = 'pending' OR decided_at IS NOT NULL),
        CHECK ((state = 'revoked') = (revoked_at IS NOT NULL))
      )`);
    await queryRunner.query('CREATE INDEX access_requests_product_idx ON access_requests (product_id, created_at, id)');
    await queryRunner.query(
      'CREATE INDEX access_requests_principal_idx ON access_requests (principal_id, created_at, id)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE access_requests');
    await queryRunner.query('DROP TABLE product_versions');
    await queryRunner.query('DROP TABLE products');
  }
}
