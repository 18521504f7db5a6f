import type { DataProductDescriptor, FieldSchema } from '../model/descriptor';
import { editableExample } from '../test-support/examples';
import { checkVersionBump, requiredBump, type VersionBump } from './version-bump';

describe('requiredBump', () => {
  const edits: [VersionBump, (next: DataProductDescriptor) => void][] = [
    ['none', () => undefined],
    ['patch', (next) => (next.metadata.title = 'Orders')],
    [
      'minor',
      (next) => {
        next.metadata.title = 'Orders';
        next.spec.contract.schema[0].fields.push(optionalField());
      },
    ],
    [
      'major',
      (next) => {
        next.spec.contract.schema[0].fields.push(optionalField());
        next.spec.contract.schema[0].fields.splice(1, 1);
      },
    ],
  ];

  it.each(edits)('is %s when the largest change needs it', (bump, edit) => {
    const next = editableExample();
    edit(next);

    expect(requiredBump(editableExample(), next)).toBe(bump);
  });
});

describe('checkVersionBump', () => {
  it('accepts a bump that covers every change', () => {
    const next = editableExample();
    next.spec.contract.schema[0].fields.splice(2, 1);
    next.metadata.version = '2.0.0';

    expect(checkVersionBump(editableExample(), next)).toEqual([]);
  });

  it('names each breaking change when the bump is too small', () => {
    const next = editableExample();
    next.spec.contract.schema[0].fields.splice(2, 1);
    next.spec.outputPorts.splice(2, 1);
    next.spec.contract.schema[0].fields.push(optionalField());
    next.metadata.version = '1.5.0';

    expect(checkVersionBump(editableExample(), next)).toEqual([
      {
        pointer: '/spec/outputPorts/2',
        message:
          "output port 'order-status-events' removed: consumers reading it fail. This breaking change needs a major version bump, but 1.4.0 → 1.5.0 is a minor bump",
      },
      {
        pointer: '/spec/contract/schema/0/fields/2',
        message:
          "field 'orders.channel' removed (a rename is a removal): consumers reading it fail. This breaking change needs a major version bump, but 1.4.0 → 1.5.0 is a minor bump",
      },
    ]);
  });

  it('names minor changes when only the patch moved', () => {
    const next = editableExample();
    next.spec.contract.schema[0].fields.push(optionalField());
    next.metadata.version = '1.4.1';

    expect(checkVersionBump(editableExample(), next)).toEqual([
      {
        pointer: '/spec/contract/schema/0/fields/8',
        message: expect.stringContaining('needs a minor version bump, but 1.4.0 → 1.4.1 is a patch bump'),
      },
    ]);
  });

  it('requires the version to increase', () => {
    const next = editableExample();
    next.metadata.title = 'Orders';

    expect(checkVersionBump(editableExample(), next)).toEqual([
      { pointer: '/metadata/version', message: 'must be greater than the previous version 1.4.0' },
      {
        pointer: '/metadata/title',
        message: 'title changed. This patch change needs a patch version bump, but 1.4.0 → 1.4.0 is no bump',
      },
    ]);
  });

  it('counts a pre-release as the bump it leads to', () => {
    const next = editableExample();
    next.spec.contract.schema[0].fields.splice(2, 1);
    next.metadata.version = '2.0.0-rc.1';

    expect(checkVersionBump(editableExample(), next)).toEqual([]);
  });

  it('gives 0.x versions no leniency: the major is in the address', () => {
    const previous = editableExample();
    previous.metadata.version = '0.3.0';
    const next = structuredClone(previous);
    next.spec.contract.schema[0].fields.splice(2, 1);
    next.metadata.version = '0.4.0';

    expect(checkVersionBump(previous, next)).toHaveLength(1);
  });
});

function optionalField(): FieldSchema {
  return { name: 'coupon_code', type: 'string', description: 'Coupon used, if any.' };
}
