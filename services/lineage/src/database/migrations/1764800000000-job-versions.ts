import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Job versions, as Marquez keeps them, for its lineage semantics: what each run read and wrote (`run_io`, over all
 * of the run's events), and per job the distinct input/output sets its finished runs had (`job_versions`), one of
 * them current (`current_job_versions`). `lineage_edges` stays the union of everything ever seen, which our directed
 * walks use.
 *
 * Inputs and outputs are sorted arrays of dataset ids, so that a version is found by its content (`io_hash`) and
 * "which current versions touch these datasets" is one GIN index lookup per side (`&&`).
 */
export class JobVersions1764800000000 implements MigrationInterface {
  readonly name = 'JobVersions1764800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE run_io (
        run_id uuid NOT NULL,
        dataset_id bigint NOT NULL REFERENCES datasets (id),
        direction text NOT NULL CHECK (direction IN ('input', 'output')),
        PRIMARY KEY (run_id, direction, dataset_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE job_versions (
        id bigserial PRIMARY KEY,
        job_id bigint NOT NULL REFERENCES jobs (id),
        io_hash text NOT NULL,
        inputs bigint[] NOT NULL,
        outputs bigint[] NOT NULL,
        -- The run that first had this input/output set (none for a JobEvent), at that event's time.
        run_id uuid,
        created_at timestamptz NOT NULL,
        UNIQUE (job_id, io_hash)
      )`);
    await queryRunner.query('CREATE INDEX job_versions_inputs_idx ON job_versions USING gin (inputs)');
    await queryRunner.query('CREATE INDEX job_versions_outputs_idx ON job_versions USING gin (outputs)');
    // A table of its own, not a column of jobs: ingestion sets it in the statement that also updates the job's row.
    await queryRunner.query(`
      CREATE TABLE current_job_versions (
        job_id bigint PRIMARY KEY REFERENCES jobs (id),
        version_id bigint NOT NULL UNIQUE REFERENCES job_versions (id)
      )`);

    // Graphs stored before versions existed: each job's one version is every edge seen for it, as it was walked.
    await queryRunner.query(`
      INSERT INTO job_versions (job_id, io_hash, inputs, outputs, created_at)
      SELECT job_id, md5(array_to_string(inputs, ',') || '|' || array_to_string(outputs, ',')), inputs, outputs, at
      FROM (
        SELECT job_id,
               coalesce(array_agg(dataset_id ORDER BY dataset_id) FILTER (WHERE direction = 'input'), '{}') AS inputs,
               coalesce(array_agg(dataset_id ORDER BY dataset_id) FILTER (WHERE direction = 'output'), '{}') AS outputs,
               max(updated_at) AS at
        FROM lineage_edges GROUP BY job_id
      ) edges`);
    await queryRunner.query(
      'INSERT INTO current_job_versions (job_id, version_id) SELECT job_id, id FROM job_versions',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE current_job_versions');
    await queryRunner.query('DROP TABLE job_versions');
    await queryRunner.query('DROP TABLE run_io');
  }
}
