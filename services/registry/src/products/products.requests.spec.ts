import { parseInput } from '@mesh/platform';
import { applyQuery, listProductsQuery, versionQuery } from './products.requests';

describe('product queries', () => {
  it('reads dryRun as a boolean, false by default', () => {
    expect(parseInput(applyQuery, {})).toEqual({ dryRun: false });
    expect(parseInput(applyQuery, { dryRun: 'true' })).toEqual({ dryRun: true });
    expect(() => parseInput(applyQuery, { dryRun: 'yes' })).toThrow('/dryRun');
  });

  it('filters the list by domain, state, tag and text, with a (domain, name) cursor', () => {
    const cursor = Buffer.from(JSON.stringify(['sales', 'orders'])).toString('base64url');
    expect(
      parseInput(listProductsQuery, { domain: 'sales', status: 'published', tag: 'pii', q: ' ord ', cursor }),
    ).toEqual({ domain: 'sales', status: 'published', tag: 'pii', q: 'ord', limit: 50, cursor: ['sales', 'orders'] });
    expect(() => parseInput(listProductsQuery, { status: 'live' })).toThrow('/status');
    expect(() => parseInput(listProductsQuery, { owner: 'me' })).toThrow("'owner'");
  });

  it('serves versions as JSON unless told YAML or ODCS', () => {
    expect(parseInput(versionQuery, {})).toEqual({ format: 'json' });
    expect(parseInput(versionQuery, { format: 'odcs' })).toEqual({ format: 'odcs' });
    expect(() => parseInput(versionQuery, { format: 'xml' })).toThrow('/format');
  });
});
