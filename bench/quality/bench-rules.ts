import { rulesOf } from '../../services/quality/src/rules/check-rule';

/**
 * Ten rules over the `orders` table: five library metrics written in the contract and two implied by its required
 * fields (computed in one scan), plus three SQL rules.
 */
export const RULES = rulesOf({
  schema: [
    {
      name: 'orders',
      description: 'Orders',
      fields: [
        { name: 'order_id', type: 'string', description: 'Id', required: true, primaryKey: true },
        { name: 'customer_id', type: 'string', description: 'Customer', required: true },
        { name: 'status', type: 'string', description: 'Status' },
        { name: 'currency', type: 'string', description: 'Currency' },
        { name: 'total', type: 'double', description: 'Total' },
        { name: 'quantity', type: 'long', description: 'Quantity' },
      ],
    },
  ],
  quality: [
    { id: 'rows', table: 'orders', metric: 'rowCount', mustBeGreaterThan: 0, severity: 'blocking' },
    {
      id: 'order-id-unique',
      table: 'orders',
      field: 'order_id',
      metric: 'duplicateValues',
      mustBe: 0,
      severity: 'blocking',
    },
    {
      id: 'status-known',
      table: 'orders',
      field: 'status',
      metric: 'invalidValues',
      arguments: { validValues: ['placed', 'paid', 'shipped', 'delivered', 'cancelled'] },
      mustBe: 0,
      severity: 'blocking',
    },
    {
      id: 'currency-iso',
      table: 'orders',
      field: 'currency',
      metric: 'invalidValues',
      arguments: { pattern: '[A-Z]{3}' },
      mustBe: 0,
      severity: 'warning',
    },
    { id: 'total-present', table: 'orders', field: 'total', metric: 'nullValues', mustBe: 0, severity: 'blocking' },
    {
      id: 'total-not-negative',
      table: 'orders',
      type: 'sql',
      query: 'SELECT COUNT(*) FROM ${table} WHERE total < 0',
      mustBe: 0,
      severity: 'blocking',
    },
    {
      id: 'quantity-average',
      table: 'orders',
      type: 'sql',
      query: 'SELECT AVG(quantity) FROM ${table}',
      mustBeBetween: [1, 10],
      severity: 'warning',
    },
    {
      id: 'customers-per-status',
      table: 'orders',
      type: 'sql',
      query: 'SELECT MIN(c) FROM (SELECT status, COUNT(DISTINCT customer_id) AS c FROM ${table} GROUP BY status)',
      mustBeGreaterThan: 0,
      severity: 'warning',
    },
  ],
});
