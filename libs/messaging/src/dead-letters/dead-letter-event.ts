import { newEvent, type MeshEvent } from '@mesh/contracts';

export const DEAD_LETTER_TYPE = 'deadletter.recorded';
export type DeadLetterEvent = MeshEvent<typeof DEAD_LETTER_TYPE>;

/** A consumed message as it came off the wire. */
export interface RawMessage {
  topic: string;
  partition: number;
  offset: string;
  key: Buffer | null;
  value: Buffer;
}

export interface DeadLetterCause {
  groupId: string;
  /** The service or tool that gives up on the message. */
  producer: string;
  error: string;
  attempts: number;
  /** The decoded event, when the bytes did decode: it links the dead letter to its flow. */
  event?: MeshEvent;
}

/**
 * The dead letter keeps the original bytes, so a replay re-publishes exactly what was received.
 * It is keyed by the original subject (or key) so that one subject's dead letters stay in order.
 */
export function deadLetterEvent(message: RawMessage, cause: DeadLetterCause): DeadLetterEvent {
  return newEvent(DEAD_LETTER_TYPE, {
    subject:
      cause.event?.subject ??
      message.key?.toString() ??
      `urn:mesh:message:${message.topic}:${message.partition}:${message.offset}`,
    producer: cause.producer,
    correlationId: cause.event?.correlationId ?? null,
    causationId: cause.event?.eventId ?? null,
    payload: {
      originalTopic: message.topic,
      partition: message.partition,
      offset: message.offset,
      consumerGroup: cause.groupId,
      key: message.key,
      value: message.value,
      error: cause.error,
      attempts: cause.attempts,
    },
  });
}
