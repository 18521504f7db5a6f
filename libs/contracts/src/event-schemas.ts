import type { Type } from 'avsc';
import { avroTypeFor } from './avro';
import { EVENT_RECORD_NAMES, EVENT_SCHEMAS, EVENT_TYPES, isEventType } from './generated/events';
import { topicOf } from './generated/topics';
import type { EventType } from './generated/types';

/** The composed Avro schema (envelope + payload) of an event type, as JSON: what gets registered. */
export function schemaOf(type: EventType): string {
  return EVENT_SCHEMAS[known(type)];
}

/** Schema Registry subject of an event type, by Confluent's TopicRecordNameStrategy: `<topic>-<full record name>`. */
export function subjectNameOf(type: EventType): string {
  return `${topicOf(type)}-${EVENT_RECORD_NAMES[known(type)]}`;
}

const readerTypes = new Map<EventType, Type>();

/** The current schema of an event type, parsed once: the codec writes with it and reads into it. */
export function readerTypeOf(type: EventType): Type {
  let reader = readerTypes.get(type);
  if (reader === undefined) {
    reader = avroTypeFor(JSON.parse(schemaOf(type)));
    readerTypes.set(type, reader);
  }
  return reader;
}

const eventTypesByRecordName: ReadonlyMap<string, EventType> = new Map(
  EVENT_TYPES.map((type) => [EVENT_RECORD_NAMES[type], type]),
);

/** The event type whose record has this full Avro name, if any. */
export function eventTypeOfRecord(recordName: string): EventType | undefined {
  return eventTypesByRecordName.get(recordName);
}

/** Guards the lookups against untyped callers, which would otherwise get `undefined` schemas. */
function known(type: EventType): EventType {
  if (!isEventType(type)) throw new TypeError(`unknown event type: ${String(type)}`);
  return type;
}
