import avro from 'avsc';
import { relocateAvro, relocateMetadata, relocator } from './relocate';

const relocate = relocator({ url: 'file:///w', path: '/w' }, 's3://lake/wh');

describe('relocate', () => {
  it('moves locations under the old root, in any of its spellings, and nothing else', () => {
    expect(relocate('file:///w/sales/orders/data/a.parquet')).toBe('s3://lake/wh/sales/orders/data/a.parquet');
    expect(relocate('/w/sales/orders')).toBe('s3://lake/wh/sales/orders');
    expect(relocate('file:/w/x')).toBe('s3://lake/wh/x');
    expect(relocate('file:///w2/x')).toBe('file:///w2/x');
    expect(relocate('s3://other/x')).toBe('s3://other/x');
  });

  it('rewrites a metadata file, keeping 64-bit ids exact', () => {
    const text =
      '{"location":"file:///w/s/t","current-snapshot-id":9007199254740993,"snapshots":[{"manifest-list":"file:///w/s/t/metadata/snap.avro"}]}';
    expect(relocateMetadata(text, relocate)).toBe(
      '{"location":"s3://lake/wh/s/t","current-snapshot-id":9007199254740993,"snapshots":[{"manifest-list":"s3://lake/wh/s/t/metadata/snap.avro"}]}',
    );
  });

  it('rewrites an Avro file, keeping its header (schema with field ids, codec, format version)', async () => {
    const schema = {
      type: 'record',
      name: 'manifest_file',
      fields: [
        { name: 'manifest_path', type: 'string', 'field-id': 500 },
        { name: 'added_snapshot_id', type: 'long', 'field-id': 503 },
      ],
    };
    const chunks: Buffer[] = [];
    const encoder = new avro.streams.BlockEncoder(
      schema as avro.Schema,
      {
        codec: 'deflate',
        metadata: { 'format-version': Buffer.from('2') },
      } as ConstructorParameters<typeof avro.streams.BlockEncoder>[1],
    );
    encoder.on('data', (chunk: Buffer) => chunks.push(chunk));
    const ended = new Promise((done) => encoder.on('end', done));
    encoder.end({ manifest_path: 'file:///w/s/t/metadata/m0.avro', added_snapshot_id: 1 });
    await ended;

    const moved = await relocateAvro(Buffer.concat(chunks), relocate);
    const records: unknown[] = [];
    const header = await new Promise<{ meta: Record<string, Buffer> }>((done, fail) => {
      let meta: { meta: Record<string, Buffer> } | undefined;
      const decoder = new avro.streams.BlockDecoder();
      decoder
        .on('metadata', (_type: unknown, _codec: string, value: { meta: Record<string, Buffer> }) => (meta = value))
        .on('data', (record: unknown) => records.push(record))
        .on('end', () => done(meta!))
        .on('error', fail);
      decoder.end(moved);
    });
    expect(records).toEqual([
      expect.objectContaining({ manifest_path: 's3://lake/wh/s/t/metadata/m0.avro', added_snapshot_id: 1 }),
    ]);
    expect(header.meta['format-version'].toString()).toBe('2');
    expect(header.meta['avro.codec'].toString()).toBe('deflate');
    expect(JSON.parse(header.meta['avro.schema'].toString())).toEqual(schema);
  });
});
