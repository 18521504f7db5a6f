export type EventDecodeFailure = 'not-framed' | 'unknown-schema-id' | 'invalid-avro' | 'unknown-event-type';

/**
 * Bytes that can never become a mesh event: retrying will not help, so consumers dead-letter the message.
 * Transient failures (the Schema Registry being unreachable) are deliberately not EventDecodeErrors.
 */
export class EventDecodeError extends Error {
  constructor(
    readonly reason: EventDecodeFailure,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'EventDecodeError';
  }
}
