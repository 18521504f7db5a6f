import type { PolicyEvaluation } from '@mesh/contracts';
import type { Policy } from '../policies/policy.model';
import { compileExpression, runtimeFailure, type CompiledExpression, type PolicyContext } from './cel';

export type DecisionOutcome = 'approved' | 'rejected';

/** A policy with its expression compiled, ready to evaluate against any number of products. */
export interface CompiledPolicy {
  policy: Policy;
  /** null when the stored expression no longer compiles (every evaluation then errs, and says why). */
  evaluate: CompiledExpression | null;
  problem: string | null;
}

/** Compiles policies once per revision, for the gate and for re-evaluations alike. */
export class PolicyCompiler {
  private readonly compiled = new Map<string, CompiledPolicy>();

  compile(policy: Policy): CompiledPolicy {
    const key = `${policy.id}@${policy.revision}\u0000${policy.expression}`;
    let found = this.compiled.get(key);
    if (found === undefined) {
      const result = compileExpression(policy.expression, policy.target);
      found = result.ok
        ? { policy, evaluate: result.evaluate, problem: null }
        : { policy, evaluate: null, problem: `${result.problem.message} (line ${result.problem.line})` };
      this.compiled.set(key, found);
    }
    return found;
  }
}

/**
 * Evaluates each policy against the context. An expression that fails at run time (a missing field, a wrong type)
 * or yields something other than a bool is an `error` outcome with the reason: never a crash, never a pass.
 */
export function evaluatePolicies(policies: readonly CompiledPolicy[], context: PolicyContext): PolicyEvaluation[] {
  return policies.map(({ policy, evaluate, problem }) => {
    const base = { policyId: policy.id, policyVersion: policy.revision, severity: policy.severity };
    if (evaluate === null) return { ...base, outcome: 'error', message: couldNotEvaluate(policy, problem ?? '') };
    let result: unknown;
    try {
      result = evaluate(context);
    } catch (error) {
      return { ...base, outcome: 'error', message: couldNotEvaluate(policy, runtimeFailure(policy.expression, error)) };
    }
    if (result === true) return { ...base, outcome: 'pass', message: null };
    if (result === false) return { ...base, outcome: 'fail', message: policy.message };
    return {
      ...base,
      outcome: 'error',
      message: couldNotEvaluate(policy, `it yielded ${describe(result)}, not a bool`),
    };
  });
}

/** Rejected when a blocking policy does not pass, whether it failed or could not be evaluated. */
export function decide(evaluations: readonly PolicyEvaluation[]): DecisionOutcome {
  return evaluations.some((evaluation) => evaluation.severity === 'blocking' && evaluation.outcome !== 'pass')
    ? 'rejected'
    : 'approved';
}

function couldNotEvaluate(policy: Policy, reason: string): string {
  return `${policy.message} (the policy could not be evaluated: ${reason})`;
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'bigint') return `the int ${value}`;
  if (typeof value === 'object') return Array.isArray(value) ? 'a list' : 'a map';
  return `the ${typeof value} ${JSON.stringify(value)}`;
}
