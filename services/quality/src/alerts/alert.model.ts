import type { ProductVersionRef } from '@mesh/contracts';

export type AlertKind = 'quality' | 'freshness' | 'availability';
export type AlertSeverity = 'critical' | 'warning' | 'info';

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
  state: 'open' | 'acknowledged' | 'resolved';
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
