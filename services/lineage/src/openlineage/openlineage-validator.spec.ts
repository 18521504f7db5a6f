import { OpenLineageValidator } from './openlineage-validator';

const validator = new OpenLineageValidator();

const base = {
  eventTime: '2026-11-28T01:00:00.000Z',
  producer: 'https://github.com/OpenLineage/OpenLineage/tree/1.0.0/client/python',
  schemaURL: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent',
};
const facetBase = { _producer: 'https://example.com/p', _schemaURL: 'https://example.com/s' };
const run = {
  ...base,
  eventType: 'COMPLETE',
  run: { runId: '3f1c7c1e-5b0d-4c1f-9a55-2f0a4b7c9d10' },
  job: { namespace: 'airflow', name: 'load' },
  inputs: [{ namespace: 'pg://db:5432', name: 'public.orders' }],
  outputs: [
    {
      namespace: 'iceberg://warehouse',
      name: 'sales.orders',
      facets: { schema: { ...facetBase, fields: [{ name: 'id', type: 'BIGINT' }] } },
    },
  ],
};

const pointers = (input: unknown) => {
  const result = validator.validate(input);
  return result.valid ? [] : result.problems.map((problem) => problem.pointer).sort();
};

describe('OpenLineageValidator', () => {
  it('accepts the three kinds of event and tells them apart', () => {
    expect(validator.validate(run)).toMatchObject({ valid: true, event: { kind: 'run' } });
    const job = { ...base, job: run.job, inputs: run.inputs, outputs: run.outputs };
    expect(validator.validate(job)).toMatchObject({ valid: true, event: { kind: 'job' } });
    expect(validator.validate({ ...base, dataset: { namespace: 'ns', name: 'd' } })).toMatchObject({
      valid: true,
      event: { kind: 'dataset' },
    });
  });

  it('locates a missing property at the property itself', () => {
    expect(pointers({ ...run, run: {} })).toEqual(['/run/runId']);
    expect(pointers({ ...run, producer: undefined })).toEqual(['/producer']);
  });

  it('reports every problem once, each at its pointer', () => {
    expect(pointers({ ...run, eventType: 'DONE', eventTime: 'now', inputs: [{ name: 'x' }] })).toEqual([
      '/eventTime',
      '/eventType',
      '/inputs/0/namespace',
    ]);
  });

  it('validates the facets of the specs folder against their own schema', () => {
    const badSchema = { ...run, outputs: [{ ...run.outputs[0], facets: { schema: { ...facetBase, fields: [{}] } } }] };
    expect(pointers(badSchema)).toEqual(['/outputs/0/facets/schema/fields/0/name']);

    const badAssertions = {
      ...run,
      inputs: [
        {
          ...run.inputs[0],
          inputFacets: { dataQualityAssertions: { ...facetBase, assertions: [{ success: 'yes' }] } },
        },
      ],
    };
    expect(pointers(badAssertions)).toEqual([
      '/inputs/0/inputFacets/dataQualityAssertions/assertions/0/assertion',
      '/inputs/0/inputFacets/dataQualityAssertions/assertions/0/success',
    ]);
  });

  it('lets a facet be removed with _deleted, without its fields', () => {
    const removal = { ...run, outputs: [{ ...run.outputs[0], facets: { schema: { ...facetBase, _deleted: true } } }] };
    expect(validator.validate(removal).valid).toBe(true);
  });

  it('refuses what is not a JSON object at the root', () => {
    expect(pointers([run])).toEqual(['/']);
    expect(pointers('event')).toEqual(['/']);
  });
});
