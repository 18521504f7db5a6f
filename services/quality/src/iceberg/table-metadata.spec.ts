import { localPath } from './file-location';
import { parseIcebergJson } from './iceberg-json';
import { parseTableMetadata, snapshotOf } from './table-metadata';

const METADATA = `{
  "format-version" : 2, "location" : "file:///wh/sales/orders",
  "current-snapshot-id" : 32596147568999679,
  "properties" : { "note" : "x: 12345678901234567890, y" },
  "snapshots" : [
    { "snapshot-id" : 5176675078024371291, "timestamp-ms" : 1764300000000, "manifest-list" : "file:///wh/a.avro" },
    { "snapshot-id" : 32596147568999679, "parent-snapshot-id" : 5176675078024371291, "timestamp-ms" : 1764300001000,
      "manifest-list" : "file:///wh/b.avro" }
  ]
}`;

describe('Iceberg table metadata', () => {
  it('keeps 64-bit snapshot ids exact, and leaves strings alone', () => {
    const parsed = parseIcebergJson(METADATA) as { 'current-snapshot-id': string; properties: { note: string } };
    expect(parsed['current-snapshot-id']).toBe('32596147568999679');
    expect(parsed.properties.note).toBe('x: 12345678901234567890, y');
  });

  it('finds the snapshot an event names, or the current one', () => {
    const metadata = parseTableMetadata(METADATA);
    expect(snapshotOf(metadata, null)?.['manifest-list']).toBe('file:///wh/b.avro');
    expect(snapshotOf(metadata, '5176675078024371291')?.['manifest-list']).toBe('file:///wh/a.avro');
    expect(() => snapshotOf(metadata, '42')).toThrow('the table metadata has no snapshot 42');
  });

  it('has no snapshot for a table without data', () => {
    const metadata = parseTableMetadata('{"format-version": 2, "location": "/wh/t", "current-snapshot-id": -1}');
    expect(snapshotOf(metadata, null)).toBeNull();
  });

  it('names what is wrong with a document that is not table metadata', () => {
    expect(() => parseTableMetadata('{"format-version": 2}')).toThrow('not Iceberg table metadata: location');
  });

  it('reads local warehouse locations only', () => {
    expect(localPath('file:///wh/sales/orders/data/a.parquet')).toBe('/wh/sales/orders/data/a.parquet');
    expect(localPath('file:/wh/a%20b.parquet')).toBe('/wh/a b.parquet');
    expect(localPath('/wh/a.parquet')).toBe('/wh/a.parquet');
    expect(() => localPath('s3://bucket/a.parquet')).toThrow('only local warehouse files (file:) are supported');
  });
});
