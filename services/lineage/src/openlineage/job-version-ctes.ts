import { splitKey, type IngestRows } from './ingest-rows';

/**
 * The part of the ingestion statement that writes job versions, as Marquez makes them: a run's version is every
 * dataset it named in all its events, the stored ones (`run_io`) and this statement's (`run_io_input`); a JobEvent's
 * is its own inputs and outputs. A version is found by its content, so a run that reads and writes what an earlier
 * one did reuses its version, which keeps its creation time; the latest event of the statement sets the job's
 * current version, and a later statement's replaces it (arrival order, as in Marquez).
 *
 * It reads the statement's CTEs `job (id, namespace, name)`, `dataset (id, namespace, name)` and
 * `run_io_input (run_id, dataset_id, direction)`, and takes 9 parameters from `$first` on (`jobVersionParams`).
 */
export function jobVersionCtes(first: number): string {
  const $ = (offset: number) => `$${first + offset}`;
  return `
       version_source AS (
         SELECT * FROM unnest(${$(0)}::int[], ${$(1)}::text[], ${$(2)}::text[], ${$(3)}::text[], ${$(4)}::text[])
           AS s (ordinal, job_namespace, job_name, run_id, event_time)
       ),
       -- One version a job per statement, its latest event's: a row may be written only once by a statement.
       version_latest AS (
         SELECT DISTINCT ON (job.id)
                s.ordinal, job.id AS job_id, s.run_id::uuid AS run_id, s.event_time::timestamptz AS event_time
         FROM version_source s JOIN job ON job.namespace = s.job_namespace AND job.name = s.job_name
         ORDER BY job.id, s.event_time::timestamptz DESC, s.ordinal DESC
       ),
       version_io AS (
         SELECT l.ordinal, i.dataset_id, i.direction FROM version_latest l JOIN run_io i ON i.run_id = l.run_id
         UNION
         SELECT l.ordinal, i.dataset_id, i.direction FROM version_latest l JOIN run_io_input i ON i.run_id = l.run_id
         UNION
         SELECT e.ordinal, dataset.id, e.direction
         FROM unnest(${$(5)}::int[], ${$(6)}::text[], ${$(7)}::text[], ${$(8)}::text[])
           AS e (ordinal, namespace, name, direction)
         JOIN dataset USING (namespace, name)
       ),
       version_content AS (
         SELECT l.job_id, l.run_id, l.event_time,
                coalesce(array_agg(io.dataset_id ORDER BY io.dataset_id) FILTER (WHERE io.direction = 'input'), '{}')
                  AS inputs,
                coalesce(array_agg(io.dataset_id ORDER BY io.dataset_id) FILTER (WHERE io.direction = 'output'), '{}')
                  AS outputs
         FROM version_latest l LEFT JOIN version_io io ON io.ordinal = l.ordinal
         GROUP BY l.job_id, l.run_id, l.event_time
       ),
       version_hashed AS (
         SELECT *, md5(array_to_string(inputs, ',') || '|' || array_to_string(outputs, ',')) AS io_hash
         FROM version_content
       ),
       -- DO NOTHING, not a no-op update: a known version is not rewritten (nor its GIN entries). One inserted by a
       -- concurrent statement after this one's snapshot is missed here, but that statement made it current.
       version_new AS (
         INSERT INTO job_versions (job_id, io_hash, inputs, outputs, run_id, created_at)
         SELECT job_id, io_hash, inputs, outputs, run_id, event_time FROM version_hashed ORDER BY job_id
         ON CONFLICT (job_id, io_hash) DO NOTHING
         RETURNING id, job_id
       ),
       version_current AS (
         INSERT INTO current_job_versions (job_id, version_id)
         SELECT h.job_id, coalesce(n.id, v.id)
         FROM version_hashed h
         LEFT JOIN version_new n ON n.job_id = h.job_id
         LEFT JOIN job_versions v ON v.job_id = h.job_id AND v.io_hash = h.io_hash
         WHERE coalesce(n.id, v.id) IS NOT NULL
         ORDER BY 1
         ON CONFLICT (job_id) DO UPDATE SET version_id = excluded.version_id
           WHERE current_job_versions.version_id IS DISTINCT FROM excluded.version_id
       )`;
}

/** The parameters of `jobVersionCtes`: the events that make versions, and the datasets JobEvents declare. */
export function jobVersionParams(rows: IngestRows): unknown[] {
  const sources = rows.versionSources;
  const declared = sources.flatMap((source, ordinal) => source.io.map((io) => ({ ordinal, ...io })));
  return [
    sources.map((_, ordinal) => ordinal),
    sources.map((source) => splitKey(source.job)[0]),
    sources.map((source) => splitKey(source.job)[1]),
    sources.map((source) => source.runId),
    sources.map((source) => source.eventTime),
    declared.map((io) => io.ordinal),
    declared.map((io) => splitKey(io.dataset)[0]),
    declared.map((io) => splitKey(io.dataset)[1]),
    declared.map((io) => io.direction),
  ];
}
