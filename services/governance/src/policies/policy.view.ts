import type { PolicyRevision, StoredPolicy } from './policies.repository';
import { formatScope, type PolicySpec } from './policy.model';

export interface PolicyView {
  id: string;
  revision: number;
  title: string;
  description: string;
  scope: string;
  severity: string;
  target: string;
  expression: string;
  message: string;
  updatedBy: string | null;
  updatedAt: string;
}

/** A policy as the API and policy files spell it: the scope as `global` or `domain:<name>`. */
export function specView(spec: PolicySpec) {
  const { domain, ...rest } = spec;
  return { ...rest, scope: formatScope(domain) };
}

export function toPolicyView(policy: StoredPolicy): PolicyView {
  return {
    ...specView(policy),
    revision: policy.revision,
    updatedBy: policy.updatedBy,
    updatedAt: policy.updatedAt.toISOString(),
  };
}

export function toRevisionView(revision: PolicyRevision) {
  return { ...revision, policy: specView(revision.policy), changedAt: revision.changedAt.toISOString() };
}
