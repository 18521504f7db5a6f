import { fireEvent, screen } from '@testing-library/react';
import { vi } from 'vitest';
import { renderInApp } from '../test/render';
import { SearchFacets } from './SearchFacets';
import { readSearch, toFilters, toggleFacet } from './search-params';

describe('SearchFacets', () => {
  const facets = {
    domain: [
      { value: 'sales', count: 3 },
      { value: 'finance', count: 2 },
    ],
    status: [{ value: 'published', count: 5 }],
  };

  it('lists each value with its count and ticks the selected ones', () => {
    renderInApp(<SearchFacets facets={facets} selected={{ domain: ['sales'] }} onToggle={() => {}} />);
    expect(screen.getByRole('checkbox', { name: /sales \(3\)/ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /finance \(2\)/ })).not.toBeChecked();
    expect(screen.getByRole('group', { name: 'Status' })).toBeInTheDocument();
  });

  it('keeps a selected value that the narrowed results no longer count, so it can be unticked', () => {
    const onToggle = vi.fn();
    renderInApp(<SearchFacets facets={facets} selected={{ domain: ['logistics'] }} onToggle={onToggle} />);
    fireEvent.click(screen.getByRole('checkbox', { name: /logistics \(0\)/ }));
    expect(onToggle).toHaveBeenCalledWith('domain', 'logistics');
  });

  it('turns the address into API filters, enum facets in the API spelling', () => {
    let params = new URLSearchParams('q=orders');
    params = toggleFacet(params, 'domain', 'sales');
    params = toggleFacet(params, 'portType', 'iceberg-table');
    const { q, selected } = readSearch(params);
    expect(q).toBe('orders');
    expect(toFilters(selected)).toEqual({ domain: ['sales'], portType: ['ICEBERG_TABLE'] });
    expect(readSearch(toggleFacet(params, 'domain', 'sales')).selected.domain).toBeUndefined();
  });
});
