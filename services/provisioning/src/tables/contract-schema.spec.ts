import type { TableSchema } from '@mesh/descriptor';
import { contractSchema, sameSchema, SchemaConflictError } from './contract-schema';

const orders: TableSchema = {
  name: 'orders',
  description: 'Orders',
  fields: [
    { name: 'order_id', type: 'uuid', description: 'Id', required: true, primaryKey: true },
    { name: 'total', type: 'decimal(12,2)', description: 'Total', required: true },
    { name: 'lines', type: 'array<struct<sku: string, quantity: integer>>', description: 'Lines' },
    { name: 'source', type: 'struct<system: string>', description: 'Source' },
  ],
};

describe('contractSchema', () => {
  it('maps contract types to Iceberg types, key fields to identifier fields, ids depth by depth', () => {
    const { schema, lastColumnId } = contractSchema(orders);
    expect(schema).toEqual({
      type: 'struct',
      'identifier-field-ids': [1],
      fields: [
        { id: 1, name: 'order_id', type: 'uuid', required: true, doc: 'Id' },
        { id: 2, name: 'total', type: 'decimal(12,2)', required: true, doc: 'Total' },
        {
          id: 3,
          name: 'lines',
          required: false,
          doc: 'Lines',
          type: {
            type: 'list',
            'element-id': 5,
            'element-required': false,
            element: {
              type: 'struct',
              fields: [
                { id: 6, name: 'sku', type: 'string', required: false },
                { id: 7, name: 'quantity', type: 'int', required: false },
              ],
            },
          },
        },
        {
          id: 4,
          name: 'source',
          required: false,
          doc: 'Source',
          type: { type: 'struct', fields: [{ id: 8, name: 'system', type: 'string', required: false }] },
        },
      ],
    });
    expect(lastColumnId).toBe(8);
  });

  it('keeps the ids of existing columns and gives added ones the next ids', () => {
    const first = contractSchema(orders);
    const next: TableSchema = {
      ...orders,
      fields: [
        { name: 'gift_note', type: 'string', description: 'Note' },
        ...orders.fields,
        { name: 'coupon', type: 'string', description: 'Coupon' },
      ],
    };
    next.fields[4] = { name: 'source', type: 'struct<system: string, reason: string>', description: 'Source' };
    const { schema, lastColumnId } = contractSchema(next, first.schema, first.lastColumnId);
    expect(schema.fields.map((field) => [field.name, field.id])).toEqual([
      ['gift_note', 9],
      ['order_id', 1],
      ['total', 2],
      ['lines', 3],
      ['source', 4],
      ['coupon', 10],
    ]);
    expect(schema.fields[4].type).toEqual({
      type: 'struct',
      fields: [
        { id: 8, name: 'system', type: 'string', required: false },
        { id: 11, name: 'reason', type: 'string', required: false },
      ],
    });
    expect(lastColumnId).toBe(11);
    expect(sameSchema(schema, first.schema)).toBe(false);
    expect(sameSchema(contractSchema(orders, first.schema, 8).schema, first.schema)).toBe(true);
  });

  it('promotes types as Iceberg allows', () => {
    const narrow: TableSchema = {
      name: 't',
      description: 't',
      fields: [
        { name: 'a', type: 'integer', description: 'a' },
        { name: 'b', type: 'float', description: 'b' },
        { name: 'c', type: 'decimal(10,2)', description: 'c' },
      ],
    };
    const wide: TableSchema = {
      ...narrow,
      fields: [
        { name: 'a', type: 'long', description: 'a' },
        { name: 'b', type: 'double', description: 'b' },
        { name: 'c', type: 'decimal(12,2)', description: 'c' },
      ],
    };
    const { schema } = contractSchema(wide, contractSchema(narrow).schema, 3);
    expect(schema.fields.map((field) => [field.id, field.type])).toEqual([
      [1, 'long'],
      [2, 'double'],
      [3, 'decimal(12,2)'],
    ]);
  });

  it.each([
    [
      'a column of another type',
      { name: 'total', type: 'string', description: 'x', required: true },
      /is decimal\(12,2\) in the table; the contract needs string/,
    ],
    [
      'a required flag that differs',
      { name: 'total', type: 'decimal(12,2)', description: 'x' },
      /'orders.total' is required in the table/,
    ],
  ])('refuses %s', (_case, changed, message) => {
    const existing = contractSchema(orders).schema;
    const next = { ...orders, fields: orders.fields.map((field) => (field.name === 'total' ? changed : field)) };
    expect(() => contractSchema(next, existing, 8)).toThrow(SchemaConflictError);
    expect(() => contractSchema(next, existing, 8)).toThrow(message);
  });

  it('refuses a table with columns the contract lacks', () => {
    const existing = contractSchema(orders).schema;
    const fewer = { ...orders, fields: orders.fields.slice(0, 2) };
    expect(() => contractSchema(fewer, existing, 8)).toThrow(
      "the table has columns the contract does not: 'orders.lines', 'orders.source'",
    );
  });
});
