import { randomUUID } from 'node:crypto';

/**
 * The event sets of the lineage benchmark, the same for every system measured.
 *
 * Ingest set: Marquez's load-test shape (`marquez load`, MetadataCommand): runs of jobs that each read 8 and write
 * 8 datasets, every dataset with a schema facet of 16 fields, a START and a COMPLETE event per run.
 *
 * Query graph: `lanes` independent pipelines of 25 layers of 4 datasets (100 datasets a lane); each of the 4 jobs
 * between two layers reads 2 datasets of the layer before and writes 1, so that a walk fans out within its lane. It
 * is issue 26's fixture: from a middle-layer dataset, Marquez's undirected job-hop walk reaches 92 nodes at depth 5
 * and the whole lane, 196 nodes (96 jobs, 100 datasets), at depth 20.
 */
const PRODUCER = 'https://github.com/OpenLineage/OpenLineage/tree/1.0.0/client/python';
const SCHEMA_URL = 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent';
const FACET = {
  _producer: PRODUCER,
  _schemaURL: 'https://openlineage.io/spec/facets/1-1-1/SchemaDatasetFacet.json#/$defs/SchemaDatasetFacet',
};

export const LAYERS = 25;
export const WIDTH = 4;

function schemaFacet(fields: number) {
  return {
    schema: {
      ...FACET,
      fields: Array.from({ length: fields }, (_, i) => ({
        name: `field_${i}`,
        type: i % 2 === 0 ? 'VARCHAR' : 'BIGINT',
      })),
    },
  };
}

function runEvent(
  eventType: 'START' | 'COMPLETE',
  runId: string,
  job: { namespace: string; name: string },
  inputs: unknown[],
  outputs: unknown[],
) {
  return {
    eventType,
    eventTime: new Date().toISOString(),
    producer: PRODUCER,
    schemaURL: SCHEMA_URL,
    run: { runId },
    job,
    inputs,
    outputs,
  };
}

/** `runs` runs of Marquez's load-test shape: START then COMPLETE, 8 inputs and 8 outputs of 16 fields each. */
export function ingestEvents(namespace: string, runs: number, ioPerEvent = 8, fieldsPerDataset = 16): object[] {
  const events: object[] = [];
  const datasetPool = Math.max(runs * 2, 64);
  for (let run = 0; run < runs; run++) {
    const runId = randomUUID();
    const job = { namespace, name: `load_job_${run % Math.max(1, Math.floor(runs / 4))}` };
    const pick = (offset: number) =>
      Array.from({ length: ioPerEvent }, (_, i) => ({
        namespace,
        name: `load.dataset_${(run * 7 + offset + i * 13) % datasetPool}`,
        facets: schemaFacet(fieldsPerDataset),
      }));
    const inputs = pick(0);
    const outputs = pick(ioPerEvent * 13 + 5);
    events.push(runEvent('START', runId, job, inputs, outputs), runEvent('COMPLETE', runId, job, inputs, outputs));
  }
  return events;
}

export const graphDataset = (lane: number, layer: number, index: number) => `lane_${lane}.layer_${layer}.ds_${index}`;

/** The COMPLETE events that build the query graph, one per job. */
export function* graphEvents(namespace: string, lanes: number): Generator<object> {
  for (let lane = 0; lane < lanes; lane++) {
    for (let layer = 1; layer < LAYERS; layer++) {
      for (let index = 0; index < WIDTH; index++) {
        const inputs = [index, (index + 1) % WIDTH].map((i) => ({ namespace, name: graphDataset(lane, layer - 1, i) }));
        const outputs = [{ namespace, name: graphDataset(lane, layer, index) }];
        yield runEvent(
          'COMPLETE',
          randomUUID(),
          { namespace, name: `lane_${lane}.job_${layer}_${index}` },
          inputs,
          outputs,
        );
      }
    }
  }
}
