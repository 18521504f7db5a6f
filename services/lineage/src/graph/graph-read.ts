import type { DataSource, EntityManager } from 'typeorm';
import { LineageError } from '../lineage.errors';
import type { DatasetRow, EdgeRow, GraphRepository, JobRow } from './graph.repository';
import { datasetNode, jobNode, type GraphNode } from './marquez-shape';
import { parseNodeId } from './node-id';

/** Reads see one snapshot, so that a walk never mixes two states of the graph. */
export function readSnapshot<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  return dataSource.transaction('REPEATABLE READ', work);
}

export function invalidNode(nodeId: string, expected: string): LineageError {
  return new LineageError('invalid_query', `invalid nodeId '${nodeId}': ${expected}`, [
    { pointer: '/nodeId', message: expected },
  ]);
}

/** The stored job or dataset a `job:` or `dataset:` node id names: 400 for another form, 404 when unknown. */
export async function findNode(
  manager: EntityManager,
  graph: GraphRepository,
  nodeId: string,
): Promise<{ type: 'job' | 'dataset'; id: string }> {
  const parsed = parseNodeId(nodeId);
  if (parsed === undefined || parsed.type === 'datasetField') {
    throw invalidNode(nodeId, 'expected dataset:<namespace>:<name> or job:<namespace>:<name>');
  }
  const [found] = await graph.findIds(manager, parsed.type === 'job' ? 'jobs' : 'datasets', parsed.readings);
  if (found === undefined) throw new LineageError('not_found', `no ${parsed.type} for node ${nodeId}`);
  return { type: parsed.type, id: found.id };
}

/** Marquez's graph of jobs and datasets with the edges between them, sorted by node id. */
export function assemble(
  jobs: readonly JobRow[],
  datasets: readonly DatasetRow[],
  edges: readonly EdgeRow[],
): GraphNode[] {
  const jobRefs = new Map(jobs.map((job) => [job.id, job]));
  const datasetRefs = new Map(datasets.map((row) => [row.id, row]));
  const nodes = [
    ...jobs.map((job) => jobNode(job, edges, datasetRefs)),
    ...datasets.map((row) => datasetNode(row, edges, jobRefs)),
  ];
  return nodes.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
