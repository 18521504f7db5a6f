import { candidateAddresses, productOfAddress, productOfUrn, productUrn } from './product-ref';

describe('product references', () => {
  it('keys products by their subject URN, both ways', () => {
    expect(productUrn({ domain: 'sales', name: 'orders' })).toBe('urn:mesh:product:sales:orders');
    expect(productOfUrn('urn:mesh:product:sales:orders')).toEqual({ domain: 'sales', name: 'orders' });
  });

  it('reads the product of an input port address', () => {
    expect(productOfAddress('mesh://sales/orders/v1')).toEqual({ domain: 'sales', name: 'orders' });
    expect(productOfAddress('sales.orders')).toBeUndefined();
  });

  it('tries every dotted suffix of a dataset name, longest first', () => {
    expect(candidateAddresses('spark_catalog.sales.orders')).toEqual(['spark_catalog.sales.orders', 'sales.orders']);
    expect(candidateAddresses('sales.orders.v1.order-status-events')).toEqual([
      'sales.orders.v1.order-status-events',
      'orders.v1.order-status-events',
      'v1.order-status-events',
    ]);
    expect(candidateAddresses('orders')).toEqual([]);
  });
});
