import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AlertCondition, AlertKind, AlertSeverity, AlertView } from './alert.model';

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
}
