import type { Severity } from '@mesh/descriptor';
import type { Outcome } from '../rules/rule-outcome';

/**
 * How much a rule counts in the score: a blocking rule twice a warning, so that one failing blocking rule costs
 * as much as two failing warnings. A rule that could not run counts as not passed.
 */
export const SEVERITY_WEIGHT: Record<Severity, number> = { blocking: 2, warning: 1 };

/** The weighted share of passed rules, from 0 to 1; 1 when there is no rule, since nothing failed. */
export function qualityScore(results: readonly { severity: Severity; outcome: Outcome }[]): number {
  const total = results.reduce((sum, result) => sum + SEVERITY_WEIGHT[result.severity], 0);
  if (total === 0) return 1;
  const passed = results
    .filter((result) => result.outcome === 'pass')
    .reduce((sum, result) => sum + SEVERITY_WEIGHT[result.severity], 0);
  return passed / total;
}

/**
 * The score of a version from the latest result of each of its rules; null before any check. The single and the
 * batch score routes both come here, so that they agree. Platform results always carry their rule's severity.
 */
export function versionScore(latestPerRule: readonly { severity: string | null; outcome: Outcome }[]): number | null {
  if (latestPerRule.length === 0) return null;
  return qualityScore(latestPerRule.map((rule) => ({ severity: rule.severity as Severity, outcome: rule.outcome })));
}
