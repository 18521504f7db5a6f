import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ProductReaders, type ProductKey } from '@mesh/messaging';
import type { AuthenticatedPrincipal } from '@mesh/platform';
import type { DataSource } from 'typeorm';
import type { GraphNode } from '../graph/marquez-shape';
import { LineageError } from '../lineage.errors';
import type { DatasetRef } from '../openlineage/openlineage-event';
import { PortIndex } from '../openlineage/product-rollup';
import { candidateAddresses } from './product-ref';
import { ProductsRepository } from './products.repository';

/** The dataset a DATASET or DATASET_FIELD node stands for, as `dataset:<namespace>:<name>`; undefined for a job. */
function datasetOf(node: GraphNode): { id: string; namespace: string; name: string } | undefined {
  const { namespace, name, dataset } = node.data as { namespace?: string; name?: string; dataset?: string };
  const datasetName = node.type === 'DATASET' ? name : node.type === 'DATASET_FIELD' ? dataset : undefined;
  if (datasetName === undefined) return undefined;
  return { id: `dataset:${namespace ?? ''}:${datasetName}`, namespace: namespace ?? '', name: datasetName };
}

/** A reference to a dataset inside a node's data (a job's inputs, a field's inputFields). */
type DatasetReference = { namespace: string; name?: string; dataset?: string };
const referenceId = (reference: DatasetReference) =>
  `dataset:${reference.namespace}:${reference.name ?? reference.dataset ?? ''}`;

/**
 * What of the lineage a caller may see: nothing of a restricted product it may not read (ProductReaders' rule).
 * Such a product answers as one the graph never heard of, leaves the products it is linked to, and its datasets
 * (its ports' tables and topics) leave the job and column graphs with their edges.
 */
@Injectable()
export class LineageReaders {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly readers: ProductReaders,
    private readonly products: ProductsRepository,
  ) {}

  /** 404, as for an unknown product, when the caller may not read it. */
  async requireProduct(principal: AuthenticatedPrincipal, product: ProductKey): Promise<void> {
    if (!(await this.readers.mayRead(principal, product))) {
      throw new LineageError('not_found', `no lineage is known for product ${product.domain}/${product.name}`);
    }
  }

  /** The products among these the caller may read. */
  readable<T extends ProductKey>(principal: AuthenticatedPrincipal, products: readonly T[]): Promise<T[]> {
    return this.readers.readable(principal, products);
  }

  /**
   * The graph without the datasets of products the caller may not read, nor the edges and references to them; 404
   * when the node asked for is one of them, as for an unknown node.
   */
  async graph(principal: AuthenticatedPrincipal, nodeId: string, graph: GraphNode[]): Promise<GraphNode[]> {
    const hidden = await this.hiddenDatasets(principal, graph);
    if (hidden.size === 0) return graph;
    const asked = graph.find((node) => node.id === nodeId);
    const askedDataset = asked === undefined ? undefined : datasetOf(asked)?.id;
    if (hidden.has(nodeId) || (askedDataset !== undefined && hidden.has(askedDataset))) {
      throw new LineageError('not_found', `no node ${nodeId}`);
    }
    const removed = new Set(graph.filter((node) => hidden.has(datasetOf(node)?.id ?? '')).map((node) => node.id));
    const kept = (edge: { origin: string; destination: string }) =>
      !removed.has(edge.origin) && !removed.has(edge.destination);
    const visible = (reference: DatasetReference) => !hidden.has(referenceId(reference));
    return graph
      .filter((node) => !removed.has(node.id))
      .map((node) => {
        const data = { ...node.data };
        for (const key of ['inputs', 'outputs', 'inputFields'] as const) {
          const references = data[key];
          if (Array.isArray(references)) data[key] = (references as DatasetReference[]).filter(visible);
        }
        return { ...node, data, inEdges: node.inEdges.filter(kept), outEdges: node.outEdges.filter(kept) };
      });
  }

  /** Whether every dataset (of a path) is one the caller may see. */
  async mayReadAll(principal: AuthenticatedPrincipal, datasets: readonly DatasetRef[]): Promise<boolean> {
    const byId = new Map(datasets.map((dataset) => [`dataset:${dataset.namespace}:${dataset.name}`, dataset]));
    return (await this.hiddenAmong(principal, byId)).size === 0;
  }

  /** The `dataset:` ids of the graph's datasets that are ports of products the caller may not read. */
  private hiddenDatasets(principal: AuthenticatedPrincipal, graph: readonly GraphNode[]): Promise<Set<string>> {
    const datasets = new Map<string, DatasetRef>();
    for (const node of graph) {
      const dataset = datasetOf(node);
      if (dataset !== undefined) datasets.set(dataset.id, dataset);
    }
    return this.hiddenAmong(principal, datasets);
  }

  /** The ids of these datasets (by `dataset:` id) that are ports of products the caller may not read. */
  private async hiddenAmong(
    principal: AuthenticatedPrincipal,
    datasets: Map<string, DatasetRef>,
  ): Promise<Set<string>> {
    const addresses = [...new Set([...datasets.values()].flatMap((dataset) => candidateAddresses(dataset.name)))];
    const ports = new PortIndex(await this.products.portsAt(this.dataSource.manager, addresses));
    const owners = new Map(
      [...datasets].flatMap(([id, dataset]) => {
        const owner = ports.portOf(dataset);
        return owner === undefined ? [] : [[id, owner] as const];
      }),
    );
    const readable = new Set(
      (await this.readers.readable(principal, [...owners.values()])).map((owner) => owner.productUrn),
    );
    return new Set([...owners].filter(([, owner]) => !readable.has(owner.productUrn)).map(([id]) => id));
  }
}
