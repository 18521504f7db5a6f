import { parseInput } from '@mesh/platform';
import { deprecateBody } from './lifecycle.requests';

function problems(body: unknown): unknown {
  try {
    parseInput(deprecateBody, body);
  } catch (error) {
    return (error as { details: unknown }).details;
  }
  throw new Error('expected the body to be refused');
}

describe('the deprecation body', () => {
  it('takes a future date or date-time, a mesh address and a reason', () => {
    expect(parseInput(deprecateBody, { sunsetAt: '2999-01-31' })).toEqual({
      sunsetAt: new Date('2999-01-31T00:00:00Z'),
    });
    expect(
      parseInput(deprecateBody, {
        sunsetAt: '2999-01-31T12:00:00+02:00',
        replacement: 'mesh://sales/orders/v2',
        reason: 'v2 keys orders by their public number',
      }),
    ).toEqual({
      sunsetAt: new Date('2999-01-31T10:00:00Z'),
      replacement: { domain: 'sales', product: 'orders', major: 2 },
      reason: 'v2 keys orders by their public number',
    });
  });

  it('names every bad field by its pointer', () => {
    expect(problems({ sunsetAt: '2001-01-01', replacement: 'sales/orders', extra: true })).toEqual([
      { pointer: '/sunsetAt', message: 'must be in the future' },
      { pointer: '/replacement', message: expect.stringContaining('must be a mesh address') },
      { pointer: '/extra', message: "unknown field 'extra'" },
    ]);
    expect(problems({ sunsetAt: '2999-02-30T25:00:00Z' })).toEqual([
      { pointer: '/sunsetAt', message: 'must be an ISO 8601 date, or a date-time with a time zone' },
    ]);
    expect(problems({})).toEqual([{ pointer: '/sunsetAt', message: 'Required' }]);
  });
});
