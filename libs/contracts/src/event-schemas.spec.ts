import { schemaOf, subjectNameOf } from './event-schemas';
import { EVENT_TYPES, isEventType } from './generated/events';
import { TOPICS, topicOf, type TopicName } from './generated/topics';
import type { EventType } from './generated/types';

const ENVELOPE_FIELDS = [
  'eventId',
  'type',
  'occurredAt',
  'producer',
  'subject',
  'actor',
  'correlationId',
  'causationId',
];

describe('event schemas and topics', () => {
  it('names subjects by TopicRecordNameStrategy', () => {
    expect(subjectNameOf('quality.alert.raised')).toBe('mesh.quality.v1-mesh.events.quality.AlertRaised');
    expect(subjectNameOf('deadletter.recorded')).toBe('mesh.deadletter.v1-mesh.events.deadletter.DeadLetterRecorded');
  });

  it.each(EVENT_TYPES)('composes %s as the envelope fields followed by the payload', (type) => {
    const schema = JSON.parse(schemaOf(type)) as { type: string; fields: { name: string }[] };
    expect(schema.type).toBe('record');
    expect(schema.fields.map((field) => field.name)).toEqual([...ENVELOPE_FIELDS, 'payload']);
  });

  it('puts every event type on exactly one topic, the one topicOf names', () => {
    const placements = Object.entries(TOPICS).flatMap(([topic, config]) =>
      config.events.map((type) => [type, topic as TopicName] as const),
    );
    expect(placements.map(([type]) => type).sort()).toEqual([...EVENT_TYPES].sort());
    for (const [type, topic] of placements) expect(topicOf(type)).toBe(topic);
  });

  it('keys every topic by subject and keeps dead letters longest', () => {
    const retention = Object.values(TOPICS).map((config) => config.retentionMs);
    expect(Object.values(TOPICS).every((config) => config.key === 'subject')).toBe(true);
    expect(TOPICS['mesh.deadletter.v1'].retentionMs).toBe(Math.max(...retention));
  });

  it('rejects unknown event types from untyped callers', () => {
    const unknown = 'product.version.vanished' as EventType;
    expect(isEventType(unknown)).toBe(false);
    expect(() => schemaOf(unknown)).toThrow(TypeError);
    expect(() => subjectNameOf(unknown)).toThrow(TypeError);
    expect(() => topicOf(unknown)).toThrow(/unknown event type: product\.version\.vanished/);
  });
});
