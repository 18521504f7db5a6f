import { stringify } from 'yaml';
import type { DataProductDescriptor } from '../model/descriptor';
import type { ProblemDetail } from '../model/problem';
import { editableExample, exampleText } from '../test-support/examples';
import { parseDescriptor } from './parse-descriptor';
import { validateContract, validateDescriptor } from './validate';

function problemsOf(value: unknown): ProblemDetail[] {
  const result = validateDescriptor(value);
  return result.ok ? [] : result.problems;
}

describe('parseDescriptor', () => {
  it('reads YAML and returns the descriptor', () => {
    const result = parseDescriptor(exampleText('sales-orders.yaml'));

    expect(result.ok && result.descriptor.metadata.name).toBe('orders');
  });

  it('reads strict JSON when asked to', () => {
    const json = JSON.stringify(editableExample());

    expect(parseDescriptor(json, 'json').ok).toBe(true);
  });

  it('reports malformed YAML as one problem at the root with the line and column', () => {
    const result = parseDescriptor('apiVersion: mesh/v1\nmetadata:\n  tags: [a,\n  name: x: y\n');

    expect(result).toEqual({
      ok: false,
      problems: [{ pointer: '', message: expect.stringMatching(/^invalid YAML at line 4, column \d+: /) }],
    });
  });

  it('reports duplicate YAML keys as malformed', () => {
    const result = parseDescriptor('kind: DataProduct\nkind: DataProduct\n');

    expect(result).toEqual({
      ok: false,
      problems: [{ pointer: '', message: 'invalid YAML at line 2, column 1: Map keys must be unique' }],
    });
  });

  it('reports malformed JSON as one problem at the root', () => {
    const result = parseDescriptor('{"apiVersion": }', 'json');

    expect(result).toEqual({
      ok: false,
      problems: [{ pointer: '', message: expect.stringMatching(/^invalid JSON: /) }],
    });
  });

  it('reports an empty document as not being an object', () => {
    expect(parseDescriptor('')).toEqual({
      ok: false,
      problems: [{ pointer: '', message: 'must be an object, got null' }],
    });
  });
});

describe('schema validation', () => {
  it('reports every schema problem at once, each at the offending field', () => {
    const descriptor = editableExample();
    const { metadata } = descriptor;
    const { outputPorts, contract } = descriptor.spec;
    // Object.assign lets the test write values of the wrong type, as a careless author would.
    delete (metadata as Partial<typeof metadata>).title;
    Object.assign(metadata, { name: 'Orders', classification: 'secret' });
    Object.assign(contract.schema[0].fields[3], { type: 'int', colour: 'blue' });
    Object.assign(contract.schema[0].fields[1], { required: 'yes' });
    Object.assign(outputPorts[0], { type: 'parquet-file' });
    Object.assign(contract.quality?.[0] ?? {}, { mustBeLessThan: 3 });

    expect(problemsOf(descriptor)).toEqual(
      expect.arrayContaining([
        { pointer: '/metadata/title', message: "required field 'title' is missing" },
        { pointer: '/metadata/name', message: expect.stringMatching(/^must be kebab-case: .*; got 'Orders'$/) },
        {
          pointer: '/metadata/classification',
          message: "must be one of 'public', 'internal', 'confidential', 'restricted'; got 'secret'",
        },
        {
          pointer: '/spec/contract/schema/0/fields/3/type',
          message: expect.stringMatching(/^must be a field type: string, integer, .*; got 'int'$/),
        },
        {
          pointer: '/spec/contract/schema/0/fields/3/colour',
          message: expect.stringMatching(/^unknown field 'colour'; allowed fields: name, type, description, /),
        },
        { pointer: '/spec/contract/schema/0/fields/1/required', message: "must be a boolean, got 'yes'" },
        {
          pointer: '/spec/outputPorts/0/type',
          message: "must be one of 'iceberg-table', 'kafka-topic'; got 'parquet-file'",
        },
        {
          pointer: '/spec/contract/quality/0',
          message: expect.stringMatching(/^must have exactly one of mustBe, .*; found mustBe and mustBeLessThan$/),
        },
      ]),
    );
    expect(problemsOf(descriptor)).toHaveLength(8);
  });

  it('names unknown fields of SQL quality rules, which extend the common rule fields', () => {
    const descriptor = editableExample();
    Object.assign(descriptor.spec.contract.quality?.[2] ?? {}, { metric: 'rowCount' });

    expect(problemsOf(descriptor)).toEqual([
      {
        pointer: '/spec/contract/quality/2/metric',
        message: expect.stringMatching(/^unknown field 'metric'; allowed fields: id, table, .* type, query$/),
      },
    ]);
  });

  it('requires a comparison on every quality rule', () => {
    const descriptor = editableExample();
    delete descriptor.spec.contract.quality?.[0].mustBe;

    expect(problemsOf(descriptor)).toEqual([
      { pointer: '/spec/contract/quality/0', message: expect.stringContaining('found none') },
    ]);
  });

  it('rejects malformed input port addresses', () => {
    const descriptor = editableExample('logistics-shipments.yaml');
    descriptor.spec.inputPorts = [{ name: 'orders', address: 'mesh://sales/orders' }];

    expect(problemsOf(descriptor)).toEqual([
      {
        pointer: '/spec/inputPorts/0/address',
        message: expect.stringMatching(/^must be a product address mesh:\/\/<domain>/),
      },
    ]);
  });
});

describe('semantic validation', () => {
  type Case = [string, (descriptor: DataProductDescriptor) => void, ProblemDetail];
  const schema = (descriptor: DataProductDescriptor) => descriptor.spec.contract.schema;
  const quality = (descriptor: DataProductDescriptor) => descriptor.spec.contract.quality ?? [];

  const cases: Case[] = [
    [
      'an invalid semantic version',
      (d) => (d.metadata.version = 'v1.4.0'),
      {
        pointer: '/metadata/version',
        message: "must be a semantic version MAJOR.MINOR.PATCH such as 1.4.0; got 'v1.4.0'",
      },
    ],
    [
      'two ports with one name',
      (d) => (d.spec.inputPorts = [{ name: 'orders', address: 'mesh://sales/customers/v2' }]),
      { pointer: '/spec/outputPorts/0/name', message: "port 'orders' is already defined at /spec/inputPorts/0/name" },
    ],
    [
      'a product reading itself',
      (d) => (d.spec.inputPorts = [{ name: 'self', address: 'mesh://sales/orders/v0' }]),
      { pointer: '/spec/inputPorts/0/address', message: 'a product cannot be an input of itself' },
    ],
    [
      'the same input twice',
      (d) =>
        (d.spec.inputPorts = [
          { name: 'one', address: 'mesh://sales/customers/v2' },
          { name: 'two', address: 'mesh://sales/customers/v2' },
        ]),
      {
        pointer: '/spec/inputPorts/1/address',
        message: 'input from mesh://sales/customers/v2 is already defined at /spec/inputPorts/0/address',
      },
    ],
    [
      'a port serving a table the contract lacks',
      (d) => d.spec.outputPorts.push({ name: 'refunds', type: 'iceberg-table', description: 'Refunds.' }),
      {
        pointer: '/spec/outputPorts/3/name',
        message: "the contract has no table 'refunds'; set table to the contract table this port serves",
      },
    ],
    [
      'kafka settings on an iceberg port',
      (d) => (d.spec.outputPorts[0].kafka = { partitions: 3 }),
      { pointer: '/spec/outputPorts/0/kafka', message: 'only applies to kafka-topic ports' },
    ],
    [
      'partitioning by a missing field',
      (d) => (d.spec.outputPorts[0].iceberg = { partitionSpec: [{ field: 'placed_at', transform: 'day' }] }),
      {
        pointer: '/spec/outputPorts/0/iceberg/partitionSpec/0/field',
        message: "table 'orders' has no field 'placed_at'",
      },
    ],
    [
      'a transform that does not fit the field type',
      (d) => (d.spec.outputPorts[0].iceberg = { partitionSpec: [{ field: 'total_amount', transform: 'hour' }] }),
      {
        pointer: '/spec/outputPorts/0/iceberg/partitionSpec/0/transform',
        message:
          "hour cannot partition field 'total_amount' of type decimal(12,2); it applies to timestamp, timestamptz",
      },
    ],
    [
      'a table no port serves',
      (d) => schema(d).push({ ...schema(d)[0], name: 'refunds' }),
      { pointer: '/spec/contract/schema/3/name', message: "no output port serves table 'refunds'" },
    ],
    [
      'a field more sensitive than the product',
      (d) => (schema(d)[0].fields[1].classification = 'restricted'),
      {
        pointer: '/spec/contract/schema/0/fields/1/classification',
        message: "'restricted' is above the product's classification 'internal'; raise metadata.classification",
      },
    ],
    [
      'freshness on a port that does not exist',
      (d) => (d.spec.contract.sla = { freshness: { maxDelay: '1h', port: 'orders-table' } }),
      { pointer: '/spec/contract/sla/freshness/port', message: "there is no output port 'orders-table'" },
    ],
    [
      'a zero freshness delay',
      (d) => (d.spec.contract.sla = { freshness: { maxDelay: 'PT0S' } }),
      { pointer: '/spec/contract/sla/freshness/maxDelay', message: 'must be longer than zero' },
    ],
    [
      'two tables with one name',
      (d) => schema(d).push(schema(d)[0]),
      {
        pointer: '/spec/contract/schema/3/name',
        message: "table 'orders' is already defined at /spec/contract/schema/0/name",
      },
    ],
    [
      'two fields with one name',
      (d) => (schema(d)[0].fields[2].name = 'customer_id'),
      {
        pointer: '/spec/contract/schema/0/fields/2/name',
        message: "field 'customer_id' is already defined at /spec/contract/schema/0/fields/1/name",
      },
    ],
    [
      'a nested type that does not parse',
      (d) => (schema(d)[2].fields[4].type = 'struct<system: strin, reason: string>'),
      {
        pointer: '/spec/contract/schema/2/fields/4/type',
        message: expect.stringMatching(/^unknown type 'strin'; expected one of/),
      },
    ],
    [
      'a decimal beyond 38 digits',
      (d) => (schema(d)[0].fields[5].type = 'decimal(40,2)'),
      { pointer: '/spec/contract/schema/0/fields/5/type', message: 'decimal precision must be 1 to 38, got 40' },
    ],
    [
      'a table without primary key',
      (d) => schema(d)[2].fields.forEach((field) => delete field.primaryKey),
      {
        pointer: '/spec/contract/schema/2/fields',
        message: "table 'order_status_events' has no primary key; mark its key fields with primaryKey: true",
      },
    ],
    [
      'an optional primary-key field',
      (d) => (schema(d)[0].fields[0].required = false),
      { pointer: '/spec/contract/schema/0/fields/0/required', message: 'a primary-key field must be required: true' },
    ],
    [
      'a floating-point primary key',
      (d) => (schema(d)[0].fields[0].type = 'double'),
      {
        pointer: '/spec/contract/schema/0/fields/0/type',
        message: 'a primary-key field cannot be of type double; use a non-floating-point primitive type',
      },
    ],
    [
      'two quality rules with one id',
      (d) => (quality(d)[1].id = 'orders-order-id-unique'),
      {
        pointer: '/spec/contract/quality/1/id',
        message: "quality rule 'orders-order-id-unique' is already defined at /spec/contract/quality/0/id",
      },
    ],
    [
      'a rule on a missing table',
      (d) => (quality(d)[0].table = 'order'),
      { pointer: '/spec/contract/quality/0/table', message: "the contract has no table 'order'" },
    ],
    [
      'a rule on a missing field',
      (d) => (quality(d)[0].field = 'order_ref'),
      { pointer: '/spec/contract/quality/0/field', message: "table 'orders' has no field 'order_ref'" },
    ],
    [
      'a row count on a field',
      (d) => Object.assign(quality(d)[0], { metric: 'rowCount' }),
      { pointer: '/spec/contract/quality/0/field', message: 'rowCount counts the rows of a table; remove field' },
    ],
    [
      'a null count without field',
      (d) => delete quality(d)[4].field,
      { pointer: '/spec/contract/quality/4/field', message: 'metric nullValues needs the field it measures' },
    ],
    [
      'a duplicate count without field',
      (d) => delete quality(d)[0].field,
      { pointer: '/spec/contract/quality/0/field', message: 'metric duplicateValues needs the field it measures' },
    ],
    [
      'invalid values without a definition of valid',
      (d) => delete (quality(d)[1] as { arguments?: object }).arguments,
      {
        pointer: '/spec/contract/quality/1/arguments',
        message: 'metric invalidValues needs arguments.validValues or arguments.pattern to know what is valid',
      },
    ],
    [
      'an argument of another metric',
      (d) => Object.assign(quality(d)[0], { arguments: { missingValues: [''] } }),
      { pointer: '/spec/contract/quality/0/arguments/missingValues', message: 'only applies to metric missingValues' },
    ],
    [
      'bounds in the wrong order',
      (d) => {
        delete quality(d)[0].mustBe;
        quality(d)[0].mustBeBetween = [5, 1];
      },
      {
        pointer: '/spec/contract/quality/0/mustBeBetween',
        message: 'must be [smallest, largest] with smallest < largest, got [5, 1]',
      },
    ],
  ];

  it.each(cases)('reports %s', (_name, breakIt, expected) => {
    const descriptor = editableExample();
    breakIt(descriptor);

    expect(problemsOf(descriptor)).toEqual([expected]);
  });

  it('reports every semantic problem at once', () => {
    const independent = [
      'an invalid semantic version',
      'kafka settings on an iceberg port',
      'a rule on a missing field',
    ];
    const chosen = cases.filter(([name]) => independent.includes(name));
    const descriptor = editableExample();
    for (const [, breakIt] of chosen) breakIt(descriptor);

    expect(problemsOf(descriptor)).toEqual(chosen.map(([, , expected]) => expected));
  });

  it('finds problems in YAML text as well', () => {
    const descriptor = editableExample();
    descriptor.metadata.version = '1.4';

    expect(parseDescriptor(stringify(descriptor))).toEqual({
      ok: false,
      problems: [{ pointer: '/metadata/version', message: expect.stringContaining("got '1.4'") }],
    });
  });
});

describe('validateContract', () => {
  it('checks a contract on its own, with pointers relative to it', () => {
    const contract = editableExample().spec.contract;
    contract.schema[0].fields[0].type = 'array<uuid, string>';

    expect(validateContract(contract)).toEqual({
      ok: false,
      problems: [{ pointer: '/schema/0/fields/0/type', message: "expected '>' at position 11, found ','" }],
    });
  });
});
