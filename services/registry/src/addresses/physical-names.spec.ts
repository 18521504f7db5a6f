import type { OutputPort } from '@mesh/descriptor';
import { icebergTable, kafkaTopic, portLocation } from './physical-names';

const port = (name: string, type: OutputPort['type'], table?: string): OutputPort => ({
  name,
  type,
  description: 'a port',
  ...(table === undefined ? {} : { table }),
});

describe('physical names of output ports', () => {
  const orders = { domain: 'sales', product: 'orders' };

  it('keeps the served table name in the domain namespace for major 1', () => {
    expect(icebergTable({ ...orders, major: 1 }, port('orders', 'iceberg-table'))).toEqual({
      namespace: 'sales',
      table: 'orders',
    });
    expect(icebergTable({ ...orders, major: 1 }, port('lines', 'iceberg-table', 'order_lines'))).toEqual({
      namespace: 'sales',
      table: 'order_lines',
    });
  });

  it('gives every other major a table of its own', () => {
    expect(icebergTable({ ...orders, major: 2 }, port('orders', 'iceberg-table')).table).toBe('orders_v2');
    expect(icebergTable({ ...orders, major: 12 }, port('x', 'iceberg-table', 'order_lines')).table).toBe(
      'order_lines_v12',
    );
    expect(icebergTable({ ...orders, major: 0 }, port('orders', 'iceberg-table')).table).toBe('orders_v0');
  });

  it('names topics <domain>.<product>.v<major>.<port>', () => {
    expect(kafkaTopic({ ...orders, major: 1 }, port('order-status-events', 'kafka-topic', 'status'))).toBe(
      'sales.orders.v1.order-status-events',
    );
  });

  it('gives each port the address events carry', () => {
    expect(portLocation({ ...orders, major: 3 }, port('orders', 'iceberg-table'))).toEqual({
      name: 'orders',
      type: 'iceberg-table',
      address: 'sales.orders_v3',
    });
    expect(portLocation({ ...orders, major: 3 }, port('changes', 'kafka-topic', 'orders'))).toEqual({
      name: 'changes',
      type: 'kafka-topic',
      address: 'sales.orders.v3.changes',
    });
  });
});
