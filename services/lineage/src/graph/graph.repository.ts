import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { DatasetRef, SchemaField } from '../openlineage/openlineage-event';

export interface EdgeRow {
  jobId: string;
  datasetId: string;
  direction: 'input' | 'output';
}

export interface JobRow {
  id: string;
  namespace: string;
  name: string;
  createdAt: Date;
  updatedAt: Date;
  facets: Record<string, unknown>;
  runId: string | null;
  runState: string | null;
  runCreatedAt: Date | null;
  runEventTime: Date | null;
  startedAt: Date | null;
  endedAt: Date | null;
  runFacets: Record<string, unknown> | null;
}

export interface DatasetRow {
  id: string;
  namespace: string;
  name: string;
  createdAt: Date;
  updatedAt: Date;
  fields: SchemaField[] | null;
  facets: Record<string, unknown>;
  currentVersion: string | null;
  lastModifiedAt: Date | null;
}

export interface ColumnEdgeRow {
  datasetId: string;
  field: string;
  inputDatasetId: string;
  inputField: string;
  transformationDescription: string | null;
  transformationType: string | null;
}

/** Reads of the OpenLineage graph: lookups by name, one-level expansions for walks, and node details. */
@Injectable()
export class GraphRepository {
  async findIds(manager: EntityManager, table: 'jobs' | 'datasets', readings: readonly DatasetRef[]) {
    const rows: { id: string; namespace: string; name: string }[] = await manager.query(
      `SELECT t.id, t.namespace, t.name FROM ${table} t
       JOIN unnest($1::text[], $2::text[]) AS r (namespace, name) USING (namespace, name)`,
      [readings.map((reading) => reading.namespace), readings.map((reading) => reading.name)],
    );
    return rows;
  }

  /** Every input and output of the given jobs. */
  async edgesOfJobs(manager: EntityManager, jobIds: readonly string[]): Promise<EdgeRow[]> {
    if (jobIds.length === 0) return [];
    return manager.query(
      `SELECT job_id AS "jobId", dataset_id AS "datasetId", direction FROM lineage_edges
       WHERE job_id = ANY($1::bigint[])`,
      [jobIds],
    );
  }

  /**
   * One level of a walk in both directions at once: downstream, the datasets the given jobs write and the jobs that
   * read the given datasets; upstream, the datasets the given jobs read and the jobs that write the given datasets.
   */
  async step(
    manager: EntityManager,
    downstream: { jobIds: readonly string[]; datasetIds: readonly string[] },
    upstream: { jobIds: readonly string[]; datasetIds: readonly string[] },
  ): Promise<(EdgeRow & { walk: 'upstream' | 'downstream' })[]> {
    return manager.query(
      `SELECT 'downstream' AS walk, job_id AS "jobId", dataset_id AS "datasetId", direction FROM lineage_edges
       WHERE job_id = ANY($1::bigint[]) AND direction = 'output'
       UNION ALL
       SELECT 'downstream', job_id, dataset_id, direction FROM lineage_edges
       WHERE dataset_id = ANY($2::bigint[]) AND direction = 'input'
       UNION ALL
       SELECT 'upstream', job_id, dataset_id, direction FROM lineage_edges
       WHERE job_id = ANY($3::bigint[]) AND direction = 'input'
       UNION ALL
       SELECT 'upstream', job_id, dataset_id, direction FROM lineage_edges
       WHERE dataset_id = ANY($4::bigint[]) AND direction = 'output'`,
      [downstream.jobIds, downstream.datasetIds, upstream.jobIds, upstream.datasetIds],
    );
  }

  async jobs(manager: EntityManager, ids: readonly string[]): Promise<JobRow[]> {
    if (ids.length === 0) return [];
    return manager.query(
      `SELECT j.id, j.namespace, j.name, j.created_at AS "createdAt", j.updated_at AS "updatedAt", j.facets,
              r.id AS "runId", r.state AS "runState", r.created_at AS "runCreatedAt", r.event_time AS "runEventTime",
              r.started_at AS "startedAt", r.ended_at AS "endedAt", r.facets AS "runFacets"
       FROM jobs j LEFT JOIN runs r ON r.id = j.latest_run_id
       WHERE j.id = ANY($1::bigint[])`,
      [ids],
    );
  }

  async datasets(manager: EntityManager, ids: readonly string[]): Promise<DatasetRow[]> {
    if (ids.length === 0) return [];
    return manager.query(
      `SELECT d.id, d.namespace, d.name, d.created_at AS "createdAt", d.updated_at AS "updatedAt", d.fields, d.facets,
              v.run_id AS "currentVersion", v.created_at AS "lastModifiedAt"
       FROM datasets d
       LEFT JOIN dataset_versions v ON v.dataset_id = d.id AND v.run_id = d.current_version_run_id
       WHERE d.id = ANY($1::bigint[])`,
      [ids],
    );
  }

  /** Column-lineage edges into the given fields (upstream) or out of them (downstream). */
  async columnEdges(
    manager: EntityManager,
    fields: readonly { datasetId: string; field: string }[],
    direction: 'upstream' | 'downstream',
  ): Promise<ColumnEdgeRow[]> {
    if (fields.length === 0) return [];
    const [dataset, field] = direction === 'upstream' ? ['dataset_id', 'field'] : ['input_dataset_id', 'input_field'];
    return manager.query(
      `SELECT dataset_id AS "datasetId", field, input_dataset_id AS "inputDatasetId", input_field AS "inputField",
              transformation_description AS "transformationDescription", transformation_type AS "transformationType"
       FROM column_lineage
       WHERE (${dataset}, ${field}) IN (SELECT * FROM unnest($1::bigint[], $2::text[]))`,
      [fields.map((entry) => entry.datasetId), fields.map((entry) => entry.field)],
    );
  }

  /** The fields a dataset has lineage for, as output or input, besides those of its schema. */
  async lineageFields(manager: EntityManager, datasetId: string): Promise<string[]> {
    const rows: { field: string }[] = await manager.query(
      `SELECT field FROM column_lineage WHERE dataset_id = $1
       UNION SELECT input_field FROM column_lineage WHERE input_dataset_id = $1`,
      [datasetId],
    );
    return rows.map((row) => row.field);
  }
}
