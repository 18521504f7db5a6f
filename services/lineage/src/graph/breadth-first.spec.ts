import { breadthFirst, pathTo, type Hop } from './breadth-first';

const graph = (edges: string[]) => {
  const hops: Hop[] = edges.map((edge) => {
    const [from, to] = edge.split('>');
    return { from, to };
  });
  let calls = 0;
  const expand = async (frontier: string[]) => {
    calls++;
    return hops.filter((hop) => frontier.includes(hop.from));
  };
  return { expand, calls: () => calls };
};

describe('breadthFirst', () => {
  it('ends on a cycle, having expanded each node once', async () => {
    const { expand, calls } = graph(['a>b', 'b>c', 'c>a']);
    const walk = await breadthFirst(['a'], 1000, expand);
    expect([...walk.depths]).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 2],
    ]);
    expect(calls()).toBe(3);
  });

  it('keeps the shortest distance and stops at the depth', async () => {
    const { expand } = graph(['a>b', 'b>c', 'a>c', 'c>d', 'd>e']);
    const walk = await breadthFirst(['a'], 2, expand);
    expect(Object.fromEntries(walk.depths)).toEqual({ a: 0, b: 1, c: 1, d: 2 });
  });

  it('stops as soon as the target is reached, and rebuilds the path to it', async () => {
    const { expand } = graph(['a>b', 'b>c', 'c>d', 'a>x', 'x>y']);
    const walk = await breadthFirst(['a'], 10, expand, (node) => node === 'c');
    expect(pathTo(walk, 'c')).toEqual(['a', 'b', 'c']);
    expect(walk.depths.has('d')).toBe(false);
    expect(pathTo(walk, 'zz')).toBeUndefined();
  });
});
