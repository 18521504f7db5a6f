import { MessagingError } from '../errors';
import { backoffDelay } from '../util/backoff';
import { DEFAULT_RETRY_POLICY, retryPolicy } from './retry-policy';

describe('retryPolicy', () => {
  it('fills what is not overridden from the defaults', () => {
    expect(retryPolicy({ maxAttempts: 3 })).toEqual({ ...DEFAULT_RETRY_POLICY, maxAttempts: 3 });
  });

  it('keeps the default schedule short enough to block a partition only briefly', () => {
    const waits = [1, 2, 3, 4].map((failures) => backoffDelay(failures, DEFAULT_RETRY_POLICY));

    expect(waits).toEqual([200, 400, 800, 1_600]);
    expect(waits.length + 1).toBe(DEFAULT_RETRY_POLICY.maxAttempts);
  });

  it.each([
    { maxAttempts: 0 },
    { maxAttempts: 1.5 },
    { baseDelayMs: -1 },
    { baseDelayMs: 500, maxDelayMs: 100 },
    { baseDelayMs: Number.NaN },
  ])('rejects %p', (overrides) => {
    expect(() => retryPolicy(overrides)).toThrow(MessagingError);
  });
});
