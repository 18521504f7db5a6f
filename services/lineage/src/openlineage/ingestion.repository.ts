import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { splitKey, type IngestRows } from './ingest-rows';
import { jobVersionCtes, jobVersionParams } from './job-version-ctes';

const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

/**
 * Writes every row of a set of events in one SQL statement: each table's rows arrive as arrays unnested
 * server-side, and data-modifying CTEs pass the ids of jobs and datasets to the rows that reference them. One round
 * trip per event or batch keeps ingestion fast, and row locks (a job, a dataset written by concurrent runs) last
 * only as long as that statement. Rows are inserted in key order so that concurrent statements lock alike.
 */
@Injectable()
export class IngestionRepository {
  /**
   * Answers whether every dataset was resolved. One that another transaction inserted while the statement ran is
   * invisible to it, so its edges were skipped: every part of the statement is idempotent, and the caller runs it
   * again, when that row has become visible.
   */
  async write(manager: EntityManager, rows: IngestRows): Promise<boolean> {
    const jobs = rows.sortedJobs();
    const datasets = rows.sortedDatasets();
    const runs = [...rows.runs.values()].sort((a, b) => (a.runId < b.runId ? -1 : 1));
    const edges = [...rows.edges.values()];
    const versions = [...rows.versions.values()];
    const columns = [...rows.columnLineage.values()];
    const runIo = [...rows.runIo.values()];
    const [{ resolved }]: { resolved: number }[] = await manager.query(
      `WITH
       namespace AS (
         INSERT INTO namespaces (name) SELECT unnest($1::text[]) ORDER BY 1 ON CONFLICT (name) DO NOTHING
       ),
       job AS (
         INSERT INTO jobs (namespace, name, facets, latest_run_id)
         SELECT namespace, name, facets::jsonb, latest_run_id::uuid
         FROM unnest($2::text[], $3::text[], $4::text[], $5::text[]) AS j (namespace, name, facets, latest_run_id)
         ORDER BY namespace, name
         ON CONFLICT (namespace, name) DO UPDATE SET
           facets = jobs.facets || excluded.facets,
           latest_run_id = coalesce(excluded.latest_run_id, jobs.latest_run_id),
           updated_at = now()
         RETURNING id, namespace, name
       ),
       dataset_input AS (
         SELECT * FROM unnest($6::text[], $7::text[], $8::text[], $9::text[], $10::text[])
           AS d (namespace, name, fields, facets, run_id)
       ),
       dataset_new AS (
         INSERT INTO datasets (namespace, name, fields, facets, current_version_run_id)
         SELECT namespace, name, fields::jsonb, facets::jsonb, run_id::uuid FROM dataset_input
         ORDER BY namespace, name
         ON CONFLICT (namespace, name) DO NOTHING
         RETURNING id, namespace, name
       ),
       -- Only datasets that change are rewritten (hence locked): most events name known, unchanged inputs.
       dataset_changed AS (
         UPDATE datasets d SET
           fields = coalesce(i.fields::jsonb, d.fields),
           facets = d.facets || i.facets::jsonb,
           current_version_run_id = coalesce(i.run_id::uuid, d.current_version_run_id),
           updated_at = now()
         FROM dataset_input i
         WHERE d.namespace = i.namespace AND d.name = i.name
           AND (i.run_id IS NOT NULL
                OR (i.fields IS NOT NULL AND d.fields IS DISTINCT FROM i.fields::jsonb)
                OR NOT d.facets @> i.facets::jsonb)
       ),
       dataset AS (
         SELECT id, namespace, name FROM dataset_new
         UNION ALL
         SELECT d.id, d.namespace, d.name FROM datasets d JOIN dataset_input USING (namespace, name)
       ),
       run AS (
         -- An event older than the run's latest one (clients retry, batches arrive out of order) adds its
         -- transition but does not move the state back.
         INSERT INTO runs (id, job_id, state, event_time, started_at, ended_at, facets)
         SELECT r.id::uuid, job.id, r.state, r.event_time::timestamptz, r.started_at::timestamptz,
                r.ended_at::timestamptz, r.facets::jsonb
         FROM unnest($11::text[], $12::text[], $13::text[], $14::text[], $15::text[], $16::text[], $17::text[],
                     $18::text[])
           AS r (id, job_namespace, job_name, state, event_time, started_at, ended_at, facets)
         JOIN job ON job.namespace = r.job_namespace AND job.name = r.job_name
         ORDER BY r.id
         ON CONFLICT (id) DO UPDATE SET
           state = CASE WHEN excluded.event_time >= runs.event_time THEN excluded.state ELSE runs.state END,
           event_time = greatest(runs.event_time, excluded.event_time),
           started_at = coalesce(runs.started_at, excluded.started_at),
           ended_at = coalesce(excluded.ended_at, runs.ended_at),
           facets = runs.facets || excluded.facets
         RETURNING id
       ),
       transition AS (
         INSERT INTO run_transitions (run_id, state, event_time)
         SELECT t.run_id::uuid, t.state, t.event_time::timestamptz
         FROM unnest($19::text[], $20::text[], $21::text[]) AS t (run_id, state, event_time)
         JOIN run ON run.id = t.run_id::uuid
         ON CONFLICT DO NOTHING
       ),
       edge AS (
         INSERT INTO lineage_edges (job_id, dataset_id, direction)
         SELECT job.id, dataset.id, e.direction
         FROM unnest($22::text[], $23::text[], $24::text[], $25::text[], $26::text[])
           AS e (job_namespace, job_name, dataset_namespace, dataset_name, direction)
         JOIN job ON job.namespace = e.job_namespace AND job.name = e.job_name
         JOIN dataset ON dataset.namespace = e.dataset_namespace AND dataset.name = e.dataset_name
         ORDER BY 1, 3, 2
         ON CONFLICT (job_id, direction, dataset_id) DO NOTHING
       ),
       version AS (
         INSERT INTO dataset_versions (dataset_id, run_id, fields, facets)
         SELECT dataset.id, v.run_id::uuid, v.fields::jsonb, v.facets::jsonb
         FROM unnest($27::text[], $28::text[], $29::text[], $30::text[], $31::text[])
           AS v (namespace, name, run_id, fields, facets)
         JOIN dataset USING (namespace, name)
         ON CONFLICT (dataset_id, run_id) DO UPDATE SET
           fields = coalesce(excluded.fields, dataset_versions.fields),
           facets = dataset_versions.facets || excluded.facets
       ),
       column_edge AS (
         INSERT INTO column_lineage
           (dataset_id, field, input_dataset_id, input_field, transformation_description, transformation_type)
         SELECT output.id, c.field, input.id, c.input_field, c.description, c.type
         FROM unnest($32::text[], $33::text[], $34::text[], $35::text[], $36::text[], $37::text[], $38::text[],
                     $39::text[])
           AS c (namespace, name, field, input_namespace, input_name, input_field, description, type)
         JOIN dataset output ON output.namespace = c.namespace AND output.name = c.name
         JOIN dataset input ON input.namespace = c.input_namespace AND input.name = c.input_name
         ON CONFLICT (dataset_id, field, input_dataset_id, input_field) DO UPDATE SET
           transformation_description = excluded.transformation_description,
           transformation_type = excluded.transformation_type,
           updated_at = now()
       ),
       run_io_input AS (
         SELECT r.run_id::uuid AS run_id, dataset.id AS dataset_id, r.direction
         FROM unnest($40::text[], $41::text[], $42::text[], $43::text[])
           AS r (run_id, dataset_namespace, dataset_name, direction)
         JOIN dataset ON dataset.namespace = r.dataset_namespace AND dataset.name = r.dataset_name
       ),
       -- Joined to the run CTE (so after the job CTE): the job's row is locked before any run_io key, whatever order
       -- Postgres runs these CTEs in, as when job versions reach the job CTE first; otherwise the START and COMPLETE
       -- of one run, ingested at once, deadlock on the two.
       run_io_row AS (
         INSERT INTO run_io (run_id, dataset_id, direction)
         SELECT i.run_id, i.dataset_id, i.direction FROM run_io_input i JOIN run ON run.id = i.run_id ORDER BY 1, 3, 2
         ON CONFLICT DO NOTHING
       ),${jobVersionCtes(44)}
       SELECT (SELECT count(*) FROM dataset)::int AS resolved`,
      [
        [...rows.namespaces],
        jobs.map((job) => job.namespace),
        jobs.map((job) => job.name),
        jobs.map((job) => json(job.facets)),
        jobs.map((job) => job.latestRunId),
        datasets.map((dataset) => dataset.namespace),
        datasets.map((dataset) => dataset.name),
        datasets.map((dataset) => json(dataset.fields)),
        datasets.map((dataset) => json(dataset.facets)),
        datasets.map((dataset) => dataset.currentVersionRunId),
        runs.map((run) => run.runId),
        runs.map((run) => splitKey(run.job)[0]),
        runs.map((run) => splitKey(run.job)[1]),
        runs.map((run) => run.state),
        runs.map((run) => run.eventTime),
        runs.map((run) => run.startedAt),
        runs.map((run) => run.endedAt),
        runs.map((run) => json(run.facets)),
        rows.transitions.map((transition) => transition.runId),
        rows.transitions.map((transition) => transition.state),
        rows.transitions.map((transition) => transition.eventTime),
        edges.map((edge) => splitKey(edge.job)[0]),
        edges.map((edge) => splitKey(edge.job)[1]),
        edges.map((edge) => splitKey(edge.dataset)[0]),
        edges.map((edge) => splitKey(edge.dataset)[1]),
        edges.map((edge) => edge.direction),
        versions.map((version) => splitKey(version.dataset)[0]),
        versions.map((version) => splitKey(version.dataset)[1]),
        versions.map((version) => version.runId),
        versions.map((version) => json(version.fields)),
        versions.map((version) => json(version.facets)),
        columns.map((column) => splitKey(column.dataset)[0]),
        columns.map((column) => splitKey(column.dataset)[1]),
        columns.map((column) => column.field),
        columns.map((column) => splitKey(column.input)[0]),
        columns.map((column) => splitKey(column.input)[1]),
        columns.map((column) => column.inputField),
        columns.map((column) => column.transformationDescription),
        columns.map((column) => column.transformationType),
        runIo.map((io) => io.runId),
        runIo.map((io) => splitKey(io.dataset)[0]),
        runIo.map((io) => splitKey(io.dataset)[1]),
        runIo.map((io) => io.direction),
        ...jobVersionParams(rows),
      ],
    );
    return resolved === datasets.length;
  }
}
