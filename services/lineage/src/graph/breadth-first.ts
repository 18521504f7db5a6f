/** One hop of a walk: `to` is reached from `from`. */
export interface Hop {
  from: string;
  to: string;
}

export interface Walk {
  /** Every node reached, with its distance in hops from the nearest start node (start nodes are at 0). */
  depths: Map<string, number>;
  /** The hop through which each non-start node was first reached, to rebuild a shortest path. */
  via: Map<string, string>;
}

/**
 * Breadth-first walk, one `expand` call per level (one query per level, whatever the fan-out). A node is expanded
 * once, so a cycle ends the walk instead of looping; `until` stops it early once a node is reached.
 */
export async function breadthFirst(
  start: readonly string[],
  maxDepth: number,
  expand: (frontier: string[]) => Promise<readonly Hop[]>,
  until?: (node: string) => boolean,
): Promise<Walk> {
  const depths = new Map(start.map((node) => [node, 0]));
  const via = new Map<string, string>();
  let frontier = [...new Set(start)];
  for (let depth = 1; depth <= maxDepth && frontier.length > 0; depth++) {
    const next: string[] = [];
    for (const hop of await expand(frontier)) {
      if (depths.has(hop.to)) continue;
      depths.set(hop.to, depth);
      via.set(hop.to, hop.from);
      next.push(hop.to);
      if (until?.(hop.to) === true) return { depths, via };
    }
    frontier = next;
  }
  return { depths, via };
}

/** The nodes from a start node to `target` along `via`, or undefined when the walk did not reach it. */
export function pathTo(walk: Walk, target: string): string[] | undefined {
  if (!walk.depths.has(target)) return undefined;
  const path = [target];
  for (let node = walk.via.get(target); node !== undefined; node = walk.via.get(node)) path.unshift(node);
  return path;
}
