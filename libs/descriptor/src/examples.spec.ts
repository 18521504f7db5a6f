import { parseProductAddress, productAddress } from './model/address';
import type { DataProductDescriptor } from './model/descriptor';
import { exampleDescriptor, exampleFiles } from './test-support/examples';

// The example products are documentation: they must be valid and show what the platform expects.

describe('example products', () => {
  const examples = exampleFiles().map((file) => [file, exampleDescriptor(file)] as const);
  const descriptors = examples.map(([, descriptor]) => descriptor);

  it('are valid descriptors', () => {
    expect(examples.length).toBeGreaterThanOrEqual(4);
  });

  it('span three domains and both kinds of output port', () => {
    expect(new Set(descriptors.map((d) => d.metadata.domain)).size).toBeGreaterThanOrEqual(3);
    const portTypes = new Set(descriptors.flatMap((d) => d.spec.outputPorts.map((port) => port.type)));
    expect(portTypes).toEqual(new Set(['iceberg-table', 'kafka-topic']));
  });

  it('read their inputs from other example products, by their current major version', () => {
    const addresses = new Set(descriptors.map((d) => productAddress(d.metadata)));
    const inputs = descriptors.flatMap((d) => d.spec.inputPorts ?? []);

    expect(inputs.length).toBeGreaterThanOrEqual(3);
    for (const input of inputs) {
      expect(parseProductAddress(input.address)).toBeDefined();
      expect(addresses).toContain(input.address);
    }
  });

  it.each(examples)(
    '%s guards personal data: restricted fields, restricted visibility, manual approval',
    (_file, d) => {
      const piiFields = d.spec.contract.schema.flatMap((table) => table.fields.filter((field) => field.pii));
      for (const field of piiFields) expect(field.classification).toBe('restricted');
      if (piiFields.length > 0) {
        expect(d.metadata.classification).toBe('restricted');
        expect(d.spec.access).toMatchObject({ visibility: 'restricted', approval: 'manual' });
      }
    },
  );

  it('include personal data', () => {
    expect(
      descriptors.some((d) => d.spec.contract.schema.some((table) => table.fields.some((field) => field.pii))),
    ).toBe(true);
  });

  it.each(examples)('%s promises freshness and checks every primary-key field', (_file, d) => {
    const rules = d.spec.contract.quality ?? [];
    const unchecked = keyFields(d).filter(
      ({ table, field }) => !rules.some((rule) => rule.table === table && rule.field === field),
    );

    expect(d.spec.contract.sla?.freshness?.maxDelay).toBeDefined();
    expect(unchecked).toEqual([]);
  });
});

function keyFields(descriptor: DataProductDescriptor): { table: string; field: string }[] {
  return descriptor.spec.contract.schema.flatMap((table) =>
    table.fields.filter((field) => field.primaryKey).map((field) => ({ table: table.name, field: field.name })),
  );
}
