import { fireEvent, screen } from '@testing-library/react';
import { vi } from 'vitest';
import { renderInApp } from '../test/render';
import { LineageGraph } from './LineageGraph';
import { buildLineage, layoutLineage } from './lineage-layout';

describe('lineage graph', () => {
  const { nodes, links } = buildLineage(
    { domain: 'sales', name: 'orders', state: 'PUBLISHED' },
    [{ domain: 'sales', name: 'customers', state: 'published', depth: 1, next: [] }],
    [
      {
        domain: 'logistics',
        name: 'shipments',
        state: 'published',
        depth: 1,
        next: [{ domain: 'finance', name: 'revenue' }],
      },
      { domain: 'finance', name: 'revenue', state: 'published', depth: 1, next: [] },
    ],
  );

  it('links neighbours the way data flows, deeper ones through their own neighbours', () => {
    expect(links).toEqual(
      expect.arrayContaining([
        { source: 'sales/customers', target: 'sales/orders' },
        { source: 'sales/orders', target: 'logistics/shipments' },
        { source: 'sales/orders', target: 'finance/revenue' },
        { source: 'logistics/shipments', target: 'finance/revenue' },
      ]),
    );
    expect(links).toHaveLength(4);
  });

  it('lays sources out left of their consumers', () => {
    const x = Object.fromEntries(layoutLineage(nodes, links).map((node) => [node.id, node.x]));
    expect(x['sales/customers']).toBeLessThan(x['sales/orders']);
    expect(x['sales/orders']).toBeLessThan(x['logistics/shipments']);
    expect(x['logistics/shipments']).toBeLessThan(x['finance/revenue']);
  });

  it('shows every product and opens the one clicked', () => {
    const onOpen = vi.fn();
    renderInApp(<LineageGraph nodes={nodes} links={links} onOpen={onOpen} />);
    for (const id of ['sales/orders', 'sales/customers', 'logistics/shipments', 'finance/revenue']) {
      expect(screen.getByText(id)).toBeInTheDocument();
    }
    fireEvent.click(screen.getByText('finance/revenue'));
    expect(onOpen).toHaveBeenCalledWith('finance/revenue');
  });
});
