import { describe, expect, it } from 'vitest';
import { counted } from './counted';

describe('counted', () => {
  it('says one thing in the singular and any other number in the plural', () => {
    expect(counted(1, 'product')).toBe('1 product');
    expect(counted(0, 'product')).toBe('0 products');
    expect(counted(2, 'open alert')).toBe('2 open alerts');
  });
});
