import { Injectable } from '@nestjs/common';
import type { ProductVersionRef } from '@mesh/contracts';
import type { EntityManager } from 'typeorm';
import type { Outcome } from '../rules/rule-outcome';

export type ResultSource = 'platform' | 'external';

export interface NewRun {
  id: string;
  product: ProductVersionRef;
  port: string;
  snapshotId: string | null;
  /** When the checked data was committed. */
  committedAt: Date;
  source: ResultSource;
  /** What caused the run (an event id); a run is recorded once per cause, source and port. */
  causeId: string;
  score: number | null;
}

export interface NewResult {
  ruleId: string;
  severity: string | null;
  dimension: string | null;
  observed: number | null;
  threshold: string | null;
  outcome: Outcome;
  message: string | null;
}

export interface ResultView extends NewResult {
  id: string;
  runId: string;
  version: string;
  port: string;
  snapshotId: string | null;
  source: ResultSource;
  checkedAt: Date;
}

interface ResultRow {
  id: string;
  run_id: string;
  version: string;
  port: string;
  snapshot_id: string | null;
  source: ResultSource;
  rule_id: string;
  severity: string | null;
  dimension: string | null;
  observed: number | null;
  threshold: string | null;
  outcome: Outcome;
  message: string | null;
  checked_at: Date;
}

const toView = (row: ResultRow): ResultView => ({
  id: row.id,
  runId: row.run_id,
  version: row.version,
  port: row.port,
  snapshotId: row.snapshot_id,
  source: row.source,
  ruleId: row.rule_id,
  severity: row.severity,
  dimension: row.dimension,
  observed: row.observed,
  threshold: row.threshold,
  outcome: row.outcome,
  message: row.message,
  checkedAt: row.checked_at,
});

const RESULT_COLUMNS = `r.id::text AS id, r.run_id, c.version, c.port, c.snapshot_id, c.source, r.rule_id, r.severity,
  r.dimension, r.observed, r.threshold, r.outcome, r.message, r.checked_at`;

@Injectable()
export class ChecksRepository {
  /** Records the run with its results; false, and nothing written, when this cause was recorded before. */
  async insertRun(manager: EntityManager, run: NewRun, results: readonly NewResult[]): Promise<boolean> {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO check_runs (id, domain, name, version, port, snapshot_id, committed_at, source, cause_id, score)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (source, cause_id, port) DO NOTHING RETURNING id`,
      [
        run.id,
        run.product.domain,
        run.product.name,
        run.product.version,
        run.port,
        run.snapshotId,
        run.committedAt,
        run.source,
        run.causeId,
        run.score,
      ],
    );
    if (inserted.length === 0) return false;
    if (results.length > 0) {
      await manager.query(
        `INSERT INTO rule_results (run_id, domain, name, rule_id, severity, dimension, observed, threshold, outcome, message)
         SELECT $1, $2, $3, * FROM unnest($4::text[], $5::text[], $6::text[], $7::float8[], $8::text[], $9::text[], $10::text[])`,
        [
          run.id,
          run.product.domain,
          run.product.name,
          results.map((result) => result.ruleId),
          results.map((result) => result.severity),
          results.map((result) => result.dimension),
          results.map((result) => result.observed),
          results.map((result) => result.threshold),
          results.map((result) => result.outcome),
          results.map((result) => result.message),
        ],
      );
    }
    return true;
  }

  /**
   * Whether no check of the port's data committed later was recorded. Serialised per port by an advisory lock held
   * to the end of the transaction, so that of two concurrent checks exactly the later snapshot's decides.
   */
  async isLatest(
    manager: EntityManager,
    product: ProductVersionRef,
    port: string,
    committedAt: Date,
  ): Promise<boolean> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`${product.domain}/${product.name}/${port}`]);
    const rows: { later: boolean }[] = await manager.query(
      `SELECT EXISTS (SELECT 1 FROM check_runs WHERE domain = $1 AND name = $2 AND port = $3 AND source = 'platform'
         AND committed_at > $4) AS later`,
      [product.domain, product.name, port, committedAt],
    );
    return !rows[0].later;
  }

  /** A product's results, newest first, one page after the cursor (a result id), optionally of one rule. */
  async history(
    manager: EntityManager,
    product: { domain: string; name: string },
    filter: { ruleId?: string; before?: string; limit: number },
  ): Promise<ResultView[]> {
    const rows: ResultRow[] = await manager.query(
      `SELECT ${RESULT_COLUMNS} FROM rule_results r JOIN check_runs c ON c.id = r.run_id
       WHERE r.domain = $1 AND r.name = $2 AND ($3::text IS NULL OR r.rule_id = $3)
         AND ($4::bigint IS NULL OR r.id < $4::bigint)
       ORDER BY r.id DESC LIMIT $5`,
      [product.domain, product.name, filter.ruleId ?? null, filter.before ?? null, filter.limit],
    );
    return rows.map(toView);
  }

  /** The latest result of each rule of a version, by source. */
  async latestPerRule(manager: EntityManager, product: ProductVersionRef, source: ResultSource): Promise<ResultView[]> {
    const rows: ResultRow[] = await manager.query(
      `SELECT DISTINCT ON (r.rule_id) ${RESULT_COLUMNS} FROM rule_results r JOIN check_runs c ON c.id = r.run_id
       WHERE c.domain = $1 AND c.name = $2 AND c.version = $3 AND c.source = $4
       ORDER BY r.rule_id, r.id DESC`,
      [product.domain, product.name, product.version, source],
    );
    return rows.map(toView);
  }
}
