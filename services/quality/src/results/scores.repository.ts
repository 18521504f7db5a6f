import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ProductKey } from '../requests/parameters';
import type { Outcome } from '../rules/rule-outcome';

/** What a product's current score is computed from, read for many products at once. */
export interface ScoreInputs {
  domain: string;
  name: string;
  /** The latest monitored version, retired or not, as the single score route reads it. */
  version: string;
  /** The latest platform result of each rule of that version. */
  latestPerRule: { severity: string | null; outcome: Outcome }[];
  /** Unresolved alerts of the product (acknowledged ones included), whatever their version. */
  openAlerts: number;
}

interface Row {
  domain: string;
  name: string;
  version: string;
  latest_per_rule: { severity: string | null; outcome: Outcome }[];
  open_alerts: number;
}

@Injectable()
export class ScoresRepository {
  /**
   * The score inputs of every product asked for that is monitored, in one query: the gateway batches a page's
   * products into one call, and one round trip per product is what batching avoids. The results' filter and order
   * are those of ChecksRepository.latestPerRule, which the single score route reads.
   */
  async inputsOf(manager: EntityManager, products: readonly ProductKey[]): Promise<ScoreInputs[]> {
    const rows: Row[] = await manager.query(
      `WITH latest AS (
         SELECT DISTINCT ON (v.domain, v.name) v.domain, v.name, v.version
         FROM monitored_versions v
         JOIN unnest($1::text[], $2::text[]) AS wanted (domain, name) ON wanted.domain = v.domain AND wanted.name = v.name
         ORDER BY v.domain, v.name, v.published_at DESC
       )
       SELECT l.domain, l.name, l.version, rules.latest_per_rule, alerts.open_alerts
       FROM latest l
       CROSS JOIN LATERAL (
         SELECT COALESCE(json_agg(json_build_object('severity', r.severity, 'outcome', r.outcome)), '[]') AS latest_per_rule
         FROM (
           SELECT DISTINCT ON (r.rule_id) r.severity, r.outcome
           FROM rule_results r JOIN check_runs c ON c.id = r.run_id
           WHERE c.domain = l.domain AND c.name = l.name AND c.version = l.version AND c.source = 'platform'
           ORDER BY r.rule_id, r.id DESC
         ) r
       ) rules
       CROSS JOIN LATERAL (
         SELECT count(*)::int AS open_alerts FROM alerts a
         WHERE a.domain = l.domain AND a.name = l.name AND a.resolved_at IS NULL
       ) alerts`,
      [products.map((product) => product.domain), products.map((product) => product.name)],
    );
    return rows.map((row) => ({
      domain: row.domain,
      name: row.name,
      version: row.version,
      latestPerRule: row.latest_per_rule,
      openAlerts: row.open_alerts,
    }));
  }
}
