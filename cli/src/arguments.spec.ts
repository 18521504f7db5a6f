import { InvalidArgumentError } from 'commander';
import { enumValue, parseInstant, parsePositiveInt, parseProductName, parseProductRef } from './arguments';

describe('command-line arguments', () => {
  it('reads domain/name and domain/name@version', () => {
    expect(parseProductRef('sales/orders')).toEqual({ domain: 'sales', name: 'orders' });
    expect(parseProductRef('sales/store-visits@2.0.0')).toEqual({
      domain: 'sales',
      name: 'store-visits',
      version: '2.0.0',
    });
  });

  it('refuses malformed products, and a version where none is taken', () => {
    expect(() => parseProductRef('orders')).toThrow(InvalidArgumentError);
    expect(() => parseProductRef('Sales/Orders')).toThrow(
      'expected domain/name or domain/name@version, got "Sales/Orders"',
    );
    expect(() => parseProductName('sales/orders@1.0.0')).toThrow('without a version');
  });

  it('reads instants as dates, date-times or durations from now', () => {
    const now = new Date('2026-01-01T00:00:00.000Z');
    expect(parseInstant('90d', now)).toBe('2026-04-01T00:00:00.000Z');
    expect(parseInstant('12h', now)).toBe('2026-01-01T12:00:00.000Z');
    expect(parseInstant('2026-12-31', now)).toBe('2026-12-31T00:00:00.000Z');
    expect(() => parseInstant('soon', now)).toThrow('expected a date');
  });

  it('reads positive whole numbers only', () => {
    expect(parsePositiveInt('3')).toBe(3);
    expect(() => parsePositiveInt('0')).toThrow(InvalidArgumentError);
    expect(() => parsePositiveInt('2.5')).toThrow(InvalidArgumentError);
  });

  it('spells enum values as GraphQL does', () => {
    expect(enumValue('open')).toBe('OPEN');
    expect(enumValue('product-version')).toBe('PRODUCT_VERSION');
  });
});
