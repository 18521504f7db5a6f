import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { JobWithIo } from './job-hops';

/** Reads of job versions for Marquez's lineage: where a walk starts and which current versions share datasets. */
@Injectable()
export class CurrentVersionsRepository {
  /**
   * The job Marquez starts a dataset's lineage from: the one with the latest version (any version, current or not)
   * that writes the dataset, or failing that the latest that reads it.
   */
  async startJob(manager: EntityManager, datasetId: string): Promise<string | undefined> {
    const [row]: { jobId: string }[] = await manager.query(
      `SELECT job_id AS "jobId" FROM (
         SELECT job_id, created_at, id, 1 AS writes FROM job_versions WHERE outputs @> ARRAY[$1::bigint]
         UNION ALL
         SELECT job_id, created_at, id, 0 FROM job_versions WHERE inputs @> ARRAY[$1::bigint]
       ) touching
       ORDER BY writes DESC, created_at DESC, id DESC
       LIMIT 1`,
      [datasetId],
    );
    return row?.jobId;
  }

  /** The current inputs and outputs of each given job; none for a job that has no version yet. */
  async currentIo(manager: EntityManager, jobIds: readonly string[]): Promise<JobWithIo[]> {
    return manager.query(
      `SELECT j.id AS "jobId", coalesce(v.inputs, '{}') AS inputs, coalesce(v.outputs, '{}') AS outputs
       FROM jobs j
       LEFT JOIN current_job_versions c ON c.job_id = j.id
       LEFT JOIN job_versions v ON v.id = c.version_id
       WHERE j.id = ANY($1::bigint[])`,
      [jobIds],
    );
  }

  /** Every job whose current version reads or writes one of the datasets, with its inputs and outputs. */
  async sharing(manager: EntityManager, datasetIds: readonly string[]): Promise<JobWithIo[]> {
    return manager.query(
      `SELECT v.job_id AS "jobId", v.inputs, v.outputs
       FROM job_versions v JOIN current_job_versions c ON c.version_id = v.id
       WHERE v.inputs && $1::bigint[] OR v.outputs && $1::bigint[]`,
      [datasetIds],
    );
  }
}
