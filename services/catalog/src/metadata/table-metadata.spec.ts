import { metadataDocument, NO_SNAPSHOT, readTableMetadata } from './table-metadata';
import { sampleTable } from './test-metadata';

describe('table metadata documents', () => {
  it('reads a v1 document, lifting its single schema and partition spec', () => {
    const metadata = readTableMetadata({
      'format-version': 1,
      'table-uuid': 'u',
      location: 'file:///w/t',
      'last-updated-ms': 1,
      'last-column-id': 1,
      schema: { type: 'struct', fields: [{ id: 1, name: 'id', type: 'long', required: true }] },
      'partition-spec': [{ 'source-id': 1, transform: 'identity', name: 'id' }],
      'writer-specific': { kept: true },
    });
    expect(metadata.schemas).toHaveLength(1);
    expect(metadata['partition-specs']).toEqual([
      { 'spec-id': 0, fields: [{ 'source-id': 1, transform: 'identity', name: 'id', 'field-id': 1000 }] },
    ]);
    expect(metadata['current-snapshot-id']).toBe(NO_SNAPSHOT);
    expect((metadata as unknown as Record<string, unknown>)['writer-specific']).toEqual({ kept: true });
    const document = metadataDocument(metadata);
    expect(document.schema).toEqual(metadata.schemas[0]);
    expect(document['partition-spec']).toEqual(metadata['partition-specs'][0].fields);
  });

  it('writes v2 documents as they are', () => {
    const table = sampleTable();
    expect(metadataDocument(table)).toEqual(table);
    expect(readTableMetadata(JSON.parse(JSON.stringify({ ...table, 'current-snapshot-id': -1 })))).toEqual(table);
  });
});
