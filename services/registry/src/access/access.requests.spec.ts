import { parseInput } from '@mesh/platform';
import { createAccessRequestBody, decisionBody, principalAccessQuery } from './access.requests';

function pointers(action: () => unknown): string[] {
  try {
    action();
  } catch (error) {
    return (error as { details: { pointer: string }[] }).details.map((detail) => detail.pointer);
  }
  throw new Error('expected the input to be refused');
}

describe('access request inputs', () => {
  const principal = '6f1c2f0e-6a4b-4c41-9d2e-3c1f0b7a9e55';

  it('takes a purpose, a future until and an optional principal', () => {
    expect(
      parseInput(createAccessRequestBody, { purpose: ' Churn analysis ', until: '2999-06-30', principal }),
    ).toEqual({
      purpose: 'Churn analysis',
      until: new Date('2999-06-30T00:00:00Z'),
      principal,
    });
    expect(
      pointers(() => parseInput(createAccessRequestBody, { purpose: '', until: 'soon', principal: 'me' })),
    ).toEqual(['/purpose', '/until', '/principal']);
  });

  it('takes decisions with or without a body', () => {
    expect(parseInput(decisionBody, undefined)).toEqual({});
    expect(parseInput(decisionBody, { reason: 'agreed' })).toEqual({ reason: 'agreed' });
    expect(pointers(() => parseInput(decisionBody, { reason: 3, approve: true }))).toEqual(['/reason', '/approve']);
  });

  it('pages with a cursor of (createdAt, id)', () => {
    const cursor = Buffer.from(JSON.stringify(['2026-01-01T00:00:00.000Z', principal])).toString('base64url');
    expect(parseInput(principalAccessQuery, { principal, state: 'granted', limit: '10', cursor })).toEqual({
      principal,
      state: 'granted',
      limit: 10,
      cursor: ['2026-01-01T00:00:00.000Z', principal],
    });
    expect(pointers(() => parseInput(principalAccessQuery, { state: 'open', cursor: 'xyz' }))).toEqual([
      '/state',
      '/cursor',
    ]);
  });
});
