import { candidateAddresses, productNode, productOfAddress } from './product-ref';

describe('product references', () => {
  it('names a product node by its URN, domain and name, and refuses a URN that names no product', () => {
    const urn = 'urn:mesh:product:sales:orders';
    expect(productNode(urn)).toEqual({ urn, domain: 'sales', name: 'orders' });
    expect(() => productNode('urn:mesh:dataset:legacy:orders_raw')).toThrow('names no product');
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
