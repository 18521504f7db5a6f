import type { GatewayClient } from '../gateway/gateway-client';

/** A product in a lineage tree, with the products next to it further up or down. */
export interface LineageTreeNode {
  domain: string;
  name: string;
  latestVersion: string | null;
  state: string | null;
  ownerTeam: string | null;
  children: LineageTreeNode[];
  /** True when the product is elsewhere in the tree too: its neighbours are listed there. */
  repeated?: boolean;
}

export type LineageDirection = 'UPSTREAM' | 'DOWNSTREAM';

interface Neighbour {
  domain: string;
  name: string;
  latestVersion: string | null;
  state: string | null;
  ownerTeam: string | null;
}

// Products whose neighbours one query asks for: each costs up to NEIGHBOURS_PER_PRODUCT × its fields against the
// gateway's query cost limit.
const PRODUCTS_PER_QUERY = 10;
const NEIGHBOURS_PER_PRODUCT = 50;

/**
 * The tree of products `depth` steps up or down from the root. The gateway gives each product's direct neighbours,
 * so the tree is walked breadth first, one query per level for all the products of that level (as aliases). A
 * product reached twice (a diamond) is shown again but not expanded again.
 */
export async function lineageTree(
  gateway: GatewayClient,
  root: Neighbour,
  direction: LineageDirection,
  depth: number,
): Promise<LineageTreeNode> {
  const tree: LineageTreeNode = { ...root, children: [] };
  const seen = new Set([key(root)]);
  let level = [tree];
  for (let step = 0; step < depth && level.length > 0; step += 1) {
    const neighbours = await neighboursOf(gateway, level, direction);
    const next: LineageTreeNode[] = [];
    level.forEach((node, index) => {
      for (const neighbour of neighbours[index]) {
        const repeated = seen.has(key(neighbour));
        const child: LineageTreeNode = { ...pick(neighbour), children: [], ...(repeated ? { repeated: true } : {}) };
        node.children.push(child);
        if (!repeated) {
          seen.add(key(neighbour));
          next.push(child);
        }
      }
    });
    level = next;
  }
  return tree;
}

async function neighboursOf(
  gateway: GatewayClient,
  nodes: readonly LineageTreeNode[],
  direction: LineageDirection,
): Promise<Neighbour[][]> {
  const result: Neighbour[][] = [];
  for (let start = 0; start < nodes.length; start += PRODUCTS_PER_QUERY) {
    const chunk = nodes.slice(start, start + PRODUCTS_PER_QUERY);
    const fields = chunk
      .map(
        (node, index) =>
          `p${index}: product(domain: ${JSON.stringify(node.domain)}, name: ${JSON.stringify(node.name)}) {
            lineage(direction: ${direction}, depth: 1, first: ${NEIGHBOURS_PER_PRODUCT}) { nodes { domain name latestVersion state ownerTeam } }
          }`,
      )
      .join('\n');
    const data = await gateway.request<Record<string, { lineage: { nodes: Neighbour[] } } | null>>(
      `query Neighbours {\n${fields}\n}`,
    );
    chunk.forEach((_, index) => result.push((data[`p${index}`]?.lineage.nodes ?? []).map(pick)));
  }
  return result;
}

function pick(neighbour: Neighbour): Neighbour {
  const { domain, name, latestVersion, state, ownerTeam } = neighbour;
  return { domain, name, latestVersion, state, ownerTeam };
}

function key(product: { domain: string; name: string }): string {
  return `${product.domain}/${product.name}`;
}

/** The tree as text, with box-drawing branches as `tree` draws them. */
export function renderLineageTree(tree: LineageTreeNode, label: (node: LineageTreeNode) => string): string {
  const lines = [label(tree)];
  const walk = (nodes: readonly LineageTreeNode[], prefix: string) => {
    nodes.forEach((node, index) => {
      const last = index === nodes.length - 1;
      lines.push(`${prefix}${last ? '└── ' : '├── '}${label(node)}`);
      walk(node.children, `${prefix}${last ? '    ' : '│   '}`);
    });
  };
  walk(tree.children, '');
  return `${lines.join('\n')}\n`;
}
