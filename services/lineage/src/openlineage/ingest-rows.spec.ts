import { IngestRows, nodeKey } from './ingest-rows';
import type { OpenLineageEvent, RunEvent } from './openlineage-event';

const runOf = (overrides: Partial<RunEvent>): OpenLineageEvent => ({
  kind: 'run',
  event: {
    eventTime: '2026-11-28T01:00:00.000Z',
    producer: 'https://example.com',
    schemaURL: 'https://openlineage.io/spec/2-0-2/OpenLineage.json',
    eventType: 'START',
    run: { runId: 'run-1' },
    job: { namespace: 'airflow', name: 'load' },
    ...overrides,
  },
});

describe('IngestRows', () => {
  it('keeps one row per job, dataset and edge, and every transition of a run', () => {
    const rows = IngestRows.of([
      runOf({ inputs: [{ namespace: 'pg', name: 'a' }], outputs: [{ namespace: 'pg', name: 'b' }] }),
      runOf({
        eventType: 'COMPLETE',
        eventTime: '2026-11-28T01:05:00.000Z',
        inputs: [{ namespace: 'pg', name: 'a' }],
        outputs: [{ namespace: 'pg', name: 'b' }],
      }),
    ]);
    expect(rows.jobs.size).toBe(1);
    expect(rows.sortedDatasets().map((dataset) => dataset.name)).toEqual(['a', 'b']);
    expect(rows.edges.size).toBe(2);
    expect(rows.transitions.map((transition) => transition.state)).toEqual(['START', 'COMPLETE']);
    expect(rows.runs.get('run-1')).toMatchObject({
      state: 'COMPLETE',
      startedAt: '2026-11-28T01:00:00.000Z',
      endedAt: '2026-11-28T01:05:00.000Z',
    });
    expect(rows.completedOutputs).toEqual([
      expect.objectContaining({ runId: 'run-1', dataset: { namespace: 'pg', name: 'b' } }),
    ]);
  });

  it('does not move a run back to an earlier state when events arrive out of order', () => {
    const rows = IngestRows.of([
      runOf({ eventType: 'COMPLETE', eventTime: '2026-11-28T01:05:00.000Z' }),
      runOf({ eventType: 'START', eventTime: '2026-11-28T01:00:00.000Z' }),
    ]);
    expect(rows.runs.get('run-1')).toMatchObject({ state: 'COMPLETE', eventTime: '2026-11-28T01:05:00.000Z' });
  });

  it('adds the datasets that column lineage names, with one row per field pair', () => {
    const rows = IngestRows.of([
      runOf({
        outputs: [
          {
            namespace: 'pg',
            name: 'report',
            facets: {
              columnLineage: {
                fields: {
                  total: {
                    inputFields: [
                      { namespace: 'pg', name: 'orders', field: 'amount', transformations: [{ type: 'INDIRECT' }] },
                    ],
                  },
                },
              },
            },
          },
        ],
      }),
    ]);
    expect(rows.datasets.has(nodeKey({ namespace: 'pg', name: 'orders' }))).toBe(true);
    expect([...rows.columnLineage.values()]).toEqual([
      {
        dataset: nodeKey({ namespace: 'pg', name: 'report' }),
        field: 'total',
        input: nodeKey({ namespace: 'pg', name: 'orders' }),
        inputField: 'amount',
        transformationDescription: null,
        transformationType: 'INDIRECT',
      },
    ]);
  });

  it('collects the assertions a run reports on its inputs and the statistics of its outputs', () => {
    const rows = IngestRows.of([
      runOf({
        eventType: 'COMPLETE',
        inputs: [
          {
            namespace: 'pg',
            name: 'a',
            inputFacets: { dataQualityAssertions: { assertions: [{ assertion: 'not_null', success: true }] } },
          },
        ],
        outputs: [{ namespace: 'pg', name: 'b', outputFacets: { outputStatistics: { rowCount: 7 } } }],
      }),
    ]);
    expect(rows.assertions).toEqual([
      {
        runId: 'run-1',
        dataset: { namespace: 'pg', name: 'a' },
        assertions: [{ assertion: 'not_null', success: true }],
      },
    ]);
    expect(rows.completedOutputs[0]).toMatchObject({ rowsAdded: 7, rowsTotal: null });
  });

  it('stores a dataset event as a dataset only', () => {
    const rows = IngestRows.of([
      {
        kind: 'dataset',
        event: { eventTime: 't', producer: 'p', schemaURL: 's', dataset: { namespace: 'pg', name: 'static' } },
      },
    ]);
    expect(rows.jobs.size).toBe(0);
    expect(rows.sortedDatasets().map((dataset) => dataset.name)).toEqual(['static']);
  });

  it('keeps what each run touched, and makes a job version of a run that ends, a streaming run or a JobEvent', () => {
    const streaming = {
      jobType: { processingType: 'STREAMING', integration: 'FLINK', _producer: 'p', _schemaURL: 's' },
    };
    const rows = IngestRows.of([
      runOf({ inputs: [{ namespace: 'pg', name: 'a' }] }),
      runOf({ eventType: 'FAIL', outputs: [{ namespace: 'pg', name: 'b' }] }),
      runOf({ run: { runId: 'run-2' }, job: { namespace: 'flink', name: 'stream', facets: streaming } }),
      runOf({ run: { runId: 'run-3' }, job: { namespace: 'airflow', name: 'other' } }),
      {
        kind: 'job',
        event: {
          eventTime: '2026-11-28T02:00:00.000Z',
          producer: 'p',
          schemaURL: 's',
          job: { namespace: 'dbt', name: 'model' },
          outputs: [{ namespace: 'pg', name: 'c' }],
        },
      },
    ]);
    expect([...rows.runIo.values()]).toEqual([
      { runId: 'run-1', dataset: nodeKey({ namespace: 'pg', name: 'a' }), direction: 'input' },
      { runId: 'run-1', dataset: nodeKey({ namespace: 'pg', name: 'b' }), direction: 'output' },
    ]);
    expect(rows.versionSources.map((source) => [source.job, source.runId, source.io])).toEqual([
      [nodeKey({ namespace: 'airflow', name: 'load' }), 'run-1', []],
      [nodeKey({ namespace: 'flink', name: 'stream' }), 'run-2', []],
      [
        nodeKey({ namespace: 'dbt', name: 'model' }),
        null,
        [{ dataset: nodeKey({ namespace: 'pg', name: 'c' }), direction: 'output' }],
      ],
    ]);
  });
});
