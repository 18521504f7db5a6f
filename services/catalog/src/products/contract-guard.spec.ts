import { applyUpdates } from '../metadata/apply-updates';
import type { StructField, TableMetadata } from '../metadata/table-metadata';
import { sampleTable } from '../metadata/test-metadata';
import type { TableBinding } from './bindings.repository';
import { checkContract } from './contract-guard';

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
