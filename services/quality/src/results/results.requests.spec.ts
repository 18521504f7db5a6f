import { pointersOf } from '../requests/test-pointers';
import { MAX_SCORED_PRODUCTS, scoresQuery } from './results.requests';

const products = (count: number) => Array.from({ length: count }, (_, index) => `sales/p${index}`);

describe('scoresQuery', () => {
  it('takes products repeated or comma-separated, in the order given, each once', () => {
    expect(scoresQuery.parse({ product: ['sales/orders,finance/revenue', 'sales/orders'] })).toEqual({
      product: [
        { domain: 'sales', name: 'orders' },
        { domain: 'finance', name: 'revenue' },
      ],
    });
  });

  it(`takes ${MAX_SCORED_PRODUCTS} products and no more`, () => {
    expect(scoresQuery.parse({ product: products(MAX_SCORED_PRODUCTS) }).product).toHaveLength(MAX_SCORED_PRODUCTS);
    expect(pointersOf(scoresQuery, { product: products(MAX_SCORED_PRODUCTS + 1) })).toEqual(['/product']);
    expect(pointersOf(scoresQuery, { product: products(MAX_SCORED_PRODUCTS + 1).join(',') })).toEqual(['/product']);
  });

  it('names /product for a malformed or missing product', () => {
    expect(pointersOf(scoresQuery, { product: 'sales/orders,orders' })).toEqual(['/product']);
    expect(pointersOf(scoresQuery, { product: ['sales/orders', 'sales/Orders'] })).toEqual(['/product']);
    expect(pointersOf(scoresQuery, {})).toEqual(['/product']);
  });
});
