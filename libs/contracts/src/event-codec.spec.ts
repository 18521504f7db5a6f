import type { AvroField, AvroRecordSchema } from '../codegen/avro-schema';
import { avroTypeFor } from './avro';
import { newEvent, type MeshEvent } from './envelope';
import { EventCodec } from './event-codec';
import { EventDecodeError, type EventDecodeFailure } from './event-decode-error';
import { schemaOf, subjectNameOf } from './event-schemas';
import { EVENT_TYPES } from './generated/events';
import type { EventType } from './generated/types';
import { SchemaNotFoundError, type SchemaRegistry } from './schema-registry';
import { SAMPLE_PAYLOADS } from './test-support/sample-payloads';
import { frame } from './wire-format';

/** Assigns ids like Confluent's registry: one global id per distinct schema, whatever the subject. */
class InMemorySchemaRegistry implements SchemaRegistry {
  readonly registrations: { subject: string; schema: string }[] = [];
  private readonly idsBySchema = new Map<string, number>();
  private readonly schemasById = new Map<number, string>();

  async register(subject: string, schema: string): Promise<number> {
    this.registrations.push({ subject, schema });
    const existing = this.idsBySchema.get(schema);
    if (existing !== undefined) return existing;
    const id = this.schemasById.size + 1;
    this.idsBySchema.set(schema, id);
    this.schemasById.set(id, schema);
    return id;
  }

  async schemaById(id: number): Promise<string> {
    const schema = this.schemasById.get(id);
    if (schema === undefined) throw new SchemaNotFoundError(id);
    return schema;
  }
}

function sampleEvent<T extends EventType>(type: T): MeshEvent<T> {
  return newEvent(type, {
    subject: 'urn:mesh:product:sales:orders',
    producer: 'codec-spec',
    payload: SAMPLE_PAYLOADS[type],
    actor: 'user:alice',
    correlationId: 'corr-1',
  });
}

/** The current schema of an event type with its payload fields changed, as another version of it would be. */
function payloadEvolved(type: EventType, change: (fields: AvroField[]) => AvroField[]): AvroRecordSchema {
  const schema = JSON.parse(schemaOf(type)) as AvroRecordSchema;
  const payload = schema.fields.find((field) => field.name === 'payload')?.type as AvroRecordSchema;
  payload.fields = change(payload.fields);
  return schema;
}

/** Bytes as a producer using `schema` would write them. */
async function writtenWith(registry: SchemaRegistry, schema: object, value: unknown): Promise<Buffer> {
  const id = await registry.register('any-subject', JSON.stringify(schema));
  return frame(id, avroTypeFor(schema).toBuffer(value));
}

async function decodeFailure(codec: EventCodec, bytes: Buffer): Promise<EventDecodeFailure> {
  const error: unknown = await codec.decode(bytes).then(
    () => undefined,
    (rejection: unknown) => rejection,
  );
  if (!(error instanceof EventDecodeError)) throw new Error(`expected an EventDecodeError, got ${String(error)}`);
  return error.reason;
}

describe('EventCodec', () => {
  let registry: InMemorySchemaRegistry;
  let producer: EventCodec;
  let consumer: EventCodec;

  beforeEach(() => {
    registry = new InMemorySchemaRegistry();
    producer = new EventCodec(registry);
    consumer = new EventCodec(registry);
  });

  describe('round trip', () => {
    it.each(EVENT_TYPES)('decodes %s exactly as it was encoded', async (type) => {
      const event = sampleEvent(type);
      const decoded = await consumer.decode(await producer.encode(event));
      expect(decoded).toStrictEqual(event);
    });

    it('frames the body with magic byte 0 and the registered schema id', async () => {
      const bytes = await producer.encode(sampleEvent('quality.alert.raised'));
      expect(bytes[0]).toBe(0);
      expect(bytes.readInt32BE(1)).toBe(1);
    });

    it('registers each event schema once, under its TopicRecordNameStrategy subject', async () => {
      await producer.encode(sampleEvent('data.published'));
      await producer.encode(sampleEvent('data.published'));
      expect(registry.registrations).toEqual([
        { subject: subjectNameOf('data.published'), schema: schemaOf('data.published') },
      ]);
    });

    it('keeps 64-bit identifiers and bytes intact', async () => {
      const published = (await consumer.decode(
        await producer.encode(sampleEvent('data.published')),
      )) as MeshEvent<'data.published'>;
      const deadLetter = (await consumer.decode(
        await producer.encode(sampleEvent('deadletter.recorded')),
      )) as MeshEvent<'deadletter.recorded'>;
      expect(published.payload.snapshotId).toBe('9007199254740993');
      expect(Buffer.isBuffer(deadLetter.payload.value)).toBe(true);
    });
  });

  describe('encode', () => {
    it('names the fields that do not match the schema', async () => {
      const event = sampleEvent('product.version.retired');
      const broken = { ...event, payload: { ...event.payload, product: { domain: 'sales', name: 'orders' } } };
      await expect(producer.encode(broken as MeshEvent)).rejects.toThrow(
        /invalid product\.version\.retired event: payload\.product\.version \(undefined\)/,
      );
      expect(registry.registrations).toEqual([]);
    });

    it('rejects an unknown event type', async () => {
      const event = { ...sampleEvent('access.revoked'), type: 'access.lost' };
      await expect(producer.encode(event as unknown as MeshEvent)).rejects.toThrow(/unknown event type: access\.lost/);
    });
  });

  describe('decode errors', () => {
    it('rejects bytes that are not Confluent-framed', async () => {
      expect(await decodeFailure(consumer, Buffer.from('{"type":"domain.created"}'))).toBe('not-framed');
      expect(await decodeFailure(consumer, Buffer.from([0, 0, 1]))).toBe('not-framed');
    });

    it('rejects a schema id the registry does not know', async () => {
      expect(await decodeFailure(consumer, frame(4242, Buffer.from([2, 0])))).toBe('unknown-schema-id');
    });

    it('rejects a body that is not Avro of the writer schema', async () => {
      const id = await registry.register('s', schemaOf('access.denied'));
      expect(await decodeFailure(consumer, frame(id, Buffer.alloc(12, 0xff)))).toBe('invalid-avro');
    });

    it('rejects truncated bodies and trailing bytes', async () => {
      const bytes = await producer.encode(sampleEvent('access.denied'));
      expect(await decodeFailure(consumer, bytes.subarray(0, bytes.length - 3))).toBe('invalid-avro');
      expect(await decodeFailure(consumer, Buffer.concat([bytes, Buffer.from([0])]))).toBe('invalid-avro');
    });

    it('rejects a writer schema that is not valid Avro', async () => {
      const id = await registry.register('s', '{"type":"record"}');
      expect(await decodeFailure(consumer, frame(id, Buffer.from([0])))).toBe('invalid-avro');
    });

    it('rejects a writer schema that cannot be resolved to the current one', async () => {
      // The current schema needs `grant` and has no default for it, so it cannot read a writer that lacks it.
      const withoutGrant = payloadEvolved('access.revoked', (fields) =>
        fields.filter((field) => field.name !== 'grant'),
      );
      const id = await registry.register('s', JSON.stringify(withoutGrant));
      expect(await decodeFailure(consumer, frame(id, Buffer.from([0])))).toBe('invalid-avro');
    });

    it('rejects records that are not mesh events', async () => {
      const foreign = { type: 'record', name: 'com.acme.Click', fields: [{ name: 'url', type: 'string' }] };
      expect(await decodeFailure(consumer, await writtenWith(registry, foreign, { url: 'https://x' }))).toBe(
        'unknown-event-type',
      );
    });

    it('rejects an event whose type field contradicts its record', async () => {
      const event = { ...sampleEvent('access.revoked'), type: 'access.granted' };
      const bytes = await writtenWith(registry, JSON.parse(schemaOf('access.revoked')), event);
      expect(await decodeFailure(consumer, bytes)).toBe('unknown-event-type');
    });

    it('passes registry outages through, to be retried, and does not cache them', async () => {
      const bytes = await producer.encode(sampleEvent('access.revoked'));
      const outage = new Error('connect ECONNREFUSED');
      const schemaById = jest.spyOn(registry, 'schemaById').mockRejectedValueOnce(outage);
      await expect(consumer.decode(bytes)).rejects.toBe(outage);
      await expect(consumer.decode(bytes)).resolves.toMatchObject({ type: 'access.revoked' });
      expect(schemaById).toHaveBeenCalledTimes(2);
    });
  });

  describe('schema evolution', () => {
    it('decodes events written before a nullable field existed, filling its default', async () => {
      const older = payloadEvolved('product.version.deprecated', (fields) =>
        fields.filter((field) => field.name !== 'reason'),
      );
      const { product, sunsetAt, replacement } = SAMPLE_PAYLOADS['product.version.deprecated'];
      const event = { ...sampleEvent('product.version.deprecated'), payload: { product, sunsetAt, replacement } };

      const decoded = await consumer.decode(await writtenWith(registry, older, event));

      expect(decoded).toStrictEqual({ ...event, payload: { product, sunsetAt, replacement, reason: null } });
    });

    it('decodes events written by a newer schema, ignoring fields it does not know', async () => {
      const newer = payloadEvolved('quality.alert.resolved', (fields) => [
        ...fields,
        { name: 'resolvedIn', type: ['null', 'string'], default: null, doc: 'added later' },
      ]);
      const event = sampleEvent('quality.alert.resolved');
      const written = { ...event, payload: { ...event.payload, resolvedIn: 'prod' } };

      expect(await consumer.decode(await writtenWith(registry, newer, written))).toStrictEqual(event);
    });

    it('reads an enum symbol it does not know as the enum default', async () => {
      const newer = JSON.parse(
        schemaOf('quality.alert.raised').replace('"critical","warning","info"', '"critical","warning","info","page"'),
      );
      const event = sampleEvent('quality.alert.raised');
      const written = { ...event, payload: { ...event.payload, severity: 'page' } };

      const decoded = (await consumer.decode(
        await writtenWith(registry, newer, written),
      )) as MeshEvent<'quality.alert.raised'>;

      expect(decoded.payload.severity).toBe('warning');
    });
  });
});
