import '@xyflow/react/dist/style.css';
import { useComputedColorScheme } from '@mantine/core';
import { Background, Controls, MarkerType, Position, ReactFlow, type Edge, type Node } from '@xyflow/react';
import { useMemo } from 'react';
import { layoutLineage, NODE_HEIGHT, NODE_WIDTH, type LineageLink, type LineageNode } from './lineage-layout';

interface LineageGraphProps {
  nodes: readonly LineageNode[];
  links: readonly LineageLink[];
  /** A product was clicked (or chosen with the keyboard): its id, `domain/name`. */
  onOpen: (id: string) => void;
}

const SIDE_COLORS = {
  center: 'var(--mantine-color-indigo-filled)',
  upstream: 'var(--mantine-color-teal-7)',
  downstream: 'var(--mantine-color-grape-7)',
};

/** The products around one, laid out left to right as data flows; clicking one opens it. */
export function LineageGraph({ nodes, links, onOpen }: LineageGraphProps) {
  const scheme = useComputedColorScheme('light');
  const { flowNodes, flowEdges } = useMemo(() => {
    const positioned = layoutLineage(nodes, links);
    const flowNodes: Node[] = positioned.map((node) => ({
      id: node.id,
      position: { x: node.x, y: node.y },
      // Data flows left to right, as the layout ranks it: edges leave on the right and arrive on the left.
      sourcePosition: Position.Right,
      targetPosition: Position.Left,
      data: { label: <NodeLabel node={node} /> },
      ariaLabel: `${node.side === 'center' ? 'this product' : `${node.side} product`} ${node.id}`,
      style: {
        width: NODE_WIDTH,
        height: NODE_HEIGHT,
        borderColor: SIDE_COLORS[node.side],
        borderWidth: node.side === 'center' ? 3 : 1,
        padding: 6,
      },
      connectable: false,
    }));
    const flowEdges: Edge[] = links.map((l) => ({
      id: `${l.source}->${l.target}`,
      source: l.source,
      target: l.target,
      markerEnd: { type: MarkerType.ArrowClosed },
    }));
    return { flowNodes, flowEdges };
  }, [nodes, links]);
  return (
    <div style={{ height: 420 }} data-testid="lineage-graph" role="figure" aria-label="Lineage graph">
      <ReactFlow
        nodes={flowNodes}
        edges={flowEdges}
        colorMode={scheme}
        fitView
        nodesDraggable={false}
        nodesConnectable={false}
        onNodeClick={(_, node) => onOpen(node.id)}
        onInit={() => performance.mark('lineage-rendered')}
        proOptions={{ hideAttribution: true }}
      >
        <Background />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}

function NodeLabel({ node }: { node: LineageNode }) {
  return (
    <div style={{ fontSize: 12, lineHeight: 1.3 }}>
      <strong>{node.id}</strong>
      <div>{node.side === 'center' ? 'this product' : (node.state ?? '').toLowerCase()}</div>
    </div>
  );
}
