/** How a failing policy affects a version: blocking stops its publication, warning is reported only. */
export const POLICY_SEVERITIES = ['blocking', 'warning'] as const;
export type PolicySeverityName = (typeof POLICY_SEVERITIES)[number];

/** What a policy is evaluated against. */
export const POLICY_TARGETS = ['product-version', 'access-request'] as const;
export type PolicyTarget = (typeof POLICY_TARGETS)[number];

/** A policy as applied: everything but its revision, which the service assigns. */
export interface PolicySpec {
  id: string;
  title: string;
  description: string;
  /** null for a global policy, else the one domain it applies to. */
  domain: string | null;
  severity: PolicySeverityName;
  target: PolicyTarget;
  expression: string;
  message: string;
}

/** A stored policy at its current revision (1 for a new one, one more at each change). */
export interface Policy extends PolicySpec {
  revision: number;
}

/** `global` or `domain:<name>`, as the API and policy files spell a scope. */
export function formatScope(domain: string | null): string {
  return domain === null ? 'global' : `domain:${domain}`;
}

/** Whether two specs say the same, so that re-applying an unchanged file makes no revision. */
export function sameSpec(a: PolicySpec, b: PolicySpec): boolean {
  return (
    a.id === b.id &&
    a.title === b.title &&
    a.description === b.description &&
    a.domain === b.domain &&
    a.severity === b.severity &&
    a.target === b.target &&
    a.expression === b.expression &&
    a.message === b.message
  );
}
