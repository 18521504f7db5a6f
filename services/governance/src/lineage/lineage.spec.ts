import { lineageOf } from './lineage.repository';

describe('lineage facts', () => {
  it('groups product-to-product edges by product in both directions and ignores dataset nodes', () => {
    const facts = lineageOf([
      { upstream: 'urn:mesh:product:sales:orders', downstream: 'urn:mesh:product:finance:revenue' },
      { upstream: 'urn:mesh:product:sales:orders', downstream: 'urn:mesh:product:logistics:shipments' },
      { upstream: 'urn:mesh:dataset:shop:raw_orders', downstream: 'urn:mesh:product:sales:orders' },
    ]);
    expect(facts.get('sales/orders')).toEqual({
      downstream: ['finance/revenue', 'logistics/shipments'],
      upstream: [],
    });
    expect(facts.get('finance/revenue')).toEqual({ downstream: [], upstream: ['sales/orders'] });
  });
});
