import { productOfUrn, productUrn } from './signals.repository';

describe('lineage URNs', () => {
  it('names a product the way lineage edges do, with or without a version', () => {
    expect(productUrn('sales', 'orders')).toBe('urn:mesh:product:sales:orders');
    expect(productOfUrn('urn:mesh:product:sales:orders')).toEqual({ domain: 'sales', name: 'orders' });
    expect(productOfUrn('urn:mesh:product:sales:orders:1.4.0')).toEqual({ domain: 'sales', name: 'orders' });
  });

  it('tells datasets and other nodes apart from products', () => {
    expect(productOfUrn('urn:mesh:dataset:s3:bucket/path')).toBeNull();
    expect(productOfUrn('urn:mesh:product:sales')).toBeNull();
  });
});
