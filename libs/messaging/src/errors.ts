/** Why the messaging layer refused a configuration; every code names one mistake a service can make. */
export type MessagingErrorCode =
  | 'missing-handler'
  | 'duplicate-handler'
  | 'unsubscribed-handler'
  | 'invalid-subscription'
  | 'invalid-options'
  | 'not-started';

export class MessagingError extends Error {
  override readonly name = 'MessagingError';

  constructor(
    readonly code: MessagingErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Thrown by a handler when retrying cannot help (the event is valid but can never be applied,
 * e.g. it refers to something that does not exist): the message goes to the dead-letter topic
 * at once instead of after every retry.
 */
export class NonRetryableError extends Error {
  override readonly name = 'NonRetryableError';
}

/**
 * Thrown by the processor when the consumer stops while a message waits for its next attempt.
 * The message is left unprocessed, so whoever owns the partition next (this service after a
 * restart, or another instance) processes it again.
 */
export class ConsumerStoppingError extends Error {
  override readonly name = 'ConsumerStoppingError';
}
