import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { LineageError } from '../lineage.errors';
import type { DatasetRef } from '../openlineage/openlineage-event';
import { breadthFirst, pathTo, type Hop } from './breadth-first';
import { assemble, findNode, invalidNode, readSnapshot } from './graph-read';
import { GraphRepository, type ColumnEdgeRow } from './graph.repository';
import { fieldNode, type GraphNode } from './marquez-shape';
import { datasetNodeId, jobNodeId, parseNodeId } from './node-id';

type Direction = 'upstream' | 'downstream';
/** Which way our own walks go from their start node: along edges, against them, or both. */
export type WalkDirection = Direction | 'both';
const DIRECTIONS: readonly Direction[] = ['upstream', 'downstream'];

/** Walk keys: `j<id>` for a job, `d<id>` for a dataset. */
const jobKey = (id: string) => `j${id}`;
const datasetKey = (id: string) => `d${id}`;
/** A node as reached by a walk in one direction: a node reached both ways is expanded once each way. */
const walkKey = (direction: Direction, node: string) => `${direction} ${node}`;
const nodeOf = (key: string) => key.slice(key.indexOf(' ') + 1);
/** Column walk keys: dataset id and field. */
const fieldKey = (datasetId: string, field: string) => `${datasetId}\u0000${field}`;
const splitFieldKey = (key: string) => {
  const at = key.indexOf('\u0000');
  return { datasetId: key.slice(0, at), field: key.slice(at + 1) };
};

/**
 * Directed lineage walks over every job/dataset edge ever seen (our extension: Marquez's own lineage is
 * MarquezLineageService's), column lineage and paths, in Marquez's shapes. Every walk is breadth-first with a visited
 * set (one query per level), so a cycle ends it; depth counts jobs, or fields for column lineage.
 */
@Injectable()
export class GraphService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly graph: GraphRepository,
  ) {}

  /**
   * What is upstream, downstream or both of a job or dataset, following edge direction, within `depth` jobs, with
   * the reached jobs' inputs and outputs.
   */
  walk(nodeId: string, depth: number, direction: WalkDirection): Promise<{ graph: GraphNode[] }> {
    return this.read(async (manager) => {
      const start = await this.resolve(manager, nodeId);
      const directions = direction === 'both' ? DIRECTIONS : [direction];
      const walk = await breadthFirst(
        directions.map((way) => walkKey(way, start)),
        2 * depth,
        this.expander(manager, directions),
      );
      const reached = new Set([...walk.depths.keys()].map(nodeOf));
      const jobIds = [...reached].filter((key) => key.startsWith('j')).map((key) => key.slice(1));
      const edges = await this.graph.edgesOfJobs(manager, jobIds);
      const datasetIds = new Set([...reached].filter((key) => key.startsWith('d')).map((key) => key.slice(1)));
      for (const edge of edges) datasetIds.add(edge.datasetId);
      const [jobs, datasets] = [
        await this.graph.jobs(manager, jobIds),
        await this.graph.datasets(manager, [...datasetIds]),
      ];
      return { graph: assemble(jobs, datasets, edges) };
    });
  }

  /** The field-level graph of a dataset's fields, or of one field: upstream, and downstream too when asked. */
  columnLineage(nodeId: string, depth: number, withDownstream: boolean): Promise<{ graph: GraphNode[] }> {
    return this.read(async (manager) => {
      const parsed = parseNodeId(nodeId);
      if (parsed === undefined || parsed.type === 'job') {
        throw invalidNode(nodeId, 'expected dataset:<namespace>:<name> or datasetField:<namespace>:<dataset>:<field>');
      }
      const [dataset] = await this.graph.findIds(manager, 'datasets', parsed.readings);
      if (dataset === undefined) throw new LineageError('not_found', `no dataset for node ${nodeId}`);
      const start =
        parsed.type === 'datasetField'
          ? [fieldKey(dataset.id, parsed.field)]
          : await this.datasetFields(manager, dataset.id);
      const expand = (direction: Direction) => async (frontier: string[]) =>
        (await this.graph.columnEdges(manager, frontier.map(splitFieldKey), direction)).map((edge) =>
          direction === 'upstream'
            ? { from: fieldKey(edge.datasetId, edge.field), to: fieldKey(edge.inputDatasetId, edge.inputField) }
            : { from: fieldKey(edge.inputDatasetId, edge.inputField), to: fieldKey(edge.datasetId, edge.field) },
        );
      const reached = new Set((await breadthFirst(start, depth, expand('upstream'))).depths.keys());
      if (withDownstream)
        for (const key of (await breadthFirst(start, depth, expand('downstream'))).depths.keys()) reached.add(key);
      const fields = [...reached].map(splitFieldKey);
      const edges = dedupe([
        ...(await this.graph.columnEdges(manager, fields, 'upstream')),
        ...(await this.graph.columnEdges(manager, fields, 'downstream')),
      ]).filter(
        (edge) =>
          reached.has(fieldKey(edge.datasetId, edge.field)) &&
          reached.has(fieldKey(edge.inputDatasetId, edge.inputField)),
      );
      const datasets = new Map(
        (await this.graph.datasets(manager, [...new Set(fields.map((entry) => entry.datasetId))])).map((row) => [
          row.id,
          row,
        ]),
      );
      const graph = fields
        .map((entry) => fieldNode(entry, datasets, edges))
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      return { graph };
    });
  }

  /** A shortest downstream path from one job or dataset to another, and the datasets it goes through. */
  path(from: string, to: string, maxDepth: number) {
    return this.read(async (manager) => {
      const [start, target] = [await this.resolve(manager, from), await this.resolve(manager, to)];
      const walk = await breadthFirst(
        [walkKey('downstream', start)],
        2 * maxDepth,
        this.expander(manager, ['downstream']),
        (key) => nodeOf(key) === target,
      );
      const keys = pathTo(walk, walkKey('downstream', target))?.map(nodeOf);
      if (keys === undefined) {
        throw new LineageError('not_found', `no downstream path from ${from} to ${to} within ${maxDepth} jobs`);
      }
      const jobIds = keys.filter((key) => key.startsWith('j')).map((key) => key.slice(1));
      const datasetIds = keys.filter((key) => key.startsWith('d')).map((key) => key.slice(1));
      const datasets = await this.graph.datasets(manager, datasetIds);
      const names = new Map<string, string>([
        ...(await this.graph.jobs(manager, jobIds)).map((job) => [jobKey(job.id), jobNodeId(job)] as const),
        ...datasets.map((row) => [datasetKey(row.id), datasetNodeId(row)] as const),
      ]);
      const path = keys.map((key) => ({ id: names.get(key) ?? key, type: key.startsWith('j') ? 'JOB' : 'DATASET' }));
      return {
        path: { from, to, length: path.length - 1, path },
        datasets: datasets.map(({ namespace, name }): DatasetRef => ({ namespace, name })),
      };
    });
  }

  private read<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return readSnapshot(this.dataSource, work);
  }

  private async resolve(manager: EntityManager, nodeId: string): Promise<string> {
    const found = await findNode(manager, this.graph, nodeId);
    return found.type === 'job' ? jobKey(found.id) : datasetKey(found.id);
  }

  /**
   * One level of walks over tagged keys (`<direction> <node>`), both directions in one query: jobs to the datasets
   * they write (or read), datasets to the jobs that read (or write) them.
   */
  private expander(manager: EntityManager, directions: readonly Direction[]) {
    return async (frontier: string[]): Promise<Hop[]> => {
      const ids = (direction: Direction, kind: 'j' | 'd') =>
        frontier.filter((key) => key.startsWith(walkKey(direction, kind))).map((key) => nodeOf(key).slice(1));
      const side = (direction: Direction) =>
        directions.includes(direction)
          ? { jobIds: ids(direction, 'j'), datasetIds: ids(direction, 'd') }
          : { jobIds: [], datasetIds: [] };
      const frontierSet = new Set(frontier);
      const edges = await this.graph.step(manager, side('downstream'), side('upstream'));
      return edges.flatMap((edge) => {
        // Which end the walk came from: downstream, a job's outputs and a dataset's readers; upstream, the reverse.
        const fromJob = (edge.walk === 'downstream') === (edge.direction === 'output');
        const job = walkKey(edge.walk, jobKey(edge.jobId));
        const dataset = walkKey(edge.walk, datasetKey(edge.datasetId));
        const hop = fromJob ? { from: job, to: dataset } : { from: dataset, to: job };
        return frontierSet.has(hop.from) ? [hop] : [];
      });
    };
  }

  private async datasetFields(manager: EntityManager, datasetId: string): Promise<string[]> {
    const [row] = await this.graph.datasets(manager, [datasetId]);
    const names = new Set([
      ...(row?.fields ?? []).map((field) => field.name),
      ...(await this.graph.lineageFields(manager, datasetId)),
    ]);
    return [...names].map((field) => fieldKey(datasetId, field));
  }
}

function dedupe(edges: ColumnEdgeRow[]): ColumnEdgeRow[] {
  return [
    ...new Map(
      edges.map((edge) => [[edge.datasetId, edge.field, edge.inputDatasetId, edge.inputField].join('\u0000'), edge]),
    ).values(),
  ];
}
