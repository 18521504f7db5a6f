import type { DataProductDescriptor, FieldSchema, QualityRule } from '../model/descriptor';
import { editableExample } from '../test-support/examples';
import type { ChangeLevel } from './change';
import { compareContracts } from './compare-descriptors';

// Each case changes the sales/orders example (see examples/products/sales-orders.yaml for the
// indexes) and names the changes expected, by level and pointer.

type Edit = (descriptor: DataProductDescriptor) => void;
type Case = [name: string, edit: Edit, expected: [ChangeLevel, string][], editPrevious?: Edit];

const field = (d: DataProductDescriptor, table: number, index: number): FieldSchema =>
  d.spec.contract.schema[table].fields[index];
const rules = (d: DataProductDescriptor): QualityRule[] => d.spec.contract.quality ?? [];
const kafka = (d: DataProductDescriptor) => d.spec.outputPorts[2].kafka ?? {};
const newField = (name: string, required?: boolean): FieldSchema => ({
  name,
  type: 'string',
  description: 'New.',
  required,
});

const patches: Case[] = [
  ['a new title', (d) => (d.metadata.title = 'Orders'), [['patch', '/metadata/title']]],
  ['a new owner', (d) => (d.metadata.owner = 'order-platform'), [['patch', '/metadata/owner']]],
  ['an extra tag', (d) => d.metadata.tags?.push('commerce'), [['patch', '/metadata/tags']]],
  ['tags in another order', (d) => d.metadata.tags?.reverse(), []],
  [
    'a table description',
    (d) => (d.spec.contract.schema[0].description = 'Orders.'),
    [['patch', '/spec/contract/schema/0/description']],
  ],
  [
    'a field description',
    (d) => (field(d, 0, 1).description = 'Who ordered.'),
    [['patch', '/spec/contract/schema/0/fields/1/description']],
  ],
  [
    'field examples',
    (d) => (field(d, 0, 2).examples = ['app']),
    [['patch', '/spec/contract/schema/0/fields/2/examples']],
  ],
  ['a type spelled differently', (d) => (field(d, 0, 5).type = 'decimal(12, 2)'), []],
  ['an explicit classification equal to the inherited one', (d) => (field(d, 0, 1).classification = 'internal'), []],
  [
    'new partitioning',
    (d) => (d.spec.outputPorts[0].iceberg = { partitionSpec: [{ field: 'ordered_at', transform: 'month' }] }),
    [['patch', '/spec/outputPorts/0/iceberg']],
  ],
  [
    'a new input',
    (d) => (d.spec.inputPorts = [{ name: 'carts', address: 'mesh://web/carts/v1' }]),
    [['patch', '/spec/inputPorts/0']],
  ],
  ['a warning rule removed', (d) => rules(d).splice(6, 1), [['patch', '/spec/contract/quality/6']]],
  [
    'a warning rule loosened',
    (d) => (rules(d)[6].mustBeGreaterThan = -1),
    [['patch', '/spec/contract/quality/6/mustBeGreaterThan']],
  ],
  [
    'a rule description',
    (d) => (rules(d)[0].description = 'Once.'),
    [['patch', '/spec/contract/quality/0/description']],
  ],
  [
    'a delay spelled differently',
    (d) => setFreshness(d, 'PT1H', 'orders'),
    [['patch', '/spec/contract/sla/freshness/maxDelay']],
  ],
];

const minors: Case[] = [
  [
    'an optional field',
    (d) => d.spec.contract.schema[0].fields.push(newField('coupon_code')),
    [['minor', '/spec/contract/schema/0/fields/8']],
  ],
  [
    'a table',
    (d) => d.spec.contract.schema.push({ ...d.spec.contract.schema[0], name: 'refunds' }),
    [['minor', '/spec/contract/schema/3']],
  ],
  [
    'an output port',
    (d) =>
      d.spec.outputPorts.push({ name: 'orders-daily', type: 'iceberg-table', table: 'orders', description: 'Daily.' }),
    [['minor', '/spec/outputPorts/3']],
  ],
  [
    'a quality rule',
    (d) => rules(d).push({ ...rules(d)[0], id: 'orders-row-count' }),
    [['minor', '/spec/contract/quality/8']],
  ],
  [
    'integer widened to long',
    (d) => (field(d, 1, 3).type = 'long'),
    [['minor', '/spec/contract/schema/1/fields/3/type']],
  ],
  [
    'a decimal with more digits',
    (d) => (field(d, 0, 5).type = 'decimal(14,2)'),
    [['minor', '/spec/contract/schema/0/fields/5/type']],
  ],
  [
    'a struct with one more field',
    (d) => (field(d, 2, 4).type = 'struct<system: string, reason: string, actor: string>'),
    [['minor', '/spec/contract/schema/2/fields/4/type']],
  ],
  [
    'uniqueness guaranteed',
    (d) => (field(d, 0, 1).unique = true),
    [['minor', '/spec/contract/schema/0/fields/1/unique']],
  ],
  [
    'a warning rule made blocking',
    (d) => (rules(d)[6].severity = 'blocking'),
    [['minor', '/spec/contract/quality/6/severity']],
  ],
  [
    'a blocking rule tightened',
    (d) => (rules(d)[0].mustBe = 0),
    [['minor', '/spec/contract/quality/0/mustBe']],
    (d) => {
      delete rules(d)[0].mustBe;
      rules(d)[0].mustBeLessOrEqualTo = 5;
    },
  ],
  ['fresher data', (d) => setFreshness(d, '30m', 'orders'), [['minor', '/spec/contract/sla/freshness/maxDelay']]],
  ['freshness on every port', (d) => setFreshness(d, '1h'), [['minor', '/spec/contract/sla/freshness/port']]],
  ['higher availability', (d) => setAvailability(d, '99.95%'), [['minor', '/spec/contract/sla/availability']]],
  [
    'a lower product classification',
    (d) => (d.metadata.classification = 'public'),
    [['minor', '/metadata/classification']],
  ],
  ['a wider visibility', (d) => (d.spec.access.visibility = 'public'), [['minor', '/spec/access/visibility']]],
  [
    'automatic approval',
    (d) => (d.spec.access.approval = 'auto'),
    [['minor', '/spec/access/approval']],
    (d) => (d.spec.access.approval = 'manual'),
  ],
  ['more partitions', (d) => (kafka(d).partitions = 24), [['minor', '/spec/outputPorts/2/kafka/partitions']]],
  ['a longer retention', (d) => (kafka(d).retentionMs = -1), [['minor', '/spec/outputPorts/2/kafka/retentionMs']]],
];

const breaking: Case[] = [
  ['a product renamed', (d) => (d.metadata.name = 'sales-orders'), [['breaking', '/metadata/name']]],
  ['a table removed', (d) => d.spec.contract.schema.splice(1, 1), [['breaking', '/spec/contract/schema/1']]],
  [
    'a field removed',
    (d) => d.spec.contract.schema[0].fields.splice(2, 1),
    [['breaking', '/spec/contract/schema/0/fields/2']],
  ],
  [
    'a field renamed',
    (d) => (field(d, 0, 2).name = 'sales_channel'),
    [
      ['breaking', '/spec/contract/schema/0/fields/2'],
      ['breaking', '/spec/contract/schema/0/fields/2'],
    ],
  ],
  [
    'a required field added',
    (d) => d.spec.contract.schema[0].fields.push(newField('store_id', true)),
    [['breaking', '/spec/contract/schema/0/fields/8']],
  ],
  [
    'long narrowed to integer',
    (d) => (field(d, 1, 3).type = 'integer'),
    [['breaking', '/spec/contract/schema/1/fields/3/type']],
    (d) => (field(d, 1, 3).type = 'long'),
  ],
  [
    'integer changed to string',
    (d) => (field(d, 1, 1).type = 'string'),
    [['breaking', '/spec/contract/schema/1/fields/1/type']],
  ],
  [
    'a decimal with another scale',
    (d) => (field(d, 0, 5).type = 'decimal(12,3)'),
    [['breaking', '/spec/contract/schema/0/fields/5/type']],
  ],
  [
    'a struct with one field less',
    (d) => (field(d, 2, 4).type = 'struct<system: string>'),
    [['breaking', '/spec/contract/schema/2/fields/4/type']],
  ],
  [
    'an optional field made required',
    (d) => (field(d, 1, 5).required = true),
    [['breaking', '/spec/contract/schema/1/fields/5/required']],
  ],
  [
    'a required field made optional',
    (d) => (field(d, 0, 1).required = false),
    [['breaking', '/spec/contract/schema/0/fields/1/required']],
  ],
  ['a primary key changed', (d) => delete field(d, 1, 1).primaryKey, [['breaking', '/spec/contract/schema/1/fields']]],
  [
    'uniqueness dropped',
    (d) => delete field(d, 0, 0).unique,
    [['breaking', '/spec/contract/schema/0/fields/0/unique']],
  ],
  [
    'a field now personal data',
    (d) => (field(d, 0, 1).pii = true),
    [['breaking', '/spec/contract/schema/0/fields/1/pii']],
  ],
  [
    'a field classified higher',
    (d) => delete field(d, 0, 2).classification,
    [['breaking', '/spec/contract/schema/0/fields/2/classification']],
    (d) => (field(d, 0, 2).classification = 'public'),
  ],
  [
    'a higher product classification',
    (d) => (d.metadata.classification = 'confidential'),
    [['breaking', '/metadata/classification']],
  ],
  ['a blocking rule removed', (d) => rules(d).splice(0, 1), [['breaking', '/spec/contract/quality/0']]],
  [
    'a blocking rule loosened',
    (d) => {
      delete rules(d)[0].mustBe;
      rules(d)[0].mustBeLessThan = 5;
    },
    [['breaking', '/spec/contract/quality/0/mustBeLessThan']],
  ],
  [
    'a blocking rule made a warning',
    (d) => (rules(d)[0].severity = 'warning'),
    [['breaking', '/spec/contract/quality/0/severity']],
  ],
  [
    'a blocking rule measuring something else',
    (d) => Object.assign(rules(d)[0], { metric: 'nullValues' }),
    [['breaking', '/spec/contract/quality/0']],
  ],
  [
    'a blocking SQL rule with a new query',
    (d) => Object.assign(rules(d)[2], { query: 'SELECT 0' }),
    [['breaking', '/spec/contract/quality/2']],
  ],
  ['staler data', (d) => setFreshness(d, '2h', 'orders'), [['breaking', '/spec/contract/sla/freshness/maxDelay']]],
  [
    'freshness no longer promised',
    (d) => delete d.spec.contract.sla?.freshness,
    [['breaking', '/spec/contract/sla/freshness']],
  ],
  [
    'freshness promised on one port only',
    (d) => setFreshness(d, '1h', 'orders'),
    [['breaking', '/spec/contract/sla/freshness/port']],
    (d) => setFreshness(d, '1h'),
  ],
  ['lower availability', (d) => setAvailability(d, '99%'), [['breaking', '/spec/contract/sla/availability']]],
  [
    'availability no longer promised',
    (d) => delete d.spec.contract.sla?.availability,
    [['breaking', '/spec/contract/sla/availability']],
  ],
  ['an output port removed', (d) => d.spec.outputPorts.splice(2, 1), [['breaking', '/spec/outputPorts/2']]],
  [
    'an output port of another type',
    (d) => {
      d.spec.outputPorts[2].type = 'iceberg-table';
      delete d.spec.outputPorts[2].kafka;
    },
    [['breaking', '/spec/outputPorts/2/type']],
  ],
  [
    'an output port serving another table',
    (d) => (d.spec.outputPorts[2].table = 'orders'),
    [['breaking', '/spec/outputPorts/2/table']],
  ],
  ['fewer partitions', (d) => (kafka(d).partitions = 6), [['breaking', '/spec/outputPorts/2/kafka/partitions']]],
  [
    'a shorter retention',
    (d) => (kafka(d).retentionMs = 86_400_000),
    [['breaking', '/spec/outputPorts/2/kafka/retentionMs']],
  ],
  [
    'compaction instead of deletion',
    (d) => (kafka(d).cleanupPolicy = 'compact'),
    [['breaking', '/spec/outputPorts/2/kafka/cleanupPolicy']],
  ],
  [
    'a narrower visibility',
    (d) => (d.spec.access.visibility = 'restricted'),
    [['breaking', '/spec/access/visibility']],
  ],
  ['manual approval', (d) => (d.spec.access.approval = 'manual'), [['breaking', '/spec/access/approval']]],
  ['data dropped on retirement', (d) => delete d.spec.access.retention, [['breaking', '/spec/access/retention']]],
];

describe('compareContracts', () => {
  it('finds nothing between a version and itself', () => {
    expect(compareContracts(editableExample(), editableExample())).toEqual([]);
  });

  it('finds nothing when only the order of keys differs, as in a copy read back from a jsonb column', () => {
    const reordered = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reordered)
        : typeof value === 'object' && value !== null
          ? Object.fromEntries(
              Object.entries(value)
                .reverse()
                .map(([key, item]) => [key, reordered(item)]),
            )
          : value;
    const previous = reordered(editableExample()) as DataProductDescriptor;

    expect(compareContracts(previous, editableExample())).toEqual([]);
  });

  describe.each([
    ['patch', patches],
    ['minor', minors],
    ['breaking', breaking],
  ])('%s changes', (_level, cases) => {
    // Rows as objects: jest would take a fourth parameter missing from a row for its `done` callback.
    const rows = cases.map(([name, edit, expected, editPrevious]) => ({ name, edit, expected, editPrevious }));
    it.each(rows)('$name', ({ edit, expected, editPrevious }) => {
      const previous = editableExample();
      editPrevious?.(previous);
      const next = structuredClone(previous);
      edit(next);

      const changes = compareContracts(previous, next).map(({ level, pointer }) => [level, pointer]);

      expect(changes).toEqual(expected);
    });
  });

  it('says what changed and why it breaks consumers', () => {
    const next = editableExample();
    field(next, 0, 2).name = 'sales_channel';

    expect(compareContracts(editableExample(), next).map((change) => change.reason)).toEqual([
      "field 'orders.channel' removed (a rename is a removal): consumers reading it fail",
      "required field 'orders.sales_channel' added: existing rows have no value for it",
    ]);
  });
});

function setFreshness(d: DataProductDescriptor, maxDelay: string, port?: string): void {
  d.spec.contract.sla = { ...d.spec.contract.sla, freshness: port ? { maxDelay, port } : { maxDelay } };
}

function setAvailability(d: DataProductDescriptor, availability: string): void {
  d.spec.contract.sla = { ...d.spec.contract.sla, availability };
}
