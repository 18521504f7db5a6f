import { applyUpdates } from '../metadata/apply-updates';
import type { StructField, TableMetadata } from '../metadata/table-metadata';
import { sampleTable } from '../metadata/test-metadata';
import type { TableBinding } from './bindings.repository';
import { checkContract, checkNewTable } from './contract-guard';
import { newTableMetadata } from '../metadata/new-table';

const binding: TableBinding = {
  namespace: 'sales',
  table: 'orders',
  domain: 'sales',
  product: 'orders',
  version: '1.4.0',
  port: 'orders',
  contract: {
    name: 'orders',
    description: '',
    fields: [
      { name: 'id', type: 'long', description: '', required: true },
      { name: 'name', type: 'string', description: '' },
    ],
  },
};

const base = sampleTable();
const evolve = (fields: StructField[]): TableMetadata =>
  applyUpdates(
    base,
    [
      { action: 'add-schema', schema: { type: 'struct', fields } },
      { action: 'set-current-schema', 'schema-id': -1 },
    ],
    { now: 1, checkLocation: () => undefined },
  );
const id = { id: 1, name: 'id', type: 'long', required: true };
const name = { id: 2, name: 'name', type: 'string', required: false };

describe('checkContract', () => {
  it('lets compatible changes through: new columns, promotions, a table with no product or contract', () => {
    expect(() =>
      checkContract(binding, base, evolve([id, name, { id: 3, name: 'extra', type: 'int', required: false }])),
    ).not.toThrow();
    expect(() => checkContract(binding, base, evolve([id, { ...name, required: true }]))).not.toThrow();
    expect(() => checkContract(null, base, evolve([name]))).not.toThrow();
    expect(() => checkContract({ ...binding, contract: null }, base, evolve([name]))).not.toThrow();
    expect(() => checkContract(binding, base, base)).not.toThrow();
  });

  it('names a dropped, renamed, retyped or loosened contracted field, and the contract version', () => {
    expect(() => checkContract(binding, base, evolve([name]))).toThrow(
      "schema change breaks the contract of sales/orders version 1.4.0 (port orders): field 'id' is dropped",
    );
    expect(() => checkContract(binding, base, evolve([{ ...id, name: 'order_id' }, name]))).toThrow(
      "field 'id' is renamed to 'order_id'",
    );
    expect(() => checkContract(binding, base, evolve([{ ...id, type: 'string' }, name]))).toThrow(
      "field 'id' changes type from long to string",
    );
    expect(() => checkContract(binding, base, evolve([{ ...id, required: false }, name]))).toThrow(
      "required field 'id' is made optional",
    );
    expect(() => checkContract(binding, base, evolve([name]))).toThrow(expect.objectContaining({ status: 400 }));
  });
});

describe('checkNewTable', () => {
  const table = (fields: StructField[]): TableMetadata =>
    newTableMetadata({ name: 'orders', schema: { type: 'struct', fields } }, 'file:///warehouse/sales/orders', 'uuid', {
      now: 1,
      checkLocation: () => undefined,
    });
  const typed: TableBinding = {
    ...binding,
    contract: {
      name: 'orders',
      description: '',
      fields: [
        { name: 'id', type: 'long', description: '', required: true },
        { name: 'quantity', type: 'integer', description: '' },
        { name: 'amount', type: 'decimal(12,2)', description: '' },
        { name: 'lines', type: 'array<struct<sku: string, units: integer>>', description: '' },
      ],
    },
  };
  const columns: StructField[] = [
    { id: 1, name: 'id', type: 'long', required: true },
    { id: 2, name: 'quantity', type: 'int', required: false },
    { id: 3, name: 'amount', type: 'decimal(12, 2)', required: false },
    {
      id: 4,
      name: 'lines',
      required: false,
      type: {
        type: 'list',
        'element-id': 5,
        'element-required': false,
        element: {
          type: 'struct',
          fields: [
            { id: 6, name: 'sku', type: 'string', required: false },
            { id: 7, name: 'units', type: 'int', required: false },
          ],
        },
      },
    },
  ];

  it('lets a table through that holds the contract, with columns of its own, or that no product names', () => {
    expect(() => checkNewTable(typed, table(columns))).not.toThrow();
    // Whether required fields hold values is for the quality checks to say, snapshot by snapshot.
    expect(() => checkNewTable(typed, table([{ ...columns[0], required: false }, ...columns.slice(1)]))).not.toThrow();
    // Nulls in required fields are the quality checks' business.
    expect(() => checkNewTable(typed, table([{ ...columns[0], required: false }, ...columns.slice(1)]))).not.toThrow();
    expect(() =>
      checkNewTable(typed, table([...columns, { id: 8, name: 'note', type: 'string', required: false }])),
    ).not.toThrow();
    expect(() => checkNewTable(null, table([name]))).not.toThrow();
    expect(() => checkNewTable({ ...typed, contract: null }, table([name]))).not.toThrow();
  });

  it('names each contracted field that is missing or of another type', () => {
    const refused = () =>
      checkNewTable(typed, table([{ ...columns[0], type: 'string' }, { ...columns[1], type: 'long' }, columns[3]]));
    expect(refused).toThrow(
      'new table breaks the contract of sales/orders version 1.4.0 (port orders): ' +
        "field 'id' is string, the contract says long; field 'quantity' is long, the contract says integer; " +
        "contracted field 'amount' is missing",
    );
    expect(refused).toThrow(expect.objectContaining({ status: 400 }));
  });

  it('checks the create transaction a client commits after a staged create', () => {
    expect(() => checkContract(typed, null, table([columns[0]]))).toThrow("contracted field 'quantity' is missing");
  });
});
