import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The OpenLineage graph (namespaces, jobs, runs with their state transitions, datasets with their versions, the
 * job/dataset edges and column lineage) and the product-level graph derived from descriptors and runs. Jobs and
 * datasets carry bigint ids so that edges are narrow rows; each edge table is indexed in both directions, since
 * queries walk upstream and downstream alike.
 */
export class LineageTables1764700000000 implements MigrationInterface {
  readonly name = 'LineageTables1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE namespaces (
        name text PRIMARY KEY,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE jobs (
        id bigserial PRIMARY KEY,
        namespace text NOT NULL,
        name text NOT NULL,
        facets jsonb NOT NULL DEFAULT '{}',
        latest_run_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (namespace, name)
      )`);
    await queryRunner.query(`
      CREATE TABLE datasets (
        id bigserial PRIMARY KEY,
        namespace text NOT NULL,
        name text NOT NULL,
        fields jsonb,
        facets jsonb NOT NULL DEFAULT '{}',
        -- The current version is the one the latest run that wrote the dataset made (dataset_versions has one per run).
        current_version_run_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (namespace, name)
      )`);
    // A run's state is that of its latest event by event time; each transition is kept.
    await queryRunner.query(`
      CREATE TABLE runs (
        id uuid PRIMARY KEY,
        job_id bigint NOT NULL REFERENCES jobs (id),
        state text NOT NULL CHECK (state IN ('START', 'RUNNING', 'COMPLETE', 'ABORT', 'FAIL', 'OTHER')),
        event_time timestamptz NOT NULL,
        started_at timestamptz,
        ended_at timestamptz,
        facets jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query('CREATE INDEX runs_job_idx ON runs (job_id, event_time DESC)');
    await queryRunner.query(`
      CREATE TABLE run_transitions (
        run_id uuid NOT NULL REFERENCES runs (id),
        state text NOT NULL,
        event_time timestamptz NOT NULL,
        PRIMARY KEY (run_id, event_time, state)
      )`);
    await queryRunner.query(`
      CREATE TABLE dataset_versions (
        id bigserial PRIMARY KEY,
        dataset_id bigint NOT NULL REFERENCES datasets (id),
        run_id uuid NOT NULL,
        fields jsonb,
        facets jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (dataset_id, run_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE lineage_edges (
        job_id bigint NOT NULL REFERENCES jobs (id),
        dataset_id bigint NOT NULL REFERENCES datasets (id),
        direction text NOT NULL CHECK (direction IN ('input', 'output')),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (job_id, direction, dataset_id)
      )`);
    await queryRunner.query('CREATE INDEX lineage_edges_dataset_idx ON lineage_edges (dataset_id, direction, job_id)');
    await queryRunner.query(`
      CREATE TABLE column_lineage (
        dataset_id bigint NOT NULL REFERENCES datasets (id),
        field text NOT NULL,
        input_dataset_id bigint NOT NULL REFERENCES datasets (id),
        input_field text NOT NULL,
        transformation_description text,
        transformation_type text,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (dataset_id, field, input_dataset_id, input_field)
      )`);
    await queryRunner.query(
      'CREATE INDEX column_lineage_input_idx ON column_lineage (input_dataset_id, input_field, dataset_id, field)',
    );

    // Products are keyed by their subject URN (urn:mesh:product:<domain>:<name>), the key of their events.
    await queryRunner.query(`
      CREATE TABLE products (
        urn text PRIMARY KEY,
        domain text NOT NULL,
        name text NOT NULL,
        owner_team text,
        latest_version text NOT NULL,
        state text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (domain, name)
      )`);
    // The physical address of each output port (namespace.table, or topic): how a dataset maps to its product.
    await queryRunner.query(`
      CREATE TABLE product_ports (
        address text PRIMARY KEY,
        product_urn text NOT NULL REFERENCES products (urn),
        version text NOT NULL,
        port text NOT NULL,
        port_type text NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX product_ports_product_idx ON product_ports (product_urn)');
    // Declared by input ports, or observed when a run reads one product's dataset and writes another's. The
    // upstream of a declared edge may not be known here yet, hence no foreign keys.
    await queryRunner.query(`
      CREATE TABLE product_edges (
        upstream text NOT NULL,
        downstream text NOT NULL,
        source text NOT NULL CHECK (source IN ('input-port', 'openlineage')),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (upstream, downstream, source)
      )`);
    await queryRunner.query('CREATE INDEX product_edges_downstream_idx ON product_edges (downstream, upstream)');
    await queryRunner.query(`
      CREATE TABLE impact_reports (
        id bigserial PRIMARY KEY,
        product_urn text NOT NULL,
        version text NOT NULL,
        change text NOT NULL,
        affected jsonb NOT NULL,
        detected_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      'CREATE INDEX impact_reports_product_idx ON impact_reports (product_urn, detected_at DESC)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'impact_reports',
      'product_edges',
      'product_ports',
      'products',
      'column_lineage',
      'lineage_edges',
      'dataset_versions',
      'run_transitions',
      'runs',
      'datasets',
      'jobs',
      'namespaces',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
