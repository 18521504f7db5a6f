import type { Severity } from '@mesh/descriptor';
import { describeThreshold, meets, type Threshold } from './threshold';

/** pass: within the limit; warn: outside it for a warning rule; fail: outside it for a blocking one; error: could not run. */
export type Outcome = 'pass' | 'warn' | 'fail' | 'error';

export interface RuleOutcome {
  ruleId: string;
  observed: number | null;
  outcome: Outcome;
  message: string | null;
}

/** The verdict on a measured value. */
export function judge(rule: { id: string; severity: Severity; threshold: Threshold }, observed: number): RuleOutcome {
  if (meets(rule.threshold, observed)) return { ruleId: rule.id, observed, outcome: 'pass', message: null };
  return {
    ruleId: rule.id,
    observed,
    outcome: rule.severity === 'blocking' ? 'fail' : 'warn',
    message: `observed ${observed}, ${describeThreshold(rule.threshold)}`,
  };
}

export function errored(ruleId: string, message: string): RuleOutcome {
  return { ruleId, observed: null, outcome: 'error', message };
}
