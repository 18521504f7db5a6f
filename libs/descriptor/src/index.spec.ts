import * as descriptorLib from './index';
import { exampleText } from './test-support/examples';

describe('@mesh/descriptor', () => {
  it('offers the whole workflow from its entry point', () => {
    const parsed = descriptorLib.parseDescriptor(exampleText('logistics-shipments.yaml'));
    if (!parsed.ok) throw new Error('the example is valid');
    const { descriptor } = parsed;

    expect(descriptorLib.productAddress(descriptor.metadata)).toBe('mesh://logistics/shipments/v1');
    expect(descriptorLib.requiredBump(descriptor, descriptor)).toBe('none');
    expect(descriptorLib.fromOdcs(descriptorLib.toOdcs(descriptor))).toMatchObject({ ok: true });
    expect(descriptorLib.fromDps(descriptorLib.toDps(descriptor), descriptor.spec.contract)).toMatchObject({
      ok: true,
    });
    expect(descriptorLib.durationMs(descriptor.spec.contract.sla?.freshness?.maxDelay ?? '')).toBe(1_800_000);
  });

  it('publishes its JSON schema for editors and API documentation', () => {
    expect(descriptorLib.descriptorJsonSchema.$id).toBe('urn:mesh:schema:descriptor:v1');
  });
});
