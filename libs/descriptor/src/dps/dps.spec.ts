import { exampleDescriptor, exampleFiles } from '../test-support/examples';
import { dpsSchemaErrors } from '../test-support/specs';
import type { DpsDocument } from './dps-types';
import { fromDps } from './from-dps';
import { toDps } from './to-dps';

function dpsOf(file: string): DpsDocument {
  return structuredClone(toDps(exampleDescriptor(file)));
}

describe('toDps', () => {
  it.each(exampleFiles())('exports %s as a document valid against the DPS 0.0.1 JSON schema', (file) => {
    expect(dpsSchemaErrors(toDps(exampleDescriptor(file)))).toEqual([]);
  });

  it.each(exampleFiles())('round-trips %s through DPS, with its contract', (file) => {
    const descriptor = exampleDescriptor(file);
    const document = JSON.parse(JSON.stringify(toDps(descriptor)));

    expect(fromDps(document, descriptor.spec.contract)).toEqual({ ok: true, descriptor, warnings: [] });
  });

  it('maps ports and names the contract they implement', () => {
    const document = toDps(exampleDescriptor('logistics-shipments.yaml'));

    expect(document).toMatchObject({
      dataProductSpecification: '0.0.1',
      id: 'logistics.shipments',
      info: { title: 'Shipments', owner: 'fulfilment', domain: 'logistics' },
      inputPorts: [
        {
          id: 'sales-orders',
          sourceSystemId: 'sales.orders',
          type: 'mesh-data-product',
          location: 'mesh://sales/orders/v1',
        },
      ],
      links: { mesh: 'mesh://logistics/shipments/v1' },
      custom: { version: '1.0.3', classification: 'internal', visibility: 'internal' },
    });
    expect(document.outputPorts).toEqual([
      expect.objectContaining({
        id: 'shipments',
        type: 'iceberg',
        containsPii: false,
        autoApprove: true,
        dataContractId: 'urn:mesh:contract:logistics:shipments',
        custom: { partitionSpec: 'month(shipped_at), identity(carrier)' },
      }),
      expect.objectContaining({
        id: 'shipment-tracking',
        type: 'kafka',
        custom: { table: 'tracking_events', partitions: '6', retentionMs: '1209600000' },
      }),
    ]);
  });

  it('flags ports serving personal data and not approved automatically', () => {
    const [table] = toDps(exampleDescriptor('sales-customers.yaml')).outputPorts;

    expect(table).toMatchObject({ containsPii: true, autoApprove: false });
  });
});

describe('fromDps problems', () => {
  it('points into the DPS document', () => {
    const document = dpsOf('sales-orders.yaml');
    delete document.custom.version;
    document.outputPorts[0].type = 'snowflake' as 'iceberg';
    document.outputPorts[0].custom = { partitionSpec: 'ordered_at by day' };
    document.outputPorts[2].custom = { ...document.outputPorts[2].custom, partitions: 'twelve' };

    const imported = fromDps(document, exampleDescriptor('sales-orders.yaml').spec.contract);

    expect(imported.ok ? [] : imported.problems).toEqual([
      { pointer: '/outputPorts/0/type', message: 'must be one of iceberg, kafka' },
      {
        pointer: '/outputPorts/0/custom/partitionSpec',
        message: 'must list transform(field) entries, such as day(ordered_at), bucket[16](order_id)',
      },
      { pointer: '/outputPorts/2/custom/partitions', message: "must be a whole number, got 'twelve'" },
      { pointer: '/custom/version', message: "required field 'version' is missing" },
    ]);
  });

  it('warns about what the descriptor does not carry', () => {
    const document = {
      ...dpsOf('sales-orders.yaml'),
      info: { ...dpsOf('sales-orders.yaml').info, archetype: 'source-aligned' },
    };

    const imported = fromDps(document, exampleDescriptor('sales-orders.yaml').spec.contract);

    expect(imported.warnings).toEqual([{ pointer: '/info/archetype', message: 'not carried into the descriptor' }]);
  });

  it('approves automatically only when every port does', () => {
    const document = dpsOf('sales-orders.yaml');
    document.outputPorts[1].autoApprove = false;

    const imported = fromDps(document, exampleDescriptor('sales-orders.yaml').spec.contract);

    expect(imported.ok && imported.descriptor.spec.access.approval).toBe('manual');
  });
});
