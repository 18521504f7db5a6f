import { contractSchema } from './contract-schema';
import { partitionSpec, samePartitioning } from './partition-spec';

const { schema } = contractSchema({
  name: 'orders',
  description: 'Orders',
  fields: [
    { name: 'order_id', type: 'uuid', description: 'Id', required: true, primaryKey: true },
    { name: 'ordered_at', type: 'timestamptz', description: 'When', required: true },
    { name: 'sku', type: 'string', description: 'Sku' },
  ],
});

describe('partitionSpec', () => {
  it("names partition fields as Iceberg's API does and binds them to the columns' ids", () => {
    const spec = partitionSpec(
      [
        { field: 'ordered_at', transform: 'day' },
        { field: 'order_id', transform: 'bucket[16]' },
        { field: 'sku', transform: 'truncate[4]' },
        { field: 'sku', transform: 'identity' },
      ],
      schema,
    );
    expect(spec.fields).toEqual([
      { 'source-id': 2, name: 'ordered_at_day', transform: 'day' },
      { 'source-id': 1, name: 'order_id_bucket', transform: 'bucket[16]' },
      { 'source-id': 3, name: 'sku_trunc', transform: 'truncate[4]' },
      { 'source-id': 3, name: 'sku', transform: 'identity' },
    ]);
  });

  it('compares specs by columns and transforms only', () => {
    const spec = partitionSpec([{ field: 'ordered_at', transform: 'day' }], schema);
    const stored = { 'spec-id': 0, fields: [{ 'field-id': 1000, 'source-id': 2, name: 'x', transform: 'day' }] };
    expect(samePartitioning(stored, spec)).toBe(true);
    expect(samePartitioning(stored, partitionSpec([], schema))).toBe(false);
    expect(samePartitioning(undefined, partitionSpec([], schema))).toBe(true);
  });
});
