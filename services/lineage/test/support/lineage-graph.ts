import type { LineageUnderTest } from './lineage-under-test';

export interface GraphEdge {
  origin: string;
  destination: string;
}

/** Marquez's lineage answer. */
export interface GraphReply {
  graph: { id: string; type: string; data: Record<string, unknown>; inEdges: GraphEdge[]; outEdges: GraphEdge[] }[];
}

/** GET /api/v1/lineage around a node, expecting a 200. */
export async function lineageGraph(
  lineage: LineageUnderTest,
  nodeId: string,
  depth = 20,
): Promise<GraphReply['graph']> {
  const reply = await lineage.request<GraphReply>(
    'GET',
    `/api/v1/lineage?nodeId=${encodeURIComponent(nodeId)}&depth=${depth}`,
  );
  expect(reply.status).toBe(200);
  return reply.body.graph;
}
