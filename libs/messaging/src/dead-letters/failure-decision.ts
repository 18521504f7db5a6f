import { EventDecodeError } from '@mesh/contracts';
import { NonRetryableError } from '../errors';
import { backoffDelay } from '../util/backoff';
import type { RetryPolicy } from '../consuming/retry-policy';

/** Why a message was dead-lettered; a metrics label, so a closed set. */
export type DeadLetterReason = 'undecodable' | 'non-retryable' | 'retries-exhausted';

export type FailureDecision =
  { action: 'retry'; delayMs: number } | { action: 'dead-letter'; reason: DeadLetterReason };

/**
 * What to do after attempt `attempt` failed with `error`. Bytes that do not decode never will,
 * and a handler can say retrying is pointless; everything else is presumed transient (a
 * database or downstream outage) until the attempts run out.
 */
export function decideOnFailure(error: unknown, attempt: number, policy: RetryPolicy): FailureDecision {
  if (error instanceof EventDecodeError) return { action: 'dead-letter', reason: 'undecodable' };
  if (error instanceof NonRetryableError) return { action: 'dead-letter', reason: 'non-retryable' };
  if (attempt >= policy.maxAttempts) return { action: 'dead-letter', reason: 'retries-exhausted' };
  return { action: 'retry', delayMs: backoffDelay(attempt, policy) };
}

/** The error text kept in the dead letter, for operators. */
export function describeError(error: unknown): string {
  if (error instanceof EventDecodeError) return `${error.reason}: ${error.message}`;
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
