import type { Resolver, Type } from 'avsc';
import { avroTypeFor } from './avro';
import type { MeshEvent } from './envelope';
import { EventDecodeError } from './event-decode-error';
import { eventTypeOfRecord, readerTypeOf, schemaOf, subjectNameOf } from './event-schemas';
import type { EventType } from './generated/types';
import { cachedPromise } from './promise-cache';
import { SchemaNotFoundError, type SchemaRegistry } from './schema-registry';
import { frame, unframe } from './wire-format';

/**
 * Turns mesh events into Kafka message values in the Confluent wire format and back.
 *
 * Encoding registers the event's current schema under its subject once per codec. Decoding reads with the schema
 * the producer wrote with (looked up by id) and resolves it into the current schema of the same event type, so
 * events written by an older or newer compatible schema decode into today's shape.
 */
export class EventCodec {
  private readonly schemaIds = new Map<EventType, Promise<number>>();
  private readonly readers = new Map<number, Promise<WriterSchemaReader>>();

  constructor(private readonly registry: SchemaRegistry) {}

  /** Rejects with a TypeError naming the offending fields when the event does not match its schema. */
  async encode(event: MeshEvent): Promise<Buffer> {
    const avroType = readerTypeOf(event.type);
    const body = serialize(avroType, event);
    const schemaId = await cachedPromise(this.schemaIds, event.type, () =>
      this.registry.register(subjectNameOf(event.type), schemaOf(event.type)),
    );
    return frame(schemaId, body);
  }

  /**
   * Rejects with an EventDecodeError when the bytes can never be decoded, and with the registry's own error when the
   * writer schema could not be fetched (worth retrying).
   */
  async decode(bytes: Buffer): Promise<MeshEvent> {
    const { schemaId, body } = unframe(bytes);
    const reader = await cachedPromise(this.readers, schemaId, () => this.readerFor(schemaId));
    return reader.read(body);
  }

  private async readerFor(schemaId: number): Promise<WriterSchemaReader> {
    let schema: string;
    try {
      schema = await this.registry.schemaById(schemaId);
    } catch (error) {
      if (error instanceof SchemaNotFoundError) {
        throw new EventDecodeError('unknown-schema-id', `no schema with id ${schemaId}`, { cause: error });
      }
      throw error;
    }
    return new WriterSchemaReader(schemaId, parseWriterSchema(schemaId, schema));
  }
}

function serialize(avroType: Type, event: MeshEvent): Buffer {
  const invalidPaths: string[] = [];
  const valid = avroType.isValid(event, {
    errorHook: (path: string[], value: unknown) => invalidPaths.push(`${path.join('.')} (${describe(value)})`),
  });
  if (!valid) throw new TypeError(`invalid ${event.type} event: ${invalidPaths.join(', ')}`);
  return avroType.toBuffer(event);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return Buffer.isBuffer(value) ? 'Buffer' : typeof value;
}

function parseWriterSchema(schemaId: number, schema: string): Type {
  try {
    return avroTypeFor(JSON.parse(schema));
  } catch (error) {
    throw new EventDecodeError('invalid-avro', `schema ${schemaId} is not a valid Avro schema`, { cause: error });
  }
}

/** Reads bodies written with one writer schema into the current schema of the event type that schema belongs to. */
class WriterSchemaReader {
  private readonly type: EventType;
  private readonly reader: Type;
  private readonly resolver: Resolver;

  constructor(
    private readonly schemaId: number,
    writer: Type,
  ) {
    const type = writer.name === undefined ? undefined : eventTypeOfRecord(writer.name);
    if (type === undefined) {
      throw new EventDecodeError(
        'unknown-event-type',
        `schema ${schemaId} (${writer.name ?? writer.typeName}) is not the schema of a known event type`,
      );
    }
    this.type = type;
    this.reader = readerTypeOf(type);
    try {
      this.resolver = this.reader.createResolver(writer);
    } catch (error) {
      throw new EventDecodeError('invalid-avro', `schema ${schemaId} cannot be read as the current ${type} schema`, {
        cause: error,
      });
    }
  }

  read(body: Buffer): MeshEvent {
    let decoded: { value: unknown; offset: number };
    try {
      decoded = this.reader.decode(body, 0, this.resolver);
    } catch (error) {
      throw new EventDecodeError('invalid-avro', `body does not match schema ${this.schemaId}`, { cause: error });
    }
    if (decoded.offset !== body.length) {
      const problem = decoded.offset < 0 ? 'is truncated' : `has ${body.length - decoded.offset} trailing bytes`;
      throw new EventDecodeError('invalid-avro', `body written with schema ${this.schemaId} ${problem}`);
    }
    const event = toPlain(decoded.value) as MeshEvent;
    if (event.type !== this.type) {
      throw new EventDecodeError('unknown-event-type', `a ${this.type} record claims to be of type ${event.type}`);
    }
    return event;
  }
}

/**
 * avsc materialises records as instances of generated classes and bytes as views into the message buffer. Callers
 * get plain objects, which compare and serialise like the events they build, and Buffers of their own, so holding an
 * event does not keep a whole fetched batch in memory.
 */
function toPlain(value: unknown): unknown {
  if (Buffer.isBuffer(value)) return Buffer.from(value);
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toPlain(item)]));
}
