import type { Policy } from '../policies/policy.model';
import { evaluationContext } from './evaluation-context';
import { decide, evaluatePolicies, PolicyCompiler } from './evaluator';

const policy = (id: string, expression: string, severity: Policy['severity'] = 'blocking'): Policy => ({
  id,
  revision: 2,
  title: id,
  description: id,
  domain: null,
  severity,
  target: 'product-version',
  expression,
  message: `${id} failed`,
});

const context = evaluationContext(
  {
    descriptor: { metadata: { owner: 'team', tags: ['a'] }, spec: { kafka: { partitions: 12 } } },
    domain: 'sales',
    previous: null,
    lineage: { downstream: [], upstream: [] },
    now: new Date(),
  },
  false,
);

describe('evaluating policies', () => {
  const compiler = new PolicyCompiler();
  const run = (...policies: Policy[]) =>
    evaluatePolicies(
      policies.map((p) => compiler.compile(p)),
      context,
    );

  it('passes, fails with the policy message, and treats JSON integers as CEL ints', () => {
    expect(
      run(policy('owned', 'product.metadata.owner == "team"'), policy('tagged', 'size(product.metadata.tags) > 3')),
    ).toEqual([
      { policyId: 'owned', policyVersion: 2, outcome: 'pass', message: null, severity: 'blocking' },
      { policyId: 'tagged', policyVersion: 2, outcome: 'fail', message: 'tagged failed', severity: 'blocking' },
    ]);
    expect(run(policy('partitions', 'product.spec.kafka.partitions == 12'))[0].outcome).toBe('pass');
  });

  it('turns a run-time failure into an error outcome with the reason and its position, never a pass', () => {
    const [evaluation] = run(policy('cost', 'product.metadata.costCentre != ""'));
    expect(evaluation).toMatchObject({ outcome: 'error', severity: 'blocking' });
    expect(evaluation.message).toMatch(
      /^cost failed \(the policy could not be evaluated: .*costCentre.*\(line 1, column \d+\)\)$/,
    );
  });

  it('counts a dynamic result that is not a bool as an error', () => {
    const [evaluation] = run(policy('owner', 'product.metadata.owner'));
    expect(evaluation).toMatchObject({ outcome: 'error' });
    expect(evaluation.message).toContain('it yielded the string "team", not a bool');
  });

  it('reuses the compiled expression of a revision', () => {
    const owned = policy('owned', 'true');
    expect(compiler.compile(owned)).toBe(compiler.compile({ ...owned }));
    expect(compiler.compile({ ...owned, revision: 3, expression: 'false' })).not.toBe(compiler.compile(owned));
  });

  it('rejects when a blocking policy does not pass; warnings never block', () => {
    const warning = policy('warn', 'false', 'warning');
    expect(decide(run(warning, policy('ok', 'true')))).toBe('approved');
    expect(decide(run(warning, policy('broken', 'product.nothing.here')))).toBe('rejected');
    expect(decide(run(policy('no', 'false')))).toBe('rejected');
  });
});
