import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PolicyEvaluation } from '@mesh/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { DecisionOutcome } from '../evaluation/evaluator';
import type { VersionRef } from '../products/product-ref';

/** The compliance of one readable version after an evaluation. */
export interface VersionCompliance {
  product: VersionRef;
  outcome: DecisionOutcome;
  evaluations: readonly PolicyEvaluation[];
}

/** The row key of a version, and of a violation (a policy at a revision) of a version. */
const versionKey = ({ domain, name, version }: VersionRef) => `${domain}/${name}@${version}`;
const violationKey = (product: VersionRef, evaluation: PolicyEvaluation) =>
  `${versionKey(product)}#${evaluation.policyId}@${evaluation.policyVersion}`;

export interface ComplianceFigures {
  domain: string;
  products: number;
  passing: number;
  blocking: number;
  warning: number;
}

export interface OpenViolation extends VersionRef {
  policyId: string;
  policyVersion: number;
  severity: string;
  outcome: string;
  message: string;
  openedAt: string;
}

/** The domain name under which snapshots keep the overall figures. */
export const OVERALL = '*';

/**
 * Compliance of the readable versions: their current outcome, their violations (opened when a policy stops
 * passing, resolved when it passes again or the version retires) and the daily snapshots behind the trend. Writes
 * are set-based, one statement per kind for a whole page of versions.
 */
@Injectable()
export class ComplianceRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The recorded outcome of each of the versions that has one, by `domain/name@version`. */
  async outcomes(manager: EntityManager, versions: readonly VersionRef[]): Promise<Map<string, DecisionOutcome>> {
    const rows: (VersionRef & { outcome: DecisionOutcome })[] = await manager.query(
      `SELECT s.domain, s.name, s.version, s.outcome FROM compliance_status s
       JOIN unnest($1::text[], $2::text[], $3::text[]) AS v(domain, name, version)
         ON s.domain = v.domain AND s.name = v.name AND s.version = v.version`,
      columns(versions),
    );
    return new Map(rows.map((row) => [versionKey(row), row.outcome]));
  }

  async save(manager: EntityManager, results: readonly VersionCompliance[]): Promise<void> {
    if (results.length === 0) return;
    const failing = results.map((result) => result.evaluations.filter((evaluation) => evaluation.outcome !== 'pass'));
    await manager.query(
      `INSERT INTO compliance_status (domain, name, version, outcome, failing, evaluated_at)
       SELECT t.domain, t.name, t.version, t.outcome, string_to_array(t.failing, ','), now()
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS t(domain, name, version, outcome, failing)
       ON CONFLICT (domain, name, version)
       DO UPDATE SET outcome = excluded.outcome, failing = excluded.failing, evaluated_at = excluded.evaluated_at`,
      [
        ...columns(results.map((result) => result.product)),
        results.map((result) => result.outcome),
        failing.map((evaluations) => evaluations.map((evaluation) => evaluation.policyId).join(',')),
      ],
    );
    const open = results.flatMap((result, index) => failing[index].map((evaluation) => ({ result, evaluation })));
    // Resolve what no longer fails (a policy at another revision counts as another violation), then open the rest.
    await manager.query(
      `UPDATE violations v SET status = 'resolved', resolved_at = now()
       FROM unnest($1::text[], $2::text[], $3::text[]) AS p(domain, name, version)
       WHERE v.status = 'open' AND v.domain = p.domain AND v.name = p.name AND v.version = p.version
         AND NOT (v.domain || '/' || v.name || '@' || v.version || '#' || v.policy_id || '@' || v.policy_version = ANY($4))`,
      [
        ...columns(results.map((result) => result.product)),
        open.map(({ result, evaluation }) => violationKey(result.product, evaluation)),
      ],
    );
    if (open.length === 0) return;
    await manager.query(
      `INSERT INTO violations (domain, name, version, policy_id, policy_version, severity, outcome, message, status)
       SELECT t.domain, t.name, t.version, t.policy_id, t.policy_version, t.severity, t.outcome, t.message, 'open'
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[], $6::text[], $7::text[], $8::text[])
         AS t(domain, name, version, policy_id, policy_version, severity, outcome, message)
       ON CONFLICT (domain, name, version, policy_id) WHERE status = 'open' DO NOTHING`,
      [
        ...columns(open.map(({ result }) => result.product)),
        open.map(({ evaluation }) => evaluation.policyId),
        open.map(({ evaluation }) => evaluation.policyVersion),
        open.map(({ evaluation }) => evaluation.severity),
        open.map(({ evaluation }) => evaluation.outcome),
        open.map(({ evaluation }) => evaluation.message ?? 'the policy failed'),
      ],
    );
  }

  /** A retired version leaves the report: its status goes, its violations are resolved. */
  async forget(manager: EntityManager, ref: VersionRef): Promise<void> {
    const params = [ref.domain, ref.name, ref.version];
    await manager.query('DELETE FROM compliance_status WHERE domain = $1 AND name = $2 AND version = $3', params);
    await manager.query(
      `UPDATE violations SET status = 'resolved', resolved_at = now()
       WHERE status = 'open' AND domain = $1 AND name = $2 AND version = $3`,
      params,
    );
  }

  /** Current figures per domain, and overall under OVERALL. */
  async figures(domain?: string): Promise<ComplianceFigures[]> {
    const rows: { domain: string; products: string; passing: string; blocking: string; warning: string }[] =
      await this.dataSource.query(
        `WITH per_version AS (
           SELECT s.domain, cardinality(s.failing) = 0 AS passing,
                  count(v.id) FILTER (WHERE v.severity = 'blocking') AS blocking,
                  count(v.id) FILTER (WHERE v.severity <> 'blocking') AS warning
           FROM compliance_status s
           LEFT JOIN violations v ON v.status = 'open' AND v.domain = s.domain AND v.name = s.name
             AND v.version = s.version
           WHERE $1::text IS NULL OR s.domain = $1
           GROUP BY s.domain, s.name, s.version, s.failing)
         SELECT COALESCE(domain, '${OVERALL}') AS domain, count(*) AS products,
                count(*) FILTER (WHERE passing) AS passing, COALESCE(sum(blocking), 0) AS blocking,
                COALESCE(sum(warning), 0) AS warning
         FROM per_version GROUP BY ROLLUP (domain) ORDER BY domain`,
        [domain ?? null],
      );
    return rows.map((row) => ({
      domain: row.domain,
      products: Number(row.products),
      passing: Number(row.passing),
      blocking: Number(row.blocking),
      warning: Number(row.warning),
    }));
  }

  async openViolations(domain: string): Promise<OpenViolation[]> {
    const rows: {
      domain: string;
      name: string;
      version: string;
      policy_id: string;
      policy_version: number;
      severity: string;
      outcome: string;
      message: string;
      opened_at: Date;
    }[] = await this.dataSource.query(
      `SELECT domain, name, version, policy_id, policy_version, severity, outcome, message, opened_at
       FROM violations WHERE status = 'open' AND domain = $1 ORDER BY name, version, policy_id`,
      [domain],
    );
    return rows.map((row) => ({
      domain: row.domain,
      name: row.name,
      version: row.version,
      policyId: row.policy_id,
      policyVersion: row.policy_version,
      severity: row.severity,
      outcome: row.outcome,
      message: row.message,
      openedAt: row.opened_at.toISOString(),
    }));
  }

  /** Records today's figures per domain and overall; a later snapshot the same day replaces the earlier one. */
  async snapshot(): Promise<void> {
    const figures = await this.figures();
    if (figures.length === 0) return;
    await this.dataSource.query(
      `INSERT INTO compliance_snapshots (day, domain, products, passing, open_violations)
       SELECT current_date, t.domain, t.products, t.passing, t.open_violations
       FROM unnest($1::text[], $2::int[], $3::int[], $4::int[]) AS t(domain, products, passing, open_violations)
       ON CONFLICT (day, domain) DO UPDATE SET products = excluded.products, passing = excluded.passing,
         open_violations = excluded.open_violations`,
      [
        figures.map((figure) => figure.domain),
        figures.map((figure) => figure.products),
        figures.map((figure) => figure.passing),
        figures.map((figure) => figure.blocking + figure.warning),
      ],
    );
  }

  /** The snapshots of the last `days` days for these domains (OVERALL included), oldest first. */
  async trend(domains: readonly string[], days: number) {
    const rows: { day: string; domain: string; products: number; passing: number; open_violations: number }[] =
      await this.dataSource.query(
        `SELECT to_char(day, 'YYYY-MM-DD') AS day, domain, products, passing, open_violations FROM compliance_snapshots
         WHERE domain = ANY($1) AND day > current_date - $2::int ORDER BY day`,
        [domains, days],
      );
    return rows.map((row) => ({
      day: row.day,
      domain: row.domain,
      products: row.products,
      passing: row.passing,
      openViolations: row.open_violations,
    }));
  }
}

function columns(versions: readonly VersionRef[]): [string[], string[], string[]] {
  return [versions.map((v) => v.domain), versions.map((v) => v.name), versions.map((v) => v.version)];
}
