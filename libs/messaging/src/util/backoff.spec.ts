import { backoffDelay } from './backoff';

describe('backoffDelay', () => {
  it('doubles from the base delay and stops at the maximum', () => {
    const schedule = { baseDelayMs: 100, maxDelayMs: 1_000 };

    expect([1, 2, 3, 4, 5, 6].map((failures) => backoffDelay(failures, schedule))).toEqual([
      100, 200, 400, 800, 1_000, 1_000,
    ]);
  });

  it('stays finite after very many failures', () => {
    expect(backoffDelay(5_000, { baseDelayMs: 100, maxDelayMs: 5_000 })).toBe(5_000);
  });
});
