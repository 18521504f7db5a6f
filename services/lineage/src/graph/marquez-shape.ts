import type { SchemaField } from '../openlineage/openlineage-event';
import type { ColumnEdgeRow, DatasetRow, EdgeRow, JobRow } from './graph.repository';
import { datasetNodeId, fieldNodeId, jobNodeId } from './node-id';

/** A node of Marquez's lineage response: `{"graph": [GraphNode]}`. */
export interface GraphNode {
  id: string;
  type: 'JOB' | 'DATASET' | 'DATASET_FIELD';
  data: Record<string, unknown>;
  inEdges: { origin: string; destination: string }[];
  outEdges: { origin: string; destination: string }[];
}

/** Marquez names run states after what they are, OpenLineage after the transition. */
const MARQUEZ_RUN_STATES: Record<string, string> = {
  START: 'RUNNING',
  RUNNING: 'RUNNING',
  COMPLETE: 'COMPLETED',
  ABORT: 'ABORTED',
  FAIL: 'FAILED',
  OTHER: 'RUNNING',
};

const iso = (value: Date | null) => (value === null ? null : new Date(value).toISOString());

export function jobNode(job: JobRow, edges: readonly EdgeRow[], datasets: Map<string, DatasetRow>): GraphNode {
  const id = jobNodeId(job);
  const own = edges.filter((edge) => edge.jobId === job.id);
  const refs = (direction: EdgeRow['direction']) =>
    own
      .filter((edge) => edge.direction === direction)
      .flatMap((edge) => {
        const dataset = datasets.get(edge.datasetId);
        return dataset === undefined ? [] : [dataset];
      });
  const inputs = refs('input');
  const outputs = refs('output');
  return {
    id,
    type: 'JOB',
    data: {
      id: { namespace: job.namespace, name: job.name },
      type: 'BATCH',
      name: job.name,
      simpleName: job.name.split('.').pop(),
      namespace: job.namespace,
      createdAt: iso(job.createdAt),
      updatedAt: iso(job.updatedAt),
      inputs: inputs.map((dataset) => ({ namespace: dataset.namespace, name: dataset.name })),
      outputs: outputs.map((dataset) => ({ namespace: dataset.namespace, name: dataset.name })),
      location: null,
      description: null,
      facets: job.facets,
      latestRun:
        job.runId === null
          ? null
          : {
              id: job.runId,
              createdAt: iso(job.runCreatedAt),
              updatedAt: iso(job.runEventTime),
              state: MARQUEZ_RUN_STATES[job.runState ?? 'OTHER'],
              startedAt: iso(job.startedAt),
              endedAt: iso(job.endedAt),
              durationMs:
                job.startedAt !== null && job.endedAt !== null
                  ? new Date(job.endedAt).getTime() - new Date(job.startedAt).getTime()
                  : null,
              facets: job.runFacets ?? {},
            },
    },
    inEdges: inputs.map((dataset) => ({ origin: datasetNodeId(dataset), destination: id })),
    outEdges: outputs.map((dataset) => ({ origin: id, destination: datasetNodeId(dataset) })),
  };
}

export function datasetNode(dataset: DatasetRow, edges: readonly EdgeRow[], jobs: Map<string, JobRow>): GraphNode {
  const id = datasetNodeId(dataset);
  const own = edges.filter((edge) => edge.datasetId === dataset.id);
  const jobIds = (direction: EdgeRow['direction']) =>
    own.flatMap((edge) => {
      const job = edge.direction === direction ? jobs.get(edge.jobId) : undefined;
      return job === undefined ? [] : [jobNodeId(job)];
    });
  return {
    id,
    type: 'DATASET',
    data: {
      id: { namespace: dataset.namespace, name: dataset.name },
      type: 'DB_TABLE',
      name: dataset.name,
      physicalName: dataset.name,
      namespace: dataset.namespace,
      sourceName: dataset.namespace,
      createdAt: iso(dataset.createdAt),
      updatedAt: iso(dataset.updatedAt),
      fields: (dataset.fields ?? []).map(marquezField),
      tags: [],
      lastModifiedAt: iso(dataset.lastModifiedAt),
      currentVersion: dataset.currentVersion,
      description: null,
      facets: dataset.facets,
    },
    inEdges: jobIds('output').map((job) => ({ origin: job, destination: id })),
    outEdges: jobIds('input').map((job) => ({ origin: id, destination: job })),
  };
}

export function fieldNode(
  field: { datasetId: string; field: string },
  datasets: Map<string, DatasetRow>,
  edges: readonly ColumnEdgeRow[],
): GraphNode {
  const dataset = datasets.get(field.datasetId);
  const refOf = (datasetId: string) => {
    const row = datasets.get(datasetId);
    return { namespace: row?.namespace ?? '', name: row?.name ?? '' };
  };
  const own = refOf(field.datasetId);
  const id = fieldNodeId(own, field.field);
  const inputs = edges.filter((edge) => edge.datasetId === field.datasetId && edge.field === field.field);
  const outputs = edges.filter((edge) => edge.inputDatasetId === field.datasetId && edge.inputField === field.field);
  return {
    id,
    type: 'DATASET_FIELD',
    data: {
      namespace: own.namespace,
      dataset: own.name,
      datasetVersion: null,
      field: field.field,
      fieldType: (dataset?.fields ?? []).find((candidate) => candidate.name === field.field)?.type ?? null,
      transformationDescription: inputs[0]?.transformationDescription ?? null,
      transformationType: inputs[0]?.transformationType ?? null,
      inputFields: inputs.map((edge) => {
        const input = refOf(edge.inputDatasetId);
        return {
          namespace: input.namespace,
          dataset: input.name,
          datasetVersion: null,
          field: edge.inputField,
          transformationDescription: edge.transformationDescription,
          transformationType: edge.transformationType,
        };
      }),
    },
    inEdges: inputs.map((edge) => ({
      origin: fieldNodeId(refOf(edge.inputDatasetId), edge.inputField),
      destination: id,
    })),
    outEdges: outputs.map((edge) => ({ origin: id, destination: fieldNodeId(refOf(edge.datasetId), edge.field) })),
  };
}

function marquezField(field: SchemaField) {
  return { name: field.name, type: field.type ?? null, tags: [], description: field.description ?? null };
}
