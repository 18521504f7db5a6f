import type { QualityRule, TableSchema } from '@mesh/descriptor';
import { appendable, makeRows } from './row-factory';

const revenue: TableSchema = {
  name: 'daily_revenue',
  description: 'Revenue',
  fields: [
    { name: 'revenue_date', type: 'date', description: 'Day', required: true, primaryKey: true },
    {
      name: 'channel',
      type: 'string',
      description: 'Channel',
      required: true,
      primaryKey: true,
      examples: ['web', 'store'],
    },
    { name: 'amount', type: 'decimal(18,2)', description: 'Amount', required: true },
    { name: 'where', type: 'struct<country_code: string, city: string>', description: 'Where', required: true },
  ],
};

const customers: TableSchema = {
  name: 'customers',
  description: 'Customers',
  fields: [
    { name: 'customer_id', type: 'uuid', description: 'Id', required: true, primaryKey: true, unique: true },
    {
      name: 'email',
      type: 'string',
      description: 'Email',
      required: true,
      unique: true,
      examples: ['jane@example.com'],
    },
    { name: 'segment', type: 'string', description: 'Segment', required: true },
    { name: 'created_at', type: 'timestamptz', description: 'When', required: true },
  ],
};

const rules: QualityRule[] = [
  {
    id: 'segment-known',
    table: 'customers',
    field: 'segment',
    metric: 'invalidValues',
    arguments: { validValues: ['consumer', 'business'] },
    mustBe: 0,
    severity: 'blocking',
  },
];

describe('demo rows', () => {
  const now = new Date('2026-03-10T12:00:00Z');

  it('keeps a composite key unique through its date, across batches, with the other parts from the examples', () => {
    const first = makeRows(revenue, [], { count: 3, firstSerial: 0, now });
    const second = makeRows(revenue, [], { count: 3, firstSerial: 3, now });
    const keys = [...first, ...second].map((row) => `${String(row.revenue_date)} ${String(row.channel)}`);
    expect(new Set(keys).size).toBe(6);
    expect(first.map((row) => row.revenue_date)).toEqual(['2026-03-10', '2026-03-09', '2026-03-08']);
    expect(new Set(first.map((row) => row.channel))).toEqual(new Set(['web', 'store']));
    expect(first[0].amount).toMatch(/^\d+\.\d\d$/);
    expect(first[0].where).toEqual({ country_code: expect.any(String), city: expect.any(String) });
  });

  it('takes valid values from the rules, and makes unique fields unique keeping their shape', () => {
    const rows = makeRows(customers, rules, { count: 4, firstSerial: 0, now });
    expect(rows.every((row) => ['consumer', 'business'].includes(String(row.segment)))).toBe(true);
    expect(new Set(rows.map((row) => row.email)).size).toBe(4);
    expect(rows.every((row) => /^jane\.[0-9a-f]{8}@example\.com$/.test(String(row.email)))).toBe(true);
    expect(new Set(rows.map((row) => row.customer_id)).size).toBe(4);
  });

  it('lets a fixup keep arithmetic the contract checks', () => {
    const [row] = makeRows(revenue, [], { count: 1, firstSerial: 0, now, fixup: (r) => ({ ...r, amount: '1.00' }) });
    expect(row.amount).toBe('1.00');
  });

  it('overwrites date-keyed aggregates rather than appending to them', () => {
    expect(appendable(revenue)).toBe(false);
    expect(appendable(customers)).toBe(true);
  });
});
