import { path, type ServiceHttp } from './service-http';

export interface NeighbourView {
  domain: string;
  name: string;
  ownerTeam?: string | null;
  latestVersion?: string | null;
  state?: string | null;
  depth: number;
}

export interface NeighbourPage {
  total: number;
  items: NeighbourView[];
  nextCursor: string | null;
}

export interface ImpactView {
  affected: NeighbourView[];
  detected: unknown[];
}

/** Marquez's graph: `{ graph: [{ id, type, data, inEdges, outEdges }] }`. */
export interface LineageGraphView {
  graph: { id: string; type: string; data: unknown; inEdges: EdgeView[]; outEdges: EdgeView[] }[];
}

interface EdgeView {
  origin: string;
  destination: string;
}

/** The lineage service's product lineage, impact analysis and Marquez-shaped graphs. */
export class LineageClient {
  constructor(private readonly http: ServiceHttp) {}

  neighbours(
    domain: string,
    name: string,
    query: { direction: string; depth: number; limit: number; cursor?: string },
  ): Promise<NeighbourPage | null> {
    return this.http.find<NeighbourPage>(path`/v1/products/${domain}/${name}/lineage`, query);
  }

  impact(domain: string, name: string): Promise<ImpactView | null> {
    return this.http.find<ImpactView>(path`/v1/products/${domain}/${name}/impact`);
  }

  datasetGraph(nodeId: string, depth: number): Promise<LineageGraphView> {
    return this.http.get<LineageGraphView>('/api/v1/lineage', { nodeId, depth });
  }

  columnGraph(nodeId: string, depth: number, withDownstream: boolean): Promise<LineageGraphView> {
    return this.http.get<LineageGraphView>('/api/v1/column-lineage', { nodeId, depth, withDownstream });
  }
}
