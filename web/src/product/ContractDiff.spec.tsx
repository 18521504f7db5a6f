import { screen, within } from '@testing-library/react';
import { renderInApp } from '../test/render';
import { ContractDiff } from './ContractDiff';
import { diffContracts, type Contract } from './contract-diff';

type Field = Contract['tables'][number]['fields'][number];

const field = (name: string, overrides: Partial<Field> = {}): Field => ({
  name,
  type: 'string',
  description: name,
  required: false,
  primaryKey: false,
  unique: false,
  pii: false,
  classification: null,
  ...overrides,
});
const contract = (fields: Field[], extraTables: string[] = []): Contract => ({
  tables: [
    { name: 'orders', description: 'Orders', fields },
    ...extraTables.map((name) => ({ name, description: name, fields: [] })),
  ],
  rules: [],
});

describe('contract diff', () => {
  const v1 = contract([field('order_id', { primaryKey: true, required: true }), field('status'), field('note')]);
  const v2 = contract(
    [
      field('order_id', { primaryKey: true, required: true }),
      field('status', { type: 'int' }),
      field('channel'),
      field('email', { required: true, pii: true }),
    ],
    ['order_lines'],
  );

  it('marks removals, type changes and new required fields breaking, additions minor', () => {
    expect(diffContracts(v1, v2)).toEqual([
      { level: 'BREAKING', at: 'orders.email', reason: 'required field added: existing rows have no value for it' },
      { level: 'BREAKING', at: 'orders.note', reason: 'field removed (a rename is a removal)' },
      { level: 'BREAKING', at: 'orders.status', reason: 'type changed from string to int' },
      { level: 'MINOR', at: 'order_lines', reason: "table 'order_lines' added" },
      { level: 'MINOR', at: 'orders.channel', reason: 'optional field added' },
    ]);
  });

  it('finds nothing between equal contracts', () => {
    expect(diffContracts(v1, v1)).toEqual([]);
  });

  it('shows the changes in a table, with how many are breaking', () => {
    renderInApp(<ContractDiff from={{ version: '1.0.0', contract: v1 }} to={{ version: '2.0.0', contract: v2 }} />);
    expect(screen.getByText('1.0.0 → 2.0.0: 5 changes, 3 breaking')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Contract changes from 1.0.0 to 2.0.0' });
    expect(within(table).getAllByText('breaking')).toHaveLength(3);
  });
});
