import { newTableMetadata } from './new-table';
import type { TableMetadata } from './table-metadata';

/** A fresh v2 table with columns id (1, required long) and name (2, optional string), for unit tests. */
export function sampleTable(properties: Record<string, string> = {}): TableMetadata {
  return newTableMetadata(
    {
      name: 'orders',
      schema: {
        type: 'struct',
        fields: [
          { id: 1, name: 'id', type: 'long', required: true },
          { id: 2, name: 'name', type: 'string', required: false },
        ],
      },
      properties,
    },
    'file:///warehouse/sales/orders',
    '4f2c9f0e-3b1d-4c55-9a4e-2f1d7c8e9b10',
    { now: 1_000, checkLocation: () => undefined },
  );
}

export function snapshot(id: bigint, sequence: number, parent?: bigint) {
  return {
    'snapshot-id': id,
    ...(parent === undefined ? {} : { 'parent-snapshot-id': parent }),
    'sequence-number': sequence,
    'timestamp-ms': 5_000 + sequence,
    'manifest-list': `file:///warehouse/sales/orders/metadata/snap-${id}.avro`,
    summary: { operation: 'append' as const, 'added-records': '10', 'total-records': String(10 * sequence) },
  };
}
