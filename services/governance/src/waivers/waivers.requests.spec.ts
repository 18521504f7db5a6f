import { parseInput } from '@mesh/platform';
import { createWaiverBody } from './waivers.requests';

function problems(body: unknown): unknown {
  try {
    parseInput(createWaiverBody, body);
  } catch (error) {
    return (error as { details: unknown }).details;
  }
  throw new Error('expected the body to be refused');
}

describe('the waiver body', () => {
  it('takes a product, a policy, a reason and a future expiry', () => {
    expect(
      parseInput(createWaiverBody, {
        product: 'sales/orders',
        policyId: 'freshness-sla',
        reason: 'SLA agreed with consumers next quarter',
        expiresAt: '2999-01-01T00:00:00Z',
      }),
    ).toEqual({
      product: { domain: 'sales', name: 'orders' },
      policyId: 'freshness-sla',
      reason: 'SLA agreed with consumers next quarter',
      expiresAt: new Date('2999-01-01T00:00:00Z'),
    });
  });

  it('names every bad field by its pointer', () => {
    expect(problems({ product: 'orders', policyId: 'Fresh', reason: '', expiresAt: '2001-01-01T00:00:00Z' })).toEqual([
      { pointer: '/product', message: "must be '<domain>/<product>'" },
      { pointer: '/policyId', message: 'must be a policy id (kebab-case)' },
      { pointer: '/reason', message: expect.any(String) },
      { pointer: '/expiresAt', message: 'must be in the future' },
    ]);
  });
});
