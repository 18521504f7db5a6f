import type { PolicyEvaluation } from '@mesh/contracts';
import { violationsOf } from './violations';

const evaluation = (
  policyId: string,
  outcome: PolicyEvaluation['outcome'],
  message: string | null,
): PolicyEvaluation => ({
  policyId,
  policyVersion: 2,
  outcome,
  message,
  severity: 'blocking',
});

describe('violationsOf', () => {
  it('keeps every evaluation that did not pass, with a message even when governance gave none', () => {
    expect(
      violationsOf([
        evaluation('owner-set', 'pass', null),
        evaluation('pii-restricted', 'fail', 'field email is PII but the product is internal'),
        evaluation('key-rules', 'fail', null),
        evaluation('broken', 'error', null),
      ]),
    ).toEqual([
      {
        policyId: 'pii-restricted',
        policyVersion: 2,
        message: 'field email is PII but the product is internal',
        severity: 'blocking',
      },
      { policyId: 'key-rules', policyVersion: 2, message: 'the policy failed', severity: 'blocking' },
      { policyId: 'broken', policyVersion: 2, message: 'the policy could not be evaluated', severity: 'blocking' },
    ]);
    expect(violationsOf([])).toEqual([]);
  });
});
