import dagre from '@dagrejs/dagre';

export interface Neighbour {
  domain: string;
  name: string;
  state?: string | null;
  depth: number;
  /** The neighbour's own direct neighbours in the same direction, which give the edges beyond depth 1. */
  next: readonly { domain: string; name: string }[];
}

export interface LineageNode {
  id: string;
  domain: string;
  name: string;
  state: string | null;
  side: 'center' | 'upstream' | 'downstream';
}

/** Data flows from `source` to `target`. */
export interface LineageLink {
  source: string;
  target: string;
}

export interface PositionedNode extends LineageNode {
  x: number;
  y: number;
}

export const NODE_WIDTH = 190;
export const NODE_HEIGHT = 56;

const idOf = (product: { domain: string; name: string }) => `${product.domain}/${product.name}`;

/**
 * The product graph around one product: its upstream and downstream neighbours, linked the way data flows. The API
 * gives neighbours with their depth; each neighbour's own direct neighbours say which of them feeds which.
 */
export function buildLineage(
  center: { domain: string; name: string; state?: string | null },
  upstream: readonly Neighbour[],
  downstream: readonly Neighbour[],
): { nodes: LineageNode[]; links: LineageLink[] } {
  const centerId = idOf(center);
  const nodes = new Map<string, LineageNode>([
    [centerId, { id: centerId, domain: center.domain, name: center.name, state: center.state ?? null, side: 'center' }],
  ]);
  const links = new Map<string, LineageLink>();
  const link = (source: string, target: string) => {
    if (source !== target) links.set(`${source}->${target}`, { source, target });
  };
  const add = (neighbours: readonly Neighbour[], side: 'upstream' | 'downstream') => {
    for (const n of neighbours) {
      const id = idOf(n);
      if (!nodes.has(id)) nodes.set(id, { id, domain: n.domain, name: n.name, state: n.state ?? null, side });
    }
    for (const n of neighbours) {
      const id = idOf(n);
      if (n.depth === 1 && side === 'downstream') link(centerId, id);
      if (n.depth === 1 && side === 'upstream') link(id, centerId);
      for (const further of n.next) {
        const furtherId = idOf(further);
        if (!nodes.has(furtherId)) continue;
        if (side === 'downstream') link(id, furtherId);
        else link(furtherId, id);
      }
    }
  };
  add(upstream, 'upstream');
  add(downstream, 'downstream');
  return { nodes: [...nodes.values()], links: [...links.values()] };
}

/** Left to right, as data flows: sources on the left, the product's consumers on the right. */
export function layoutLineage(nodes: readonly LineageNode[], links: readonly LineageLink[]): PositionedNode[] {
  const graph = new dagre.graphlib.Graph();
  graph.setGraph({ rankdir: 'LR', nodesep: 24, ranksep: 70 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const node of nodes) graph.setNode(node.id, { width: NODE_WIDTH, height: NODE_HEIGHT });
  for (const l of links) graph.setEdge(l.source, l.target);
  dagre.layout(graph);
  return nodes.map((node) => {
    const { x, y } = graph.node(node.id);
    // dagre gives centres; the graph component places nodes by their top-left corner.
    return { ...node, x: x - NODE_WIDTH / 2, y: y - NODE_HEIGHT / 2 };
  });
}
