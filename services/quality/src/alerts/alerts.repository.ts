import { Injectable } from '@nestjs/common';
import { readableCondition } from '@mesh/messaging';
import type { AuthenticatedPrincipal } from '@mesh/platform';
import type { EntityManager } from 'typeorm';
import type { AlertCondition, AlertKind, AlertSeverity, AlertView } from './alert.model';
import type { AlertCursor, AlertFilter } from './alerts.requests';

interface Row {
  id: string;
  domain: string;
  name: string;
  version: string;
  rule_key: string;
  kind: AlertKind;
  severity: AlertSeverity;
  message: string;
  raised_count: number;
  first_raised_at: Date;
  last_raised_at: Date;
  acknowledged_by: string | null;
  acknowledged_at: Date | null;
  acknowledgement_note: string | null;
  resolved_at: Date | null;
  resolution: string | null;
}

const toView = (row: Row): AlertView => ({
  id: row.id,
  domain: row.domain,
  name: row.name,
  version: row.version,
  ruleKey: row.rule_key,
  kind: row.kind,
  severity: row.severity,
  message: row.message,
  state: row.resolved_at !== null ? 'resolved' : row.acknowledged_at !== null ? 'acknowledged' : 'open',
  raisedCount: row.raised_count,
  firstRaisedAt: row.first_raised_at,
  lastRaisedAt: row.last_raised_at,
  acknowledgedBy: row.acknowledged_by,
  acknowledgedAt: row.acknowledged_at,
  acknowledgementNote: row.acknowledgement_note,
  resolvedAt: row.resolved_at,
  resolution: row.resolution,
});

/** The mesh-wide list's filters, and who asks: the alerts of products the reader may not read are left out. */
export type ListFilter = AlertFilter & { reader: AuthenticatedPrincipal };

/**
 * The mesh-wide list's filters over $1–$7, shared by its page and its count. A state is a flag rather than a
 * computed column: each call is planned with its values, so the planner drops the arms of the states not asked
 * for and sees that the default (open and acknowledged) implies `resolved_at IS NULL`, which the partial index
 * alerts_unresolved_raised_idx holds; the count then reads the live alerts only, not their growing history.
 */
const LIST_FILTER = `
  (($1::boolean AND resolved_at IS NULL AND acknowledged_at IS NULL)
    OR ($2::boolean AND resolved_at IS NULL AND acknowledged_at IS NOT NULL)
    OR ($3::boolean AND resolved_at IS NOT NULL))
  AND ($4::text IS NULL OR domain = $4) AND ($5::text IS NULL OR name = $5)
  AND ($6::text[] IS NULL OR severity = ANY ($6)) AND ($7::text[] IS NULL OR kind = ANY ($7))`;

/** The list's WHERE clause and its parameters: LIST_FILTER, then whether the reader may read the product. */
function listWhere(filter: ListFilter): { sql: string; parameters: unknown[] } {
  const readable = readableCondition(filter.reader, { domain: 'domain', name: 'name' }, 8);
  return {
    sql: `${LIST_FILTER} AND ${readable.sql}`,
    parameters: [
      filter.state.includes('open'),
      filter.state.includes('acknowledged'),
      filter.state.includes('resolved'),
      filter.domain ?? null,
      filter.name ?? null,
      filter.severity ?? null,
      filter.kind ?? null,
      ...readable.parameters,
    ],
  };
}

/** An alert of a page, with its sort key for the cursor of the next page. */
export interface ListedAlert {
  alert: AlertView;
  cursor: AlertCursor;
}

@Injectable()
export class AlertsRepository {
  /**
   * Opens the alert, or raises the open one's count: the partial unique index makes the pair atomic, so that
   * concurrent checks of one product never open two alerts for a rule.
   */
  async raise(manager: EntityManager, condition: AlertCondition): Promise<{ alert: AlertView; opened: boolean }> {
    const { domain, name, version } = condition.product;
    const rows: (Row & { opened: boolean })[] = await manager.query(
      `INSERT INTO alerts (domain, name, version, rule_key, kind, severity, message)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (domain, name, rule_key) WHERE resolved_at IS NULL DO UPDATE
         SET raised_count = alerts.raised_count + 1, last_raised_at = now(), message = EXCLUDED.message,
             version = EXCLUDED.version, severity = EXCLUDED.severity
       RETURNING *, (xmax = 0) AS opened`,
      [domain, name, version, condition.ruleKey, condition.kind, condition.severity, condition.message],
    );
    return { alert: toView(rows[0]), opened: rows[0].opened };
  }

  /** Resolves the open alert of the rule, if there is one, and returns it. */
  async resolve(
    manager: EntityManager,
    product: { domain: string; name: string },
    ruleKey: string,
    resolution: string | null,
  ): Promise<AlertView | null> {
    const [rows]: [Row[], number] = await manager.query(
      `UPDATE alerts SET resolved_at = now(), resolution = $4
       WHERE domain = $1 AND name = $2 AND rule_key = $3 AND resolved_at IS NULL RETURNING *`,
      [product.domain, product.name, ruleKey, resolution],
    );
    return rows.length === 0 ? null : toView(rows[0]);
  }

  /** The open alerts of a product among the keys, for resolving those whose rule passed. */
  async openKeys(manager: EntityManager, product: { domain: string; name: string }): Promise<Set<string>> {
    const rows: { rule_key: string }[] = await manager.query(
      'SELECT rule_key FROM alerts WHERE domain = $1 AND name = $2 AND resolved_at IS NULL',
      [product.domain, product.name],
    );
    return new Set(rows.map((row) => row.rule_key));
  }

  /** The rule keys of the unresolved alerts last raised for this version. */
  async openOfVersion(
    manager: EntityManager,
    ref: { domain: string; name: string; version: string },
  ): Promise<string[]> {
    const rows: { rule_key: string }[] = await manager.query(
      'SELECT rule_key FROM alerts WHERE domain = $1 AND name = $2 AND version = $3 AND resolved_at IS NULL',
      [ref.domain, ref.name, ref.version],
    );
    return rows.map((row) => row.rule_key);
  }

  async findForUpdate(manager: EntityManager, id: string): Promise<AlertView | null> {
    const rows: Row[] = await manager.query('SELECT * FROM alerts WHERE id = $1 FOR UPDATE', [id]);
    return rows.length === 0 ? null : toView(rows[0]);
  }

  async acknowledge(manager: EntityManager, id: string, actor: string, note: string | null): Promise<AlertView> {
    const [rows]: [Row[], number] = await manager.query(
      `UPDATE alerts SET acknowledged_by = $2, acknowledged_at = now(), acknowledgement_note = $3
       WHERE id = $1 RETURNING *`,
      [id, actor, note],
    );
    return toView(rows[0]);
  }

  /** A product's unresolved alerts, newest first. */
  async open(manager: EntityManager, domain: string, name: string): Promise<AlertView[]> {
    const rows: Row[] = await manager.query(
      `SELECT * FROM alerts WHERE domain = $1 AND name = $2 AND resolved_at IS NULL ORDER BY last_raised_at DESC`,
      [domain, name],
    );
    return rows.map(toView);
  }

  /**
   * A page of the alerts matching the filter, most recently raised first, after the cursor. Keyset pagination on
   * (last_raised_at, id), so alerts opened meanwhile do not shift the later pages.
   */
  async page(
    manager: EntityManager,
    filter: ListFilter,
    page: { after?: AlertCursor; limit: number },
  ): Promise<ListedAlert[]> {
    const where = listWhere(filter);
    const [after, afterId, limit] = [1, 2, 3].map((offset) => `$${where.parameters.length + offset}`);
    const rows: (Row & { raised_at_key: string })[] = await manager.query(
      `SELECT *, to_char(last_raised_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS raised_at_key
       FROM alerts WHERE ${where.sql}
         AND (${after}::timestamptz IS NULL OR (last_raised_at, id) < (${after}::timestamptz, ${afterId}::uuid))
       ORDER BY last_raised_at DESC, id DESC LIMIT ${limit}`,
      [...where.parameters, page.after?.raisedAt ?? null, page.after?.id ?? null, page.limit],
    );
    return rows.map((row) => ({ alert: toView(row), cursor: { raisedAt: row.raised_at_key, id: row.id } }));
  }

  /** How many alerts match the filter, whatever the page. */
  async count(manager: EntityManager, filter: ListFilter): Promise<number> {
    const where = listWhere(filter);
    const rows: { total: number }[] = await manager.query(
      `SELECT count(*)::int AS total FROM alerts WHERE ${where.sql}`,
      where.parameters,
    );
    return rows[0].total;
  }
}
