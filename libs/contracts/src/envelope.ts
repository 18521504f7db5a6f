import { randomUUID } from 'node:crypto';
import type { EnvelopeFields, EventType, PayloadOf } from './generated/types';

/** The envelope of contracts/envelope.avsc, with `type` narrowed to the known event types. */
export interface EventEnvelope extends Omit<EnvelopeFields, 'type'> {
  type: EventType;
}

/** An event of type T; without T, the union of every event, which narrows on `type`. */
export type MeshEvent<T extends EventType = EventType> = T extends EventType
  ? Omit<EventEnvelope, 'type'> & { type: T; payload: PayloadOf<T> }
  : never;

export interface NewEventFields<T extends EventType> {
  /** URN of the entity the event is about, e.g. urn:mesh:product:<domain>:<name>; also the Kafka key. */
  subject: string;
  /** Emitting service, e.g. registry. */
  producer: string;
  payload: PayloadOf<T>;
  actor?: string | null;
  correlationId?: string | null;
  causationId?: string | null;
}

/**
 * The ids of an event caused by `cause`: the same flow (its correlation id, or its own id when it started one) and
 * `cause` as the direct cause, as the envelope promises every event that another one caused.
 */
export function causedBy(cause: Pick<EventEnvelope, 'eventId' | 'correlationId'>): {
  correlationId: string;
  causationId: string;
} {
  return { correlationId: cause.correlationId ?? cause.eventId, causationId: cause.eventId };
}

/** A new event, with a fresh eventId and occurredAt set to now. */
export function newEvent<T extends EventType>(type: T, fields: NewEventFields<T>): MeshEvent<T> {
  const event = {
    eventId: randomUUID(),
    type,
    occurredAt: Date.now(),
    producer: fields.producer,
    subject: fields.subject,
    actor: fields.actor ?? null,
    correlationId: fields.correlationId ?? null,
    causationId: fields.causationId ?? null,
    payload: fields.payload,
  };
  // TypeScript cannot resolve the conditional MeshEvent<T> for a generic T; the object above is its definition.
  return event as MeshEvent<T>;
}
