import { parseFieldType, type FieldType } from '../model/field-type';
import { compareTypes } from './type-compatibility';

function type(text: string): FieldType {
  const parsed = parseFieldType(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.type;
}

describe('compareTypes', () => {
  it.each([
    ['integer', 'integer', 'same'],
    ['integer', 'long', 'widened'],
    ['float', 'double', 'widened'],
    ['decimal(10,2)', 'decimal(12,2)', 'widened'],
    ['array<integer>', 'array<long>', 'widened'],
    ['struct<a: string>', 'struct<a: string, b: long>', 'widened'],
    ['struct<a: integer, b: string>', 'struct<b: string, a: long>', 'widened'],
    ['long', 'integer', 'incompatible'],
    ['double', 'float', 'incompatible'],
    ['integer', 'double', 'incompatible'],
    ['decimal(12,2)', 'decimal(10,2)', 'incompatible'],
    ['decimal(10,2)', 'decimal(12,3)', 'incompatible'],
    ['timestamp', 'timestamptz', 'incompatible'],
    ['string', 'uuid', 'incompatible'],
    ['struct<a: string, b: long>', 'struct<a: string>', 'incompatible'],
    ['array<string>', 'string', 'incompatible'],
  ])('%s to %s is %s', (from, to, expected) => {
    expect(compareTypes(type(from), type(to))).toBe(expected);
  });
});
