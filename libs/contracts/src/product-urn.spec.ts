import { productOfUrn, productUrn } from './product-urn';

describe('product URNs', () => {
  it('name a product, and give it back with or without a version', () => {
    expect(productUrn({ domain: 'sales', name: 'orders' })).toBe('urn:mesh:product:sales:orders');
    expect(productOfUrn('urn:mesh:product:sales:orders')).toEqual({ domain: 'sales', name: 'orders' });
    expect(productOfUrn('urn:mesh:product:sales:orders:1.4.0')).toEqual({ domain: 'sales', name: 'orders' });
  });

  it('are null for anything that is not a product', () => {
    for (const urn of ['urn:mesh:dataset:legacy:orders_raw', 'urn:mesh:product:sales', 'urn:mesh:product::x', 'x']) {
      expect(productOfUrn(urn)).toBeNull();
    }
  });
});
