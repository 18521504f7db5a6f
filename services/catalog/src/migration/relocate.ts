import { icebergAvroTypes } from '@mesh/storage';
import avro from 'avsc';
import { parseJson, toJson } from '../http/lossless-json';

/**
 * Moving a warehouse: Iceberg files name each other by absolute location (metadata → manifest lists → manifests →
 * data files), so every location under the old root is rewritten to the new one, in metadata files (JSON) and in
 * manifest lists and manifests (Avro). Everything else (Parquet) is copied as it is.
 */
export type Relocate = (location: string) => string;

/** `from` (a local directory's `file://` root, or its plain path) to `to` (`s3://bucket/prefix`). */
export function relocator(from: { url: string; path: string }, to: string): Relocate {
  const roots = [from.url, from.path, from.url.replace(/^file:\/\//, 'file:')];
  return (location) => {
    for (const root of roots)
      if (location === root || location.startsWith(`${root}/`)) return `${to}${location.slice(root.length)}`;
    return location;
  };
}

/** Every string in a value (objects, arrays), relocated; other values as they are. */
function relocateDeep(value: unknown, relocate: Relocate): unknown {
  if (typeof value === 'string') return relocate(value);
  if (Array.isArray(value)) return value.map((item) => relocateDeep(item, relocate));
  if (value !== null && typeof value === 'object' && !Buffer.isBuffer(value) && !(value instanceof Uint8Array)) {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = relocateDeep(record[key], relocate);
  }
  return value;
}

/** A table metadata file with its locations moved; numbers (64-bit ids) kept exact. */
export function relocateMetadata(text: string, relocate: Relocate): string {
  return toJson(relocateDeep(parseJson(text), relocate));
}

/**
 * A manifest list or manifest (Avro object container) with its locations moved. The header is kept whole (the
 * writer's schema with Iceberg's field ids, and Iceberg's own keys: the table schema, partition spec, format
 * version), and so is the codec.
 */
export async function relocateAvro(content: Buffer, relocate: Relocate): Promise<Buffer> {
  const records: unknown[] = [];
  let type: avro.Type | undefined;
  let codec = 'null';
  let meta: Record<string, Buffer> = {};
  await new Promise<void>((resolve, reject) => {
    const decoder = new avro.streams.BlockDecoder({ parseHook: icebergAvroTypes });
    decoder
      .on('metadata', (writerType: avro.Type, writerCodec: string, header: { meta: Record<string, Buffer> }) => {
        type = writerType;
        codec = writerCodec;
        meta = header.meta;
      })
      .on('data', (record: unknown) => records.push(relocateDeep(record, relocate)))
      .on('end', resolve)
      .on('error', reject);
    decoder.end(content);
  });
  if (type === undefined) throw new Error('not an Avro object container file');
  const chunks: Buffer[] = [];
  // The original header's entries, `avro.schema` included, win over the encoder's own (avsc copies them last).
  // avsc takes `metadata` (its typings leave it out).
  const options = { codec, metadata: meta } as ConstructorParameters<typeof avro.streams.BlockEncoder>[1];
  const encoder = new avro.streams.BlockEncoder(type, options);
  const done = new Promise<void>((resolve, reject) => {
    encoder.on('data', (chunk: Buffer) => chunks.push(chunk));
    encoder.on('end', resolve);
    encoder.on('error', reject);
  });
  for (const record of records) encoder.write(record);
  encoder.end();
  await done;
  return Buffer.concat(chunks);
}
