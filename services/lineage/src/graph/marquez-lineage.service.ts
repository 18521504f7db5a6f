import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { breadthFirst } from './breadth-first';
import { CurrentVersionsRepository } from './current-versions.repository';
import { assemble, findNode, readSnapshot } from './graph-read';
import { GraphRepository, type EdgeRow } from './graph.repository';
import { jobHops, type JobIo } from './job-hops';
import type { GraphNode } from './marquez-shape';

/**
 * `GET /api/v1/lineage` as Marquez (0.51) answers it. A dataset's lineage starts from one job (the latest version
 * writing it, else reading it); from there the walk is undirected, in job hops: each step adds every job whose
 * current version shares a dataset with a job already found, `depth` times. The answer is those jobs and every
 * dataset they currently read or write, with the edges between them. A dataset that no job version touches, or that
 * the found jobs no longer touch, comes back alone, as in Marquez.
 */
@Injectable()
export class MarquezLineageService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly graph: GraphRepository,
    private readonly versions: CurrentVersionsRepository,
  ) {}

  lineage(nodeId: string, depth: number): Promise<{ graph: GraphNode[] }> {
    return readSnapshot(this.dataSource, async (manager) => {
      const node = await findNode(manager, this.graph, nodeId);
      const start = node.type === 'job' ? node.id : await this.versions.startJob(manager, node.id);
      if (start === undefined) return this.orphan(manager, node.id);

      const known = new Map<string, JobIo>(
        (await this.versions.currentIo(manager, [start])).map((row) => [row.jobId, row]),
      );
      const sharing = (datasetIds: string[]) => this.versions.sharing(manager, datasetIds);
      const walk = await breadthFirst([start], depth, jobHops(known, sharing));
      const edges: EdgeRow[] = [...walk.depths.keys()].flatMap((jobId) => {
        const io = known.get(jobId);
        return [
          ...(io?.inputs ?? []).map((datasetId) => ({ jobId, datasetId, direction: 'input' as const })),
          ...(io?.outputs ?? []).map((datasetId) => ({ jobId, datasetId, direction: 'output' as const })),
        ];
      });
      const datasetIds = new Set(edges.map((edge) => edge.datasetId));
      if (node.type === 'dataset' && !datasetIds.has(node.id)) return this.orphan(manager, node.id);

      const jobs = await this.graph.jobs(manager, [...walk.depths.keys()]);
      const datasets = await this.graph.datasets(manager, [...datasetIds]);
      return { graph: assemble(jobs, datasets, edges) };
    });
  }

  private async orphan(manager: EntityManager, datasetId: string): Promise<{ graph: GraphNode[] }> {
    return { graph: assemble([], await this.graph.datasets(manager, [datasetId]), []) };
  }
}
