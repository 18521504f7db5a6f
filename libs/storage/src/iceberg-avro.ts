import avro from 'avsc';

/**
 * Avro longs as bigint: Iceberg's manifests carry 64-bit snapshot ids and sequence numbers, which avsc refuses to
 * read as JavaScript numbers ("potential precision loss").
 */
const LONG_AS_BIGINT = avro.types.LongType.__with({
  fromBuffer: (buffer: Buffer) => buffer.readBigInt64LE(),
  toBuffer: (value: bigint) => {
    const buffer = Buffer.alloc(8);
    buffer.writeBigInt64LE(value);
    return buffer;
  },
  fromJSON: (value: number | string) => BigInt(value),
  toJSON: (value: bigint) => Number(value),
  isValid: (value: unknown) => typeof value === 'bigint',
  compare: (left: bigint, right: bigint) => (left === right ? 0 : left < right ? -1 : 1),
});

/** The parse hook for reading an Iceberg Avro file's writer schema with exact longs. */
export const icebergAvroTypes = (schema: avro.Schema): avro.Type =>
  avro.Type.forSchema(schema, { registry: { long: LONG_AS_BIGINT } });
