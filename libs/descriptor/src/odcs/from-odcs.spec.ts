import { specYaml } from '../test-support/specs';
import { exampleDescriptor } from '../test-support/examples';
import { fromOdcs } from './from-odcs';
import type { OdcsDocument } from './odcs-types';
import { toOdcs } from './to-odcs';

/** A small ODCS document with one object, for changing one thing at a time. */
function odcsDocument(): OdcsDocument {
  return structuredClone(toOdcs(exampleDescriptor('finance-revenue.yaml')));
}

/** Where a test writes what toOdcs never would, as foreign documents do. */
function foreign<T extends object>(items: T[] | undefined): object[] {
  return items ?? [];
}

describe('fromOdcs on the ODCS full example', () => {
  const imported = fromOdcs(specYaml('odcs/full-example.odcs.yaml'));

  it('gives a valid contract', () => {
    expect(imported.ok).toBe(true);
  });

  it('maps objects, properties and their types', () => {
    const contract = imported.ok ? imported.contract : undefined;

    expect(contract?.schema.map((table) => table.name)).toEqual(['tbl', 'receivers']);
    expect(contract?.schema[0].fields[0]).toEqual({
      name: 'transaction_reference_date',
      type: 'date',
      description: 'Reference date for transaction',
      required: false,
      primaryKey: false,
      classification: 'public',
      examples: ['2022-10-03', '2020-01-28'],
    });
    // varchar(18) is no descriptor type: the logical type decides.
    expect(contract?.schema[0].fields[1]).toMatchObject({
      name: 'rcvr_id',
      type: 'string',
      primaryKey: true,
      required: true,
    });
    expect(contract?.schema[1].fields.filter((field) => field.primaryKey).map((field) => field.name)).toEqual([
      'id',
      'country_code',
    ]);
  });

  it('maps quality rules and the latency SLA', () => {
    const contract = imported.ok ? imported.contract : undefined;

    expect(contract?.quality).toEqual([
      {
        id: 'tbl-row-count',
        table: 'tbl',
        metric: 'rowCount',
        mustBeGreaterThan: 1000000,
        severity: 'blocking',
        dimension: 'completeness',
        description: 'Ensure row count is within expected volume range',
      },
      {
        id: 'tbl-rcvr_cntry_code-null-values',
        table: 'tbl',
        field: 'rcvr_cntry_code',
        metric: 'nullValues',
        mustBe: 0,
        severity: 'blocking',
        dimension: 'completeness',
        description: 'column should not contain null values',
      },
    ]);
    expect(contract?.sla).toEqual({ freshness: { maxDelay: '4d' } });
  });

  it('warns about what the descriptor does not carry, where it is', () => {
    expect(imported.warnings).toEqual(
      expect.arrayContaining([
        { pointer: '/servers', message: 'not carried into the descriptor' },
        { pointer: '/schema/0/relationships', message: 'not carried into the descriptor' },
        {
          pointer: '/schema/0/properties/1/required',
          message: 'a primary-key field is never null: imported as required',
        },
        { pointer: '/schema/0/quality/0/schedule', message: 'not carried into the descriptor' },
        { pointer: '/slaProperties/4', message: 'SLA property retention not carried into the descriptor' },
        { pointer: '/customProperties/0', message: 'custom property refRulesetName not carried into the descriptor' },
      ]),
    );
  });
});

describe('fromOdcs problems', () => {
  it('refuses what is not an ODCS v3 contract', () => {
    expect(fromOdcs({ kind: 'DataProduct', apiVersion: 'v2.2.2', schema: [] })).toEqual({
      ok: false,
      problems: [
        { pointer: '/kind', message: 'must be DataContract' },
        { pointer: '/apiVersion', message: 'must be an ODCS v3 version such as v3.1.0' },
        { pointer: '/schema', message: expect.stringContaining('nothing to import') },
      ],
      warnings: [],
    });
    expect(fromOdcs('contract')).toMatchObject({ ok: false, problems: [{ pointer: '' }] });
  });

  it('points at the ODCS property when a name is no descriptor name', () => {
    const document = odcsDocument();
    document.schema[0].properties[3].name = 'GrossAmount';

    expect(fromOdcs(document)).toMatchObject({
      ok: false,
      problems: [{ pointer: '/schema/0/properties/3/name', message: expect.stringMatching(/^must be snake_case/) }],
    });
  });

  it('points at the logical type it cannot map', () => {
    const document = odcsDocument();
    Object.assign(document.schema[0].properties[3], { logicalType: 'time', physicalType: 'TIME' });

    expect(fromOdcs(document)).toMatchObject({
      ok: false,
      problems: [
        { pointer: '/schema/0/properties/3/logicalType', message: 'logicalType time has no descriptor field type' },
      ],
    });
  });

  it('points at the rule a problem of an imported rule comes from', () => {
    const document = odcsDocument();
    const [rule] = document.schema[0].properties[0].quality ?? [];
    Object.assign(rule, { mustNotBeBetween: [1, 2] });
    delete rule.mustBe;

    expect(fromOdcs(document)).toMatchObject({
      ok: false,
      problems: [{ pointer: '/schema/0/properties/0/quality/0', message: expect.stringContaining('found none') }],
    });
  });

  it('derives types from logical types and their options', () => {
    const document = odcsDocument();
    foreign(document.schema[0].properties).push(
      {
        name: 'count_64',
        logicalType: 'integer',
        logicalTypeOptions: { format: 'i64' },
        physicalType: 'BIGINT',
        description: 'x',
      },
      { name: 'ratio', logicalType: 'number', physicalType: 'FLOAT8', description: 'x' },
      { name: 'seen_at', logicalType: 'timestamp', logicalTypeOptions: { timezone: true }, description: 'x' },
      { name: 'labels', logicalType: 'array', items: { logicalType: 'string' }, description: 'x' },
      {
        name: 'place',
        logicalType: 'object',
        properties: [{ name: 'city', logicalType: 'string' }],
        description: 'x',
      },
    );
    const imported = fromOdcs(document);

    expect(imported.ok && imported.contract.schema[0].fields.slice(-5).map((field) => field.type)).toEqual([
      'long',
      'double',
      'timestamptz',
      'array<string>',
      'struct<city: string>',
    ]);
  });

  it('imports only library and SQL rules, and only "error" as blocking', () => {
    const document = odcsDocument();
    const rules = document.schema[0].properties[0].quality;
    Object.assign(rules?.[0] ?? {}, { severity: 'critical' });
    foreign(rules).push({ type: 'text', description: 'Looks right.' });
    const imported = fromOdcs(document);

    expect(imported.ok && imported.contract.quality?.find((rule) => rule.field === 'revenue_date')?.severity).toBe(
      'warning',
    );
    expect(imported.warnings).toEqual([
      { pointer: '/schema/0/properties/0/quality/0/severity', message: "severity 'critical': imported as warning" },
      {
        pointer: '/schema/0/properties/0/quality/1',
        message: 'text quality rule not carried: the platform runs library metrics and SQL rules',
      },
    ]);
  });
});
