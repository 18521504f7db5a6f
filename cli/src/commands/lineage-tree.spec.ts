import { renderLineageTree, type LineageTreeNode } from './lineage-tree';

const node = (name: string, children: LineageTreeNode[] = [], repeated?: boolean): LineageTreeNode => ({
  domain: 'd',
  name,
  latestVersion: null,
  state: null,
  ownerTeam: null,
  children,
  ...(repeated ? { repeated } : {}),
});

describe('lineage trees', () => {
  it('draws branches as tree does', () => {
    const tree = node('orders', [node('shipments', [node('revenue', [], true)]), node('revenue', [node('accounts')])]);
    const text = renderLineageTree(tree, (n) => `${n.domain}/${n.name}${n.repeated ? ' (repeated)' : ''}`);
    expect(text).toBe(
      ['d/orders', '├── d/shipments', '│   └── d/revenue (repeated)', '└── d/revenue', '    └── d/accounts', ''].join(
        '\n',
      ),
    );
  });
});
