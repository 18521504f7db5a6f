import { z } from 'zod';
import { listParameter, oneOf, productKey } from './parameters';
import { pointersOf } from './test-pointers';

const colours = z.object({ colour: listParameter(oneOf(['red', 'green', 'blue']), 2).optional() }).strict();

describe('listParameter', () => {
  it('takes a value given once, repeated or comma-separated, each once', () => {
    expect(colours.parse({ colour: 'red' })).toEqual({ colour: ['red'] });
    expect(colours.parse({ colour: ['red', 'green'] })).toEqual({ colour: ['red', 'green'] });
    expect(colours.parse({ colour: 'green, red' })).toEqual({ colour: ['green', 'red'] });
    expect(colours.parse({ colour: ['red', 'red,red'] })).toEqual({ colour: ['red'] });
  });

  it('names the parameter itself for a bad value, in either form', () => {
    expect(pointersOf(colours, { colour: 'red,pink' })).toEqual(['/colour']);
    expect(pointersOf(colours, { colour: ['red', 'pink'] })).toEqual(['/colour']);
    expect(pointersOf(colours, { colour: '' })).toEqual(['/colour']);
    expect(() => colours.parse({ colour: 'pink' })).toThrow("'pink' is not one of red, green, blue");
  });

  it('refuses more values than it takes', () => {
    expect(pointersOf(colours, { colour: 'red,green,blue' })).toEqual(['/colour']);
    expect(() => colours.parse({ colour: 'red,green,blue' })).toThrow('takes at most 2 values, got 3');
  });
});

describe('productKey', () => {
  it('splits domain/name', () => {
    expect(productKey.parse('sales/orders')).toEqual({ domain: 'sales', name: 'orders' });
  });

  it.each(['sales', 'sales/orders/v1', 'Sales/orders', '/orders', 'sales/'])('refuses %j', (key) => {
    expect(productKey.safeParse(key).success).toBe(false);
  });
});
