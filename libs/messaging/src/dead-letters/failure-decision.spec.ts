import { EventDecodeError } from '@mesh/contracts';
import { NonRetryableError } from '../errors';
import { decideOnFailure, describeError } from './failure-decision';

const policy = { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 1_000 };

describe('decideOnFailure', () => {
  it('dead-letters bytes that do not decode at once', () => {
    expect(decideOnFailure(new EventDecodeError('not-framed', 'no magic byte'), 1, policy)).toEqual({
      action: 'dead-letter',
      reason: 'undecodable',
    });
  });

  it('dead-letters at once when the handler says retrying cannot help', () => {
    expect(decideOnFailure(new NonRetryableError('product does not exist'), 1, policy)).toEqual({
      action: 'dead-letter',
      reason: 'non-retryable',
    });
  });

  it('retries other errors with growing delays until the attempts run out', () => {
    const transient = new Error('connection refused');

    expect([1, 2, 3].map((attempt) => decideOnFailure(transient, attempt, policy))).toEqual([
      { action: 'retry', delayMs: 100 },
      { action: 'retry', delayMs: 200 },
      { action: 'dead-letter', reason: 'retries-exhausted' },
    ]);
  });

  it('treats whatever is thrown, not only Errors, as transient', () => {
    expect(decideOnFailure('timeout', 1, policy)).toEqual({ action: 'retry', delayMs: 100 });
  });
});

describe('describeError', () => {
  it('names the decode failure, the error class, or the thrown value', () => {
    expect(describeError(new EventDecodeError('unknown-schema-id', 'no schema with id 7'))).toBe(
      'unknown-schema-id: no schema with id 7',
    );
    expect(describeError(new TypeError('x is undefined'))).toBe('TypeError: x is undefined');
    expect(describeError(42)).toBe('42');
  });
});
