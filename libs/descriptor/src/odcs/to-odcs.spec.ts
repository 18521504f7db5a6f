import { exampleDescriptor, exampleFiles, editableExample } from '../test-support/examples';
import { odcsSchemaErrors } from '../test-support/specs';
import { fromOdcs } from './from-odcs';
import { toOdcs } from './to-odcs';

describe('toOdcs', () => {
  it.each(exampleFiles())('exports %s as a document valid against the ODCS v3.1.0 JSON schema', (file) => {
    expect(odcsSchemaErrors(toOdcs(exampleDescriptor(file)))).toEqual([]);
  });

  it.each(exampleFiles())('round-trips the contract of %s through ODCS', (file) => {
    const descriptor = exampleDescriptor(file);
    // Through JSON, as a document travels between tools.
    const imported = fromOdcs(JSON.parse(JSON.stringify(toOdcs(descriptor))));

    expect(imported).toEqual({ ok: true, contract: descriptor.spec.contract, warnings: [] });
  });

  it('describes the product at the top level', () => {
    const document = toOdcs(exampleDescriptor('sales-customers.yaml'), { status: 'active' });

    expect(document).toMatchObject({
      apiVersion: 'v3.1.0',
      kind: 'DataContract',
      id: 'urn:mesh:contract:sales:customers',
      name: 'customers',
      version: '2.1.0',
      status: 'active',
      domain: 'sales',
      dataProduct: 'customers',
      description: { purpose: expect.stringMatching(/^Every customer/) },
      team: { name: 'customer-relations' },
      slaProperties: [
        { id: 'freshness', property: 'latency', value: 24, unit: 'h' },
        { id: 'availability', property: 'availability', value: 99.5, unit: 'percent' },
      ],
    });
  });

  it('maps field types to logical types, keeping the descriptor type as physical type', () => {
    const document = toOdcs(exampleDescriptor('logistics-shipments.yaml'));
    const [shipments, events] = document.schema;

    expect(shipments.properties[0]).toMatchObject({
      name: 'shipment_id',
      logicalType: 'string',
      logicalTypeOptions: { format: 'uuid' },
      physicalType: 'uuid',
      primaryKey: true,
      primaryKeyPosition: 1,
    });
    expect(shipments.properties[6]).toEqual(
      expect.objectContaining({
        logicalType: 'object',
        physicalType: 'struct<country_code: string, postal_code: string, city: string>',
        properties: [
          { name: 'country_code', logicalType: 'string', physicalType: 'string' },
          { name: 'postal_code', logicalType: 'string', physicalType: 'string' },
          { name: 'city', logicalType: 'string', physicalType: 'string' },
        ],
      }),
    );
    expect(shipments.properties[7]).toMatchObject({ logicalType: 'timestamp', logicalTypeOptions: { timezone: true } });
    // Only a Kafka port serves the tracking events: in ODCS they are a topic.
    expect([shipments.physicalType, events.physicalType]).toEqual(['table', 'topic']);
  });

  it('nests quality rules in the object or property they check', () => {
    const [orders] = toOdcs(exampleDescriptor('sales-orders.yaml')).schema;

    expect(orders.quality).toBeUndefined();
    expect(orders.properties[0].quality).toEqual([
      {
        id: 'orders-order-id-unique',
        type: 'library',
        metric: 'duplicateValues',
        mustBe: 0,
        severity: 'error',
        dimension: 'uniqueness',
        description: 'An order appears once.',
      },
    ]);
  });

  it('carries personal data flags and the freshness port as custom properties', () => {
    const customers = toOdcs(exampleDescriptor('sales-customers.yaml'));
    const orders = toOdcs(exampleDescriptor('sales-orders.yaml'));

    expect(customers.schema[0].properties[1].customProperties).toEqual([{ property: 'pii', value: true }]);
    expect(orders.customProperties).toEqual([{ property: 'freshnessPort', value: 'orders' }]);
  });

  it('exports an ISO 8601 delay in its largest exact unit', () => {
    const descriptor = editableExample();
    descriptor.spec.contract.sla = { freshness: { maxDelay: 'PT90M' } };

    expect(toOdcs(descriptor).slaProperties).toEqual([
      { id: 'freshness', property: 'latency', value: 90, unit: 'min' },
    ]);
  });
});
