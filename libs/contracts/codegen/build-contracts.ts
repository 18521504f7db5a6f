import { avroTypeFor } from '../src/avro';
import type { AvroRecordSchema } from './avro-schema';
import { composeEventSchema, isJsonObject, type JsonObject } from './compose-event';
import type { ContractFiles, SourceFile } from './contract-files';
import { lintEventSchema } from './lint-schema';

export interface EventContract {
  /** Frozen wire name, e.g. product.version.proposed. */
  type: string;
  topic: string;
  /** Full Avro name of the composed event record. */
  recordName: string;
  /** Composed, validated event schema. */
  schema: AvroRecordSchema;
}

export interface TopicContract {
  name: string;
  events: string[];
  key: 'subject';
  partitions: number;
  retentionMs: number;
  cleanupPolicy: 'delete' | 'compact';
  /** The platform services that may write the topic: its ACLs follow. */
  producers: string[];
  /** The platform services that read it (their consumer groups). */
  consumers: string[];
}

/** Everything in contracts/, validated; events in topics.json order. */
export interface Contracts {
  envelope: AvroRecordSchema;
  events: EventContract[];
  topics: TopicContract[];
}

export class ContractError extends Error {
  constructor(readonly problems: string[]) {
    super(`contracts/ is invalid:\n  ${problems.join('\n  ')}`);
    this.name = 'ContractError';
  }
}

const SHARED_NAMESPACE = 'mesh.events.common';
const EVENT_TYPE_PATTERN = /^[a-z]+(\.[a-z]+)+$/;
const TOPIC_NAME_PATTERN = /^mesh\.([a-z][a-z0-9]*(?:-[a-z0-9]+)*)\.v[1-9][0-9]*$/;
const PAYLOAD_SUFFIX = 'Payload';

/** Validates contracts/ and composes every event schema; throws a ContractError listing every problem found. */
export function buildContracts(files: ContractFiles): Contracts {
  const problems: string[] = [];
  const report = (file: SourceFile, message: string) => problems.push(`contracts/${file.path}: ${message}`);

  const envelope = readEnvelope(files.envelope, report);
  const sharedTypes = readSharedTypes(files.types, report);
  const sharedTypeSchemas = new Map([...sharedTypes].map(([name, { json }]) => [name, json]));
  const payloads = files.events.flatMap((file) => readPayload(file, report) ?? []);
  const topics = readTopics(files.topics, report);
  if (envelope === undefined) throw new ContractError(problems);

  const declared = new Map<string, Payload>();
  for (const payload of payloads) {
    if (declared.has(payload.type)) report(payload.file, `event type ${payload.type} is declared twice`);
    declared.set(payload.type, payload);
  }
  const topicOf = placeEventsOnTopics(topics, declared, (message) => report(files.topics, message));

  const sharedTypesUsed = new Set<string>();
  const events: EventContract[] = [];
  for (const payload of payloads) {
    const composed = composeEventSchema(envelope, payload, sharedTypeSchemas);
    composed.sharedTypesUsed.forEach((name) => sharedTypesUsed.add(name));
    const schema = validatedSchema(composed.schema, (message) => report(payload.file, message));
    const topic = topicOf.get(payload.type);
    if (schema === undefined || topic === undefined) continue;
    lintEventSchema(schema).forEach((message) => report(payload.file, message));
    events.push({ type: payload.type, topic, recordName: payload.recordName, schema });
  }
  for (const [name, { file }] of sharedTypes) {
    if (!sharedTypesUsed.has(name)) report(file, `shared type ${name} is not used by any event`);
  }

  if (problems.length > 0) throw new ContractError(problems);
  const listedOrder = [...topicOf.keys()];
  events.sort((a, b) => listedOrder.indexOf(a.type) - listedOrder.indexOf(b.type));
  return { envelope, events, topics };
}

type Report = (file: SourceFile, message: string) => void;

/** Fields the codec and the Kafka keying rely on; `payload` is the field the codegen appends. */
const ENVELOPE_STRING_FIELDS = ['type', 'subject'];
const PAYLOAD_FIELD = 'payload';

function readEnvelope(file: SourceFile, report: Report): AvroRecordSchema | undefined {
  const { json } = file;
  if (!isJsonObject(json) || json.type !== 'record' || !Array.isArray(json.fields)) {
    report(file, 'must be an Avro record');
    return undefined;
  }
  const envelope = validatedSchema(json, (message) => report(file, message));
  if (envelope === undefined) return undefined;
  const typeOf = new Map(envelope.fields.map((field) => [field.name, field.type]));
  for (const name of ENVELOPE_STRING_FIELDS) {
    if (typeOf.get(name) !== 'string') report(file, `needs a "${name}" field of type "string"`);
  }
  if (typeOf.has(PAYLOAD_FIELD)) report(file, `must not declare "${PAYLOAD_FIELD}": the codegen appends it`);
  return envelope;
}

interface SharedType {
  file: SourceFile;
  json: JsonObject;
}

function readSharedTypes(files: SourceFile[], report: Report): Map<string, SharedType> {
  const types = new Map<string, SharedType>();
  for (const file of files) {
    const { json } = file;
    if (!isJsonObject(json) || (json.type !== 'record' && json.type !== 'enum') || typeof json.name !== 'string') {
      report(file, 'must be a named Avro record or enum');
    } else if (json.namespace !== SHARED_NAMESPACE) {
      report(file, `must declare "namespace": "${SHARED_NAMESPACE}"`);
    } else if (file.path !== `types/${json.name}.avsc`) {
      report(file, `must be named types/${json.name}.avsc after the type it holds`);
    } else {
      types.set(`${SHARED_NAMESPACE}.${json.name}`, { file, json });
    }
  }
  return types;
}

interface Payload {
  file: SourceFile;
  type: string;
  stream: string;
  recordName: string;
  payload: JsonObject;
}

function readPayload(file: SourceFile, report: Report): Payload | undefined {
  const { json } = file;
  const [, stream = '', fileName = ''] = file.path.split('/');
  const namespace = `mesh.events.${stream.replaceAll('-', '_')}`;
  if (!isJsonObject(json) || json.type !== 'record' || typeof json.name !== 'string') {
    report(file, 'must be an Avro record holding the payload');
    return undefined;
  }
  const { name, eventType } = json;
  if (!name.endsWith(PAYLOAD_SUFFIX) || name === PAYLOAD_SUFFIX) {
    report(file, `record name ${name} must be <EventName>${PAYLOAD_SUFFIX}`);
    return undefined;
  }
  if (json.namespace !== namespace) {
    report(file, `must declare "namespace": "${namespace}" (the stream directory it lives in)`);
    return undefined;
  }
  if (typeof eventType !== 'string' || !EVENT_TYPE_PATTERN.test(eventType)) {
    report(file, 'must declare "eventType": the frozen wire name, dotted lowercase (e.g. product.version.proposed)');
    return undefined;
  }
  const eventName = name.slice(0, -PAYLOAD_SUFFIX.length);
  if (fileName !== `${kebabCase(eventName)}.avsc`) {
    report(file, `must be named ${kebabCase(eventName)}.avsc after the event it holds`);
  }
  return { file, type: eventType, stream, recordName: `${namespace}.${eventName}`, payload: json };
}

function readTopics(file: SourceFile, report: Report): TopicContract[] {
  if (!isJsonObject(file.json)) {
    report(file, 'must map topic names to topic settings');
    return [];
  }
  const topics: TopicContract[] = [];
  for (const [name, settings] of Object.entries(file.json)) {
    const topic = readTopic(name, settings);
    if (typeof topic === 'string') report(file, `${name}: ${topic}`);
    else topics.push(topic);
  }
  return topics;
}

/** The topic, or what is wrong with it. */
function readTopic(name: string, settings: unknown): TopicContract | string {
  if (!TOPIC_NAME_PATTERN.test(name)) return 'topic names are mesh.<stream>.v<version>';
  if (!isJsonObject(settings)) return 'settings must be an object';
  const { events, key, partitions, retentionMs, cleanupPolicy, producers, consumers } = settings;
  if (!Array.isArray(events) || events.length === 0 || !events.every((type) => typeof type === 'string')) {
    return '"events" must list at least one event type';
  }
  if (key !== 'subject') return '"key" must be "subject", so that one subject\'s events stay in order';
  if (!Number.isInteger(partitions) || (partitions as number) < 1) return '"partitions" must be a positive integer';
  if (!Number.isInteger(retentionMs) || ((retentionMs as number) < 1 && retentionMs !== -1)) {
    return '"retentionMs" must be a positive integer, or -1 to keep events forever';
  }
  if (cleanupPolicy !== 'delete' && cleanupPolicy !== 'compact') return '"cleanupPolicy" must be "delete" or "compact"';
  if (!isServiceList(producers) || producers.length === 0) return '"producers" must name at least one service';
  if (!isServiceList(consumers)) return '"consumers" must list service names';
  return {
    name,
    events: events as string[],
    key,
    partitions: partitions as number,
    retentionMs: retentionMs as number,
    cleanupPolicy,
    producers,
    consumers,
  };
}

function isServiceList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((name) => typeof name === 'string' && /^[a-z]+$/.test(name));
}

/** The topic of each declared event type, checking that it is on exactly one topic of its own stream. */
function placeEventsOnTopics(
  topics: TopicContract[],
  declared: ReadonlyMap<string, Payload>,
  report: (message: string) => void,
): Map<string, string> {
  const topicOf = new Map<string, string>();
  for (const topic of topics) {
    const stream = TOPIC_NAME_PATTERN.exec(topic.name)?.[1];
    for (const type of topic.events) {
      const payload = declared.get(type);
      if (payload === undefined) report(`${topic.name}: no contract declares event type ${type}`);
      else if (topicOf.has(type)) report(`${type} is on ${topicOf.get(type)} and on ${topic.name}`);
      else if (payload.stream !== stream)
        report(`${type} is defined in events/${payload.stream}/ but on ${topic.name}`);
      else topicOf.set(type, topic.name);
    }
  }
  for (const type of declared.keys()) {
    if (!topicOf.has(type)) report(`event type ${type} is on no topic`);
  }
  return topicOf;
}

/** The schema as avsc understands it, so that anything the codec could not handle is caught here. */
function validatedSchema(schema: JsonObject, report: (message: string) => void): AvroRecordSchema | undefined {
  try {
    avroTypeFor(schema);
    return schema as unknown as AvroRecordSchema;
  } catch (error) {
    report(`not a valid Avro schema: ${(error as Error).message}`);
    return undefined;
  }
}

function kebabCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}
