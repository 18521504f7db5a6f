import { parseInput } from '@mesh/platform';
import { listPoliciesQuery, policyBody, toSpec } from './policies.requests';

const body = {
  title: 'Owner present',
  description: 'Who answers for it',
  scope: 'domain:sales',
  severity: 'blocking',
  expression: 'has(product.metadata.owner)',
  message: 'Name the owner.',
};

function problems(input: unknown): unknown {
  try {
    parseInput(policyBody, input);
  } catch (error) {
    return (error as { details: unknown }).details;
  }
  throw new Error('expected the body to be refused');
}

describe('the policy body', () => {
  it('reads the scope as global or one domain, and targets product versions by default', () => {
    expect(toSpec('owner', parseInput(policyBody, body))).toEqual({
      id: 'owner',
      title: 'Owner present',
      description: 'Who answers for it',
      domain: 'sales',
      severity: 'blocking',
      target: 'product-version',
      expression: 'has(product.metadata.owner)',
      message: 'Name the owner.',
    });
    expect(parseInput(policyBody, { ...body, scope: 'global', target: 'access-request' })).toMatchObject({
      scope: null,
      target: 'access-request',
    });
    expect(parseInput(listPoliciesQuery, { scope: 'global' })).toEqual({ scope: null, limit: 50 });
  });

  it('names every bad field by its pointer', () => {
    expect(problems({ ...body, id: 'Bad Id', scope: 'team:x', severity: 'fatal', expression: '', extra: 1 })).toEqual([
      { pointer: '/id', message: expect.stringContaining('kebab-case') },
      { pointer: '/scope', message: "must be 'global' or 'domain:<domain name>'" },
      { pointer: '/severity', message: expect.any(String) },
      { pointer: '/expression', message: expect.any(String) },
      { pointer: '/extra', message: "unknown field 'extra'" },
    ]);
  });
});
