import type { ProductVersionRef } from '@mesh/contracts';

export const ALERT_KINDS = ['quality', 'freshness', 'availability'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];
export const ALERT_SEVERITIES = ['critical', 'warning', 'info'] as const;
export type AlertSeverity = (typeof ALERT_SEVERITIES)[number];
/** Derived from the row: resolved once resolved_at is set, else acknowledged once acknowledged_at is. */
export const ALERT_STATES = ['open', 'acknowledged', 'resolved'] as const;
export type AlertState = (typeof ALERT_STATES)[number];

export interface AlertView {
  id: string;
  domain: string;
  name: string;
  version: string;
  /** The rule id for a quality alert, `freshness:<port>` for a freshness SLA. */
  ruleKey: string;
  kind: AlertKind;
  severity: AlertSeverity;
  message: string;
  state: AlertState;
  raisedCount: number;
  firstRaisedAt: Date;
  lastRaisedAt: Date;
  acknowledgedBy: string | null;
  acknowledgedAt: Date | null;
  acknowledgementNote: string | null;
  resolvedAt: Date | null;
  resolution: string | null;
}

/** What opens (or re-raises) an alert. */
export interface AlertCondition {
  product: ProductVersionRef;
  ruleKey: string;
  kind: AlertKind;
  severity: AlertSeverity;
  message: string;
}

/** The alert key of a port's freshness SLA. */
export function freshnessRuleKey(port: string): string {
  return `freshness:${port}`;
}
