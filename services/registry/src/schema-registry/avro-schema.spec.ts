import { Type } from 'avsc';
import { createHash } from 'node:crypto';
import { InvalidAvroSchemaError, parseAvroSchema } from './avro-schema';

const order = {
  type: 'record',
  name: 'Order',
  namespace: 'shop',
  doc: 'An order.',
  fields: [
    { name: 'id', type: { type: 'string', logicalType: 'uuid' } },
    { name: 'note', type: ['null', 'string'], default: null },
  ],
};

describe('parseAvroSchema', () => {
  it('gives texts that differ only in layout or key order the same canonical form and fingerprint', () => {
    const compact = parseAvroSchema(JSON.stringify(order));
    const reordered = parseAvroSchema(
      JSON.stringify(
        {
          fields: [
            { type: { logicalType: 'uuid', type: 'string' }, name: 'id' },
            { default: null, name: 'note', type: ['null', 'string'] },
          ],
          doc: 'An order.',
          namespace: 'shop',
          name: 'Order',
          type: 'record',
        },
        null,
        2,
      ),
    );
    expect(reordered.canonical).toBe(compact.canonical);
    expect(reordered.fingerprint).toBe(compact.fingerprint);
    expect(compact.fingerprint).toBe(createHash('sha256').update(compact.canonical).digest('hex'));
  });

  it('keeps field order, logical types, docs and defaults, which avsc’s own stringification drops', () => {
    const { canonical } = parseAvroSchema(JSON.stringify(order));
    expect(JSON.parse(canonical)).toEqual(order);
    expect(canonical).toBe(JSON.stringify(JSON.parse(canonical)));
  });

  it('tells apart schemas that resolve differently', () => {
    const withoutDefault = { ...order, fields: [order.fields[0], { name: 'note', type: ['null', 'string'] }] };
    expect(parseAvroSchema(JSON.stringify(withoutDefault)).fingerprint).not.toBe(
      parseAvroSchema(JSON.stringify(order)).fingerprint,
    );
  });

  it('parses the same named type any number of times', () => {
    expect(() => {
      parseAvroSchema(JSON.stringify(order));
      parseAvroSchema(JSON.stringify(order));
    }).not.toThrow();
  });

  it('accepts primitive schemas', () => {
    expect(parseAvroSchema('"string"').canonical).toBe('"string"');
  });

  it('reports text that is not JSON', () => {
    expect(() => parseAvroSchema('{"type":')).toThrow(InvalidAvroSchemaError);
    expect(() => parseAvroSchema('{"type":')).toThrow(/^not JSON: /);
  });

  it("reports what avsc's parser says about invalid Avro", () => {
    const invalid = { type: 'record', name: 'Order', fields: [{ name: 'id', type: 'strin' }] };
    let parserMessage = '';
    try {
      Type.forSchema(invalid as Parameters<typeof Type.forSchema>[0]);
    } catch (error) {
      parserMessage = (error as Error).message;
    }
    expect(parserMessage).not.toBe('');
    expect(() => parseAvroSchema(JSON.stringify(invalid))).toThrow(parserMessage);
  });

  it('rejects nameless records, which Avro forbids and Java clients refuse', () => {
    expect(() => parseAvroSchema('{"type":"record","fields":[]}')).toThrow(/missing name/);
  });
});
