import { formatFieldType, parseFieldType } from './field-type';

describe('parseFieldType', () => {
  it.each([
    ['string', 'string'],
    ['timestamptz', 'timestamptz'],
    ['decimal( 12 , 2 )', 'decimal(12,2)'],
    ['array<long>', 'array<long>'],
    [
      'struct<city:string,geo: struct<lat: double, lon: double>>',
      'struct<city: string, geo: struct<lat: double, lon: double>>',
    ],
    ['array<struct<sku: string, quantity: integer>>', 'array<struct<sku: string, quantity: integer>>'],
  ])('reads %s, spelled canonically %s', (text, canonical) => {
    const parsed = parseFieldType(text);

    expect(parsed.ok && formatFieldType(parsed.type)).toBe(canonical);
  });

  it.each([
    [
      'int',
      "unknown type 'int'; expected one of string, integer, long, float, double, boolean, date, timestamp, timestamptz, uuid, binary, decimal(p,s), array<type> or struct<name: type, ...>",
    ],
    ['decimal(0,0)', 'decimal precision must be 1 to 38, got 0'],
    ['decimal(5,6)', 'decimal scale must be 0 to the precision (5), got 6'],
    ['decimal(5)', "expected ',' at position 10, found ')'"],
    ['array<string', "expected '>' at position 13, found the end"],
    ['array<string> x', "unexpected 'x' after the type"],
    ['struct<City: string>', "struct field name 'City' must be snake_case"],
    ['struct<a: string, a: long>', "struct field 'a' appears twice"],
    ['struct<>', "expected a name at position 8, found '>'"],
  ])('rejects %s: %s', (text, message) => {
    expect(parseFieldType(text)).toEqual({ ok: false, message });
  });
});
