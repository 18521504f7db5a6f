import type { ColumnEdgeRow, DatasetRow, EdgeRow, JobRow } from './graph.repository';
import { datasetNode, fieldNode, jobNode } from './marquez-shape';

const at = new Date('2026-11-28T01:00:00.000Z');
const job: JobRow = {
  id: '1',
  namespace: 'airflow',
  name: 'dag.load',
  createdAt: at,
  updatedAt: at,
  facets: {},
  runId: 'run-1',
  runState: 'COMPLETE',
  runCreatedAt: at,
  runEventTime: at,
  startedAt: new Date('2026-11-28T00:59:00.000Z'),
  endedAt: at,
  runFacets: null,
};
const dataset = (id: string, name: string): DatasetRow => ({
  id,
  namespace: 'pg',
  name,
  createdAt: at,
  updatedAt: at,
  fields: [{ name: 'id', type: 'BIGINT' }],
  facets: {},
  currentVersion: null,
  lastModifiedAt: null,
});
const datasets = new Map([
  ['10', dataset('10', 'raw')],
  ['11', dataset('11', 'clean')],
]);
const edges: EdgeRow[] = [
  { jobId: '1', datasetId: '10', direction: 'input' },
  { jobId: '1', datasetId: '11', direction: 'output' },
];

describe("Marquez's lineage shapes", () => {
  it('gives a job its inputs, outputs, edges and latest run in Marquez terms', () => {
    const node = jobNode(job, edges, datasets);
    expect(node).toMatchObject({
      id: 'job:airflow:dag.load',
      type: 'JOB',
      inEdges: [{ origin: 'dataset:pg:raw', destination: 'job:airflow:dag.load' }],
      outEdges: [{ origin: 'job:airflow:dag.load', destination: 'dataset:pg:clean' }],
    });
    expect(node.data).toMatchObject({
      simpleName: 'load',
      inputs: [{ namespace: 'pg', name: 'raw' }],
      latestRun: { id: 'run-1', state: 'COMPLETED', durationMs: 60_000 },
    });
  });

  it('gives a dataset the jobs that write and read it', () => {
    const node = datasetNode(datasets.get('11')!, edges, new Map([['1', job]]));
    expect(node.inEdges).toEqual([{ origin: 'job:airflow:dag.load', destination: 'dataset:pg:clean' }]);
    expect(node.outEdges).toEqual([]);
    expect(node.data).toMatchObject({ fields: [{ name: 'id', type: 'BIGINT', tags: [], description: null }] });
  });

  it('gives a field its input fields', () => {
    const columnEdges: ColumnEdgeRow[] = [
      {
        datasetId: '11',
        field: 'id',
        inputDatasetId: '10',
        inputField: 'id',
        transformationDescription: null,
        transformationType: 'IDENTITY',
      },
    ];
    const node = fieldNode({ datasetId: '11', field: 'id' }, datasets, columnEdges);
    expect(node).toMatchObject({
      id: 'datasetField:pg:clean:id',
      type: 'DATASET_FIELD',
      inEdges: [{ origin: 'datasetField:pg:raw:id', destination: 'datasetField:pg:clean:id' }],
    });
    expect(node.data).toMatchObject({ fieldType: 'BIGINT', inputFields: [{ dataset: 'raw', field: 'id' }] });
  });
});
