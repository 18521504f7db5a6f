import type { PolicyEvaluation, PolicyViolation } from '@mesh/contracts';

/** The violations of a decision: every evaluation that did not pass, blocking or not, as the owners should read it. */
export function violationsOf(evaluations: readonly PolicyEvaluation[]): PolicyViolation[] {
  return evaluations.flatMap(({ policyId, policyVersion, outcome, message, severity }) =>
    outcome === 'pass'
      ? []
      : [
          {
            policyId,
            policyVersion,
            message: message ?? (outcome === 'error' ? 'the policy could not be evaluated' : 'the policy failed'),
            severity,
          },
        ],
  );
}
