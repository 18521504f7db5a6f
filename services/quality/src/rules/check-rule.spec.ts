import type { DataContract } from '@mesh/descriptor';
import { rulesOf } from './check-rule';

const contract: DataContract = {
  schema: [
    {
      name: 'orders',
      description: 'Orders',
      fields: [
        { name: 'order_id', type: 'uuid', description: 'Id', required: true, primaryKey: true },
        { name: 'status', type: 'string', description: 'Status', required: true },
        { name: 'note', type: 'string', description: 'Note' },
      ],
    },
  ],
  quality: [
    {
      id: 'status-present',
      table: 'orders',
      field: 'status',
      metric: 'nullValues',
      mustBeLessThan: 3,
      severity: 'warning',
      dimension: 'completeness',
    },
    { id: 'positive', table: 'orders', type: 'sql', query: 'SELECT 0', mustBe: 0, severity: 'blocking' },
  ],
};

describe('rulesOf', () => {
  it('runs the listed rules, and makes every required field without a null rule a blocking nullValues rule', () => {
    expect(rulesOf(contract)).toEqual([
      {
        id: 'status-present',
        table: 'orders',
        field: 'status',
        severity: 'warning',
        dimension: 'completeness',
        threshold: { operator: 'mustBeLessThan', value: 3 },
        measure: { kind: 'metric', metric: 'nullValues', arguments: {} },
        implicit: false,
      },
      {
        id: 'positive',
        table: 'orders',
        field: null,
        severity: 'blocking',
        dimension: null,
        threshold: { operator: 'mustBe', value: 0 },
        measure: { kind: 'sql', query: 'SELECT 0' },
        implicit: false,
      },
      {
        id: 'orders.order_id.required',
        table: 'orders',
        field: 'order_id',
        severity: 'blocking',
        dimension: 'completeness',
        threshold: { operator: 'mustBe', value: 0 },
        measure: { kind: 'metric', metric: 'nullValues', arguments: {} },
        implicit: true,
      },
    ]);
  });
});
