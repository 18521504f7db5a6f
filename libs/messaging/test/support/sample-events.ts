import { EVENT_TYPES, newEvent, schemaOf, type EventType, type MeshEvent, type PayloadOf } from '@mesh/contracts';
import { Type } from 'avsc';

/**
 * One event of the given type with a random payload that is valid for its schema: generated from
 * the schema, so a new event type is covered without touching the tests.
 */
export function sampleEvent<T extends EventType>(type: T, subject: string): MeshEvent<T> {
  const schema = Type.forSchema(JSON.parse(schemaOf(type)), { wrapUnions: 'never' });
  const { payload } = schema.random() as unknown as { payload: PayloadOf<T> };
  return newEvent(type, {
    subject,
    producer: 'messaging-int-test',
    payload,
    actor: 'user:alice',
    correlationId: `flow-${type}`,
  });
}

export function oneOfEachType(subjectPrefix: string): MeshEvent[] {
  return EVENT_TYPES.map((type) => sampleEvent(type, `${subjectPrefix}:${type}`));
}
