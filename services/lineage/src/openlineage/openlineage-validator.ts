import { toPointer, type ProblemDetail } from '@mesh/platform';
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import columnLineageSchema from './spec/ColumnLineageDatasetFacet.json';
import dataQualityAssertionsSchema from './spec/DataQualityAssertionsDatasetFacet.json';
import dataQualityMetricsSchema from './spec/DataQualityMetricsInputDatasetFacet.json';
import openLineageSchema from './spec/OpenLineage.json';
import schemaFacetSchema from './spec/SchemaDatasetFacet.json';
import type { DatasetEvent, JobEvent, OpenLineageEvent, RunEvent } from './openlineage-event';

export type Validation = { valid: true; event: OpenLineageEvent } | { valid: false; problems: ProblemDetail[] };

type FacetGroup = 'facets' | 'inputFacets';

/** The facets of the specs folder: validated against their own schema wherever a dataset carries them. */
const FACETS: readonly { group: FacetGroup; key: string; schema: { $id: string }; def: string }[] = [
  { group: 'facets', key: 'schema', schema: schemaFacetSchema, def: 'SchemaDatasetFacet' },
  { group: 'facets', key: 'columnLineage', schema: columnLineageSchema, def: 'ColumnLineageDatasetFacet' },
  {
    group: 'inputFacets',
    key: 'dataQualityAssertions',
    schema: dataQualityAssertionsSchema,
    def: 'DataQualityAssertionsDatasetFacet',
  },
  {
    group: 'inputFacets',
    key: 'dataQualityMetrics',
    schema: dataQualityMetricsSchema,
    def: 'DataQualityMetricsInputDatasetFacet',
  },
];

/** Combinators only say that a branch failed; the errors inside the branch say where. */
const SUMMARY_KEYWORDS = new Set(['allOf', 'anyOf', 'oneOf', 'if']);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function problemOf(error: ErrorObject, base: string): ProblemDetail {
  const params = error.params as { missingProperty?: string; additionalProperty?: string };
  const child = params.missingProperty ?? params.additionalProperty;
  const pointer = `${base}${error.instancePath}${child === undefined ? '' : toPointer([child])}`;
  return { pointer: pointer === '' ? '/' : pointer, message: error.message ?? `fails ${error.keyword}` };
}

function problemsOf(errors: readonly ErrorObject[] | null | undefined, base = ''): ProblemDetail[] {
  const all = errors ?? [];
  const specific = all.filter((error) => !SUMMARY_KEYWORDS.has(error.keyword));
  return (specific.length > 0 ? specific : all).map((error) => problemOf(error, base));
}

function unique(problems: readonly ProblemDetail[]): ProblemDetail[] {
  return [...new Map(problems.map((problem) => [`${problem.pointer} ${problem.message}`, problem])).values()];
}

/**
 * Validates OpenLineage events against the spec's JSON Schema (draft 2020-12) and the facet schemas next to it.
 * The spec's top level is a oneOf of the three event kinds, whose failure would name every branch; the kind is
 * told apart first (a run makes a RunEvent, a dataset a DatasetEvent, otherwise a JobEvent), so that each problem
 * is reported once, at its JSON pointer.
 */
export class OpenLineageValidator {
  private readonly events: Record<OpenLineageEvent['kind'], ValidateFunction>;
  private readonly facets: Map<string, ValidateFunction>;

  constructor() {
    // The spec documents fields with `example`, which strict mode would reject as an unknown keyword.
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema(openLineageSchema);
    const definition = (schemaId: string, def: string): ValidateFunction => {
      const validate = ajv.getSchema(`${schemaId}#/$defs/${def}`);
      if (validate === undefined) throw new Error(`the OpenLineage spec has no ${def} in ${schemaId}`);
      return validate;
    };
    this.events = {
      run: definition(openLineageSchema.$id, 'RunEvent'),
      job: definition(openLineageSchema.$id, 'JobEvent'),
      dataset: definition(openLineageSchema.$id, 'DatasetEvent'),
    };
    this.facets = new Map(
      FACETS.map((facet) => {
        ajv.addSchema(facet.schema);
        return [`${facet.group}/${facet.key}`, definition(facet.schema.$id, facet.def)];
      }),
    );
  }

  validate(input: unknown): Validation {
    if (!isObject(input)) return { valid: false, problems: [{ pointer: '/', message: 'must be a JSON object' }] };
    const kind: OpenLineageEvent['kind'] = 'run' in input ? 'run' : 'dataset' in input ? 'dataset' : 'job';
    const validate = this.events[kind];
    // The base facet rules (_producer, _schemaURL) are in both the event's schema and each facet's: report once.
    const problems = unique([
      ...(validate(input) ? [] : problemsOf(validate.errors)),
      ...this.facetProblems(input, kind),
    ]);
    if (problems.length > 0) return { valid: false, problems };
    switch (kind) {
      case 'run':
        return { valid: true, event: { kind, event: input as unknown as RunEvent } };
      case 'job':
        return { valid: true, event: { kind, event: input as unknown as JobEvent } };
      case 'dataset':
        return { valid: true, event: { kind, event: input as unknown as DatasetEvent } };
    }
  }

  private facetProblems(input: Record<string, unknown>, kind: OpenLineageEvent['kind']): ProblemDetail[] {
    const datasets: { pointer: (string | number)[]; dataset: unknown }[] =
      kind === 'dataset'
        ? [{ pointer: ['dataset'], dataset: input.dataset }]
        : (['inputs', 'outputs'] as const).flatMap((side) =>
            Array.isArray(input[side])
              ? (input[side] as unknown[]).map((dataset, index) => ({ pointer: [side, index], dataset }))
              : [],
          );
    return datasets.flatMap(({ pointer, dataset }) => this.datasetFacetProblems(pointer, dataset));
  }

  private datasetFacetProblems(pointer: (string | number)[], dataset: unknown): ProblemDetail[] {
    if (!isObject(dataset)) return [];
    const problems: ProblemDetail[] = [];
    for (const facet of FACETS) {
      const group = dataset[facet.group];
      const value = isObject(group) ? group[facet.key] : undefined;
      // A facet may be sent as `{"_deleted": true}` to remove it; that is no facet to validate.
      if (!isObject(value) || value._deleted === true) continue;
      const validate = this.facets.get(`${facet.group}/${facet.key}`);
      if (validate !== undefined && !validate(value)) {
        problems.push(...problemsOf(validate.errors, toPointer([...pointer, facet.group, facet.key])));
      }
    }
    return problems;
  }
}
