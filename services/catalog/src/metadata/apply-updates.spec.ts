import { CatalogError } from '../http/catalog-error';
import { applyUpdates, withMetadataLog, type UpdateContext } from './apply-updates';
import type { TableUpdate } from './commit-request';
import { emptyMetadata } from './new-table';
import { NO_SNAPSHOT } from './table-metadata';
import { sampleTable, snapshot } from './test-metadata';

const context: UpdateContext = {
  now: 9_000,
  checkLocation: (location, pointer) => {
    if (!location.startsWith('file:///warehouse/')) throw new CatalogError('bad_request', `invalid ${pointer}`);
  },
};
const apply = (updates: TableUpdate[], base = sampleTable()) => applyUpdates(base, updates, context);

describe('applyUpdates', () => {
  it('builds a new table as a create transaction would', () => {
    const table = sampleTable({ 'format-version': '3', owner: 'sales' });
    expect(table).toMatchObject({
      'format-version': 3,
      'next-row-id': 0,
      'current-schema-id': 0,
      'last-column-id': 2,
      'default-spec-id': 0,
      'last-partition-id': 999,
      'default-sort-order-id': 0,
      location: 'file:///warehouse/sales/orders',
      properties: { owner: 'sales' },
      'current-snapshot-id': NO_SNAPSHOT,
    });
  });

  it('adds a schema with the next id, reuses an identical one, and resolves -1 to the last added', () => {
    const fields = [
      { id: 1, name: 'id', type: 'long', required: true },
      { id: 2, name: 'name', type: 'string', required: false },
      { id: 3, name: 'email', type: 'string', required: false },
    ];
    const evolved = apply([
      { action: 'add-schema', schema: { type: 'struct', fields } },
      { action: 'set-current-schema', 'schema-id': -1 },
    ]);
    expect(evolved['current-schema-id']).toBe(1);
    expect(evolved['last-column-id']).toBe(3);
    const again = apply([{ action: 'add-schema', schema: { type: 'struct', fields } }], evolved);
    expect(again.schemas).toHaveLength(2);
    expect(() => apply([{ action: 'set-current-schema', 'schema-id': -1 }])).toThrow(
      'invalid /updates/0: -1 means the last schema added, and this commit added none',
    );
    expect(() =>
      apply([
        {
          action: 'add-schema',
          schema: {
            type: 'struct',
            fields: [
              { id: 1, name: 'a', type: 'long', required: true },
              { id: 1, name: 'b', type: 'long', required: true },
            ],
          },
        },
      ]),
    ).toThrow('invalid /updates/0/schema: field id 1 is used twice');
  });

  it('adds partition specs and sort orders, assigning ids and checking source fields', () => {
    const table = apply([
      { action: 'add-spec', spec: { fields: [{ 'source-id': 1, transform: 'bucket[8]', name: 'id_bucket' }] } },
      { action: 'set-default-spec', 'spec-id': -1 },
      {
        action: 'add-sort-order',
        'sort-order': {
          fields: [{ 'source-id': 2, transform: 'identity', direction: 'asc', 'null-order': 'nulls-last' }],
        },
      },
      { action: 'set-default-sort-order', 'sort-order-id': -1 },
    ]);
    expect(table['default-spec-id']).toBe(1);
    expect(table['partition-specs'][1].fields[0]['field-id']).toBe(1000);
    expect(table['last-partition-id']).toBe(1000);
    expect(table['default-sort-order-id']).toBe(1);
    expect(() =>
      apply([{ action: 'add-spec', spec: { fields: [{ 'source-id': 42, transform: 'identity', name: 'x' }] } }]),
    ).toThrow('invalid /updates/0/spec/fields/0/source-id: no field 42');
  });

  it('adds snapshots, moves main, logs snapshots, and refuses a stale sequence number', () => {
    const first = apply([
      { action: 'add-snapshot', snapshot: snapshot(11n, 1) },
      { action: 'set-snapshot-ref', 'ref-name': 'main', type: 'branch', 'snapshot-id': 11n },
    ]);
    expect(first['current-snapshot-id']).toBe(11n);
    expect(first['last-sequence-number']).toBe(1);
    expect(first['snapshot-log']).toEqual([{ 'snapshot-id': 11n, 'timestamp-ms': 5_001 }]);
    expect(first.refs.main).toEqual({ type: 'branch', 'snapshot-id': 11n });
    expect(() => apply([{ action: 'add-snapshot', snapshot: snapshot(12n, 1, 11n) }], first)).toThrow(
      'Cannot add snapshot 12 with sequence number 1',
    );
    expect(() => apply([{ action: 'add-snapshot', snapshot: snapshot(11n, 2, 11n) }], first)).toThrow(
      'snapshot 11 already exists',
    );
    expect(() =>
      apply([{ action: 'set-snapshot-ref', 'ref-name': 'main', type: 'tag', 'snapshot-id': 11n }], first),
    ).toThrow("invalid /updates/0/type: 'main' must be a branch");
    expect(() =>
      apply([{ action: 'set-snapshot-ref', 'ref-name': 'audit', type: 'tag', 'snapshot-id': 99n }], first),
    ).toThrow("no snapshot 99 for ref 'audit'");
  });

  it('removes snapshots, refs, statistics, specs and schemas', () => {
    const withData = apply([
      { action: 'add-snapshot', snapshot: snapshot(11n, 1) },
      { action: 'set-snapshot-ref', 'ref-name': 'main', type: 'branch', 'snapshot-id': 11n },
      { action: 'set-snapshot-ref', 'ref-name': 'v1', type: 'tag', 'snapshot-id': 11n },
      {
        action: 'set-statistics',
        statistics: {
          'snapshot-id': 11n,
          'statistics-path': 'file:///warehouse/s.puffin',
          'file-size-in-bytes': 10,
          'file-footer-size-in-bytes': 2,
          'blob-metadata': [],
        },
      },
      {
        action: 'set-partition-statistics',
        'partition-statistics': {
          'snapshot-id': 11n,
          'statistics-path': 'file:///warehouse/p',
          'file-size-in-bytes': 1,
        },
      },
    ]);
    expect(withData.statistics).toHaveLength(1);
    const withoutTag = apply([{ action: 'remove-snapshot-ref', 'ref-name': 'v1' }], withData);
    expect(Object.keys(withoutTag.refs)).toEqual(['main']);
    const removed = apply([{ action: 'remove-snapshots', 'snapshot-ids': [11n] }], withData);
    expect(removed).toMatchObject({
      snapshots: [],
      refs: {},
      'current-snapshot-id': NO_SNAPSHOT,
      'snapshot-log': [],
      statistics: [],
      'partition-statistics': [],
    });
    expect(apply([{ action: 'remove-statistics', 'snapshot-id': 11n }], withData).statistics).toEqual([]);
    expect(
      apply([{ action: 'remove-partition-statistics', 'snapshot-id': 11n }], withData)['partition-statistics'],
    ).toEqual([]);
    expect(() => apply([{ action: 'remove-schemas', 'schema-ids': [0] }])).toThrow(
      'cannot remove the current schema 0',
    );
    expect(() => apply([{ action: 'remove-partition-specs', 'spec-ids': [0] }])).toThrow(
      'cannot remove the default partition spec 0',
    );
  });

  it('sets and removes properties, location, encryption keys and the format version', () => {
    const table = apply([
      { action: 'set-properties', updates: { a: '1', b: '2' } },
      { action: 'remove-properties', removals: ['a'] },
      { action: 'set-location', location: 'file:///warehouse/sales/moved/' },
      { action: 'add-encryption-key', 'encryption-key': { 'key-id': 'k1', 'encrypted-key-metadata': 'AAAA' } },
      { action: 'upgrade-format-version', 'format-version': 3 },
    ]);
    expect(table.properties).toEqual({ b: '2' });
    expect(table.location).toBe('file:///warehouse/sales/moved');
    expect(table['encryption-keys']).toEqual([{ 'key-id': 'k1', 'encrypted-key-metadata': 'AAAA' }]);
    expect(table['format-version']).toBe(3);
    expect(apply([{ action: 'remove-encryption-key', 'key-id': 'k1' }], table)['encryption-keys']).toEqual([]);
    expect(() => apply([{ action: 'set-location', location: 'file:///etc' }])).toThrow('invalid /updates/0/location');
    expect(() => apply([{ action: 'upgrade-format-version', 'format-version': 1 }])).toThrow(
      'cannot downgrade format version 2 to 1',
    );
    expect(() => apply([{ action: 'upgrade-format-version', 'format-version': 4 }])).toThrow(
      'format version 4 is not supported',
    );
  });

  it('refuses to reassign a uuid, and sets one on an empty table', () => {
    expect(() => apply([{ action: 'assign-uuid', uuid: '0e6f1c52-9a41-4b9e-8f25-7d8c3b2a1f00' }])).toThrow(
      'cannot reassign the table uuid',
    );
    const uuid = '0e6f1c52-9a41-4b9e-8f25-7d8c3b2a1f00';
    expect(applyUpdates(emptyMetadata(), [{ action: 'assign-uuid', uuid }], context)['table-uuid']).toBe(uuid);
  });

  it('keeps as many previous metadata files as the table property allows', () => {
    let table = sampleTable({ 'write.metadata.previous-versions-max': '2' });
    for (let index = 0; index < 4; index++)
      table = withMetadataLog(table, { location: `file:///m/${index}.json`, updatedAt: index });
    expect(table['metadata-log'].map((entry) => entry['metadata-file'])).toEqual([
      'file:///m/2.json',
      'file:///m/3.json',
    ]);
    expect(withMetadataLog(table, null)).toBe(table);
  });
});
