import { Type } from 'avsc';
import { avroValueSchema } from './avro-schema';

describe('avroValueSchema', () => {
  const schema = avroValueSchema(
    { domain: 'sales', name: 'order-events' },
    {
      name: 'order_status_events',
      description: 'A change of status',
      fields: [
        { name: 'event_id', type: 'uuid', description: 'Id', required: true },
        { name: 'amount', type: 'decimal(10,2)', description: 'Amount', required: true },
        { name: 'occurred_at', type: 'timestamptz', description: 'When', required: true },
        { name: 'tags', type: 'array<string>', description: 'Tags' },
        { name: 'source', type: 'struct<system: string, reason: string>', description: 'Source' },
      ],
    },
  );

  it('is a valid Avro record in the namespace of its product, optional fields nullable with a null default', () => {
    const type = Type.forSchema(schema as never, { logicalTypes: {} });
    expect(type.name).toBe('mesh.products.sales.order_events.order_status_events');
    expect(schema.fields).toEqual([
      { name: 'event_id', type: { type: 'string', logicalType: 'uuid' }, doc: 'Id' },
      { name: 'amount', type: { type: 'bytes', logicalType: 'decimal', precision: 10, scale: 2 }, doc: 'Amount' },
      { name: 'occurred_at', type: { type: 'long', logicalType: 'timestamp-micros' }, doc: 'When' },
      { name: 'tags', type: ['null', { type: 'array', items: ['null', 'string'] }], default: null, doc: 'Tags' },
      {
        name: 'source',
        type: [
          'null',
          {
            type: 'record',
            name: 'order_status_events_source',
            fields: [
              { name: 'system', type: ['null', 'string'], default: null },
              { name: 'reason', type: ['null', 'string'], default: null },
            ],
          },
        ],
        default: null,
        doc: 'Source',
      },
    ]);
  });
});
