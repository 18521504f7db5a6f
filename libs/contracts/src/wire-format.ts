// Confluent wire format: magic byte 0, the schema id as a 4-byte big-endian signed int, then the Avro binary body.
// Any Confluent-compatible client (confluent-kafka AvroSerializer, @kafkajs/confluent-schema-registry) reads it.
import { EventDecodeError } from './event-decode-error';

const MAGIC_BYTE = 0;
const HEADER_LENGTH = 5;

export function frame(schemaId: number, body: Buffer): Buffer {
  const header = Buffer.alloc(HEADER_LENGTH);
  header.writeUInt8(MAGIC_BYTE, 0);
  header.writeInt32BE(schemaId, 1);
  return Buffer.concat([header, body]);
}

export function unframe(bytes: Buffer): { schemaId: number; body: Buffer } {
  if (bytes.length < HEADER_LENGTH || bytes[0] !== MAGIC_BYTE) {
    throw new EventDecodeError('not-framed', 'not in the Confluent wire format (magic byte 0 + 4-byte schema id)');
  }
  return { schemaId: bytes.readInt32BE(1), body: bytes.subarray(HEADER_LENGTH) };
}
