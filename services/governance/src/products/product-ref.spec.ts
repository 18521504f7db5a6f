import { productKey, productOfUrn, productUrn } from './product-ref';

describe('product references', () => {
  it('turns product URNs into products and back; other URNs name no product', () => {
    const orders = { domain: 'sales', name: 'orders' };
    expect(productOfUrn(productUrn(orders))).toEqual(orders);
    expect(productKey(orders)).toBe('sales/orders');
    expect(productOfUrn('urn:mesh:dataset:warehouse:raw_orders')).toBeNull();
    expect(productOfUrn('urn:mesh:product:sales')).toBeNull();
  });
});
