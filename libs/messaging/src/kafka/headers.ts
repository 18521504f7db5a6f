import type { IHeaders } from 'kafkajs';
import type { MeshEvent } from '@mesh/contracts';

/**
 * Header names are wire names (frozen): consumers in other languages and ops tools (kcat) filter
 * on them without decoding the Avro value.
 */
export const HEADERS = {
  eventType: 'mesh-event-type',
  eventId: 'mesh-event-id',
  correlationId: 'mesh-correlation-id',
} as const;

export function eventHeaders(event: MeshEvent): IHeaders {
  const headers: IHeaders = { [HEADERS.eventType]: event.type, [HEADERS.eventId]: event.eventId };
  if (event.correlationId !== null) headers[HEADERS.correlationId] = event.correlationId;
  return headers;
}

/** A header as a string: kafkajs hands them over as Buffers, or arrays when a name repeats. */
export function headerValue(headers: IHeaders | undefined, name: string): string | undefined {
  const value = headers?.[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined ? undefined : first.toString();
}
