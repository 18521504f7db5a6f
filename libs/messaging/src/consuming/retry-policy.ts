import { MessagingError } from '../errors';
import type { BackoffSchedule } from '../util/backoff';

export interface RetryPolicy extends BackoffSchedule {
  /**
   * Handler runs before a message is dead-lettered, the first one included. A message whose
   * batch transaction failed first gets all of them on its own, one by one.
   */
  maxAttempts: number;
}

/**
 * Small on purpose: a partition is blocked while its message is retried (per-subject order
 * forbids skipping ahead), so the whole schedule (0.2 + 0.4 + 0.8 + 1.6 s) stays well below
 * the consumer session timeout and a shutdown never waits long.
 */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 5, baseDelayMs: 200, maxDelayMs: 5_000 };

export function retryPolicy(overrides: Partial<RetryPolicy> = {}): RetryPolicy {
  const policy = { ...DEFAULT_RETRY_POLICY, ...overrides };
  const { maxAttempts, baseDelayMs, maxDelayMs } = policy;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) {
    throw new MessagingError('invalid-options', `retry.maxAttempts must be an integer >= 1, got ${maxAttempts}`);
  }
  if (!(baseDelayMs >= 0 && maxDelayMs >= baseDelayMs)) {
    throw new MessagingError(
      'invalid-options',
      `retry delays must satisfy 0 <= baseDelayMs <= maxDelayMs, got ${baseDelayMs} and ${maxDelayMs}`,
    );
  }
  return policy;
}
